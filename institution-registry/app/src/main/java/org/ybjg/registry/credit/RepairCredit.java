package org.ybjg.registry.credit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.CreditRepairRule;
import org.ybjg.registry.institution.domain.CreditScale;
import org.ybjg.registry.institution.domain.Institution;

/**
 * Credit repair (信用修复) of one case's record: one document write with the institution's event;
 * refused (422) before the case is closed as rectified or within the waiting period when the
 * configured {@link CreditRepairRule} says so.
 */
@Component
class RepairCredit {

  private final Institutions institutions;
  private final RegionScope scope;
  private final CreditScale scale;
  private final CreditRepairRule rule;
  private final Clock clock;

  RepairCredit(
      Institutions institutions,
      RegionScope scope,
      CreditScale scale,
      CreditRepairRule rule,
      Clock clock) {
    this.institutions = institutions;
    this.scope = scope;
    this.scale = scale;
    this.rule = rule;
    this.clock = clock;
  }

  Institution repair(String institutionId, String caseId, String reason, Caller caller) {
    CreditRepairers.require(caller);
    Institution current =
        institutions
            .find(institutionId)
            .filter(found -> scope.covers(caller, found.countyCode()))
            .orElseThrow(() -> Refusal.notFound("institution not found"));
    LocalDate today = LocalDate.now(clock.withZone(RegistryConfiguration.ZONE));
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    Institution next =
        current.repairCredit(caseId, reason, today, scale, rule, at, caller.username());
    institutions.update(current, List.of(next), null);
    return next;
  }
}
