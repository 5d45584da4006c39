package org.ybjg.registry.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.calendar.WorkingDayCalendars;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.filing.domain.AnnualFiling;
import org.ybjg.registry.filing.domain.FiledInstitution;
import org.ybjg.registry.filing.domain.FilingAlreadySubmitted;
import org.ybjg.registry.filing.domain.FilingContents;
import org.ybjg.registry.filing.domain.FilingPolicy;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.Institution;

/**
 * Records an institution's annual qualification filing (承医保发〔2019〕2号 §4–5) in one document write:
 * the DUE or MISSING obligation becomes FILED or LATE, or a new filing document is inserted. A year
 * is filed once.
 */
@Component
class SubmitAnnualFiling {

  /** The handling agency records filings (各级经办机构…进行备案); API clients relay provincial systems. */
  static final Set<String> FILERS =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "API_CLIENT");

  private static final Logger log = LoggerFactory.getLogger(SubmitAnnualFiling.class);

  private final Institutions institutions;
  private final Filings filings;
  private final FilingPolicy policy;
  private final WorkingDayCalendars calendars;
  private final RegionScope scope;
  private final Clock clock;

  SubmitAnnualFiling(
      Institutions institutions,
      Filings filings,
      FilingPolicy policy,
      RegionScope scope,
      Clock clock,
      WorkingDayCalendars calendars) {
    this.calendars = calendars;
    this.institutions = institutions;
    this.filings = filings;
    this.policy = policy;
    this.scope = scope;
    this.clock = clock;
  }

  AnnualFiling submit(String institutionId, int year, FilingContents contents, Caller caller) {
    if (caller.roles().stream().noneMatch(FILERS::contains)) {
      throw new AccessDeniedException("only administrators and API clients record annual filings");
    }
    Institution institution =
        institutions
            .find(institutionId)
            .filter(found -> scope.covers(caller, found.countyCode()))
            .orElseThrow(() -> Refusal.notFound("institution not found"));
    LocalDate today = LocalDate.now(clock.withZone(RegistryConfiguration.ZONE));
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    policy.check(year, contents, today);
    try {
      AnnualFiling stored = store(institution, year, contents, today, at, caller.username());
      log.info("annual filing {} of institution {}: {}", year, institutionId, stored.status());
      return stored;
    } catch (FilingAlreadySubmitted already) {
      throw Refusal.conflict("filing-already-submitted", already.getMessage());
    }
  }

  private AnnualFiling store(
      Institution institution,
      int year,
      FilingContents contents,
      LocalDate today,
      Instant at,
      String by) {
    Optional<AnnualFiling> opened = filings.find(institution.id(), year);
    if (opened.isPresent()) {
      AnnualFiling next = opened.get().submit(contents, today, at, by);
      filings.update(opened.get(), next);
      return next;
    }
    AnnualFiling filed =
        AnnualFiling.submitted(
            of(institution),
            year,
            policy.deadlineOf(year, calendars.current()),
            contents,
            today,
            at,
            by);
    try {
      filings.insert(filed);
      return filed;
    } catch (DuplicateKeyException meanwhile) {
      // stored in between: by the sweep (DUE, file on it) or by another submission (already filed →
      // 409)
      AnnualFiling current = filings.find(institution.id(), year).orElseThrow(() -> meanwhile);
      AnnualFiling next = current.submit(contents, today, at, by);
      filings.update(current, next);
      return next;
    }
  }

  static FiledInstitution of(Institution institution) {
    return new FiledInstitution(
        institution.id(),
        institution.nationalCode(),
        institution.name(),
        institution.countyCode(),
        institution.regionPath());
  }
}
