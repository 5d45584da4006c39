package org.ybjg.registry.institution;

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
import org.ybjg.registry.institution.domain.Institution;

/**
 * Agency-initiated agreement transitions (sign, renew, terminate, suspend, reinstate): validated on
 * the current state, then one document write with its event, so a refusal writes nothing.
 */
@Component
public class ChangeAgreement {

  public enum Action {
    SIGN,
    RENEW,
    TERMINATE,
    SUSPEND,
    REINSTATE
  }

  /**
   * What the agency asks for; which fields matter depends on the action (see registry.yaml
   * AgreementAction).
   */
  public record Command(
      Action action,
      LocalDate effectiveOn,
      String reason,
      LocalDate from,
      LocalDate until,
      String caseId,
      List<String> departments) {}

  private final Institutions institutions;
  private final RegionScope scope;
  private final Clock clock;

  ChangeAgreement(Institutions institutions, RegionScope scope, Clock clock) {
    this.institutions = institutions;
    this.scope = scope;
    this.clock = clock;
  }

  public Institution change(String id, Command command, Caller caller) {
    Action action = command.action();
    LocalDate on = command.effectiveOn();
    String reason = command.reason();
    if (caller.roles().stream().noneMatch(RegisterInstitution.REGISTRARS::contains)) {
      // signing, renewing, suspending, reinstating and terminating a service agreement is the
      // handling agency's
      // (经办机构) act, binding province-wide: its administrators and systems, not inspectors or
      // auditors
      throw new org.springframework.security.access.AccessDeniedException(
          "only the agency's administrators sign, renew, suspend, reinstate or terminate a service agreement");
    }
    Institution current =
        institutions
            .find(id)
            .filter(found -> scope.covers(caller, found.countyCode()))
            .orElseThrow(() -> Refusal.notFound("institution not found"));
    LocalDate today = LocalDate.now(clock.withZone(RegistryConfiguration.ZONE));
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    Institution next;
    if (on == null
        && (action == Action.SIGN || action == Action.RENEW || action == Action.TERMINATE)) {
      throw Refusal.rule("effective-on-missing", "effectiveOn", action + " 须有生效日期 effectiveOn");
    }
    next =
        switch (action) {
          case SIGN -> current.signAgreement(on, today, reason, at, caller.username());
          case RENEW -> current.renewAgreement(on, today, reason, at, caller.username());
          case TERMINATE -> current.terminateAgreement(on, reason, at, caller.username());
          case SUSPEND ->
              current.suspendByAgency(
                  command.from(),
                  command.until(),
                  blankToNull(command.caseId()),
                  reason,
                  command.departments(),
                  today,
                  at,
                  caller.username());
          case REINSTATE -> current.reinstateByAgency(reason, at, caller.username());
        };
    institutions.update(current, List.of(next), null);
    return next;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
