package org.ybjg.inspection.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.coverage.domain.CheckedInstitutions;
import org.ybjg.inspection.coverage.domain.CoverageProgress;
import org.ybjg.inspection.coverage.domain.CoverageRound;

/** Opens full-coverage rounds and computes their progress for a caller. */
@Service
public class CoverageRoundsService {

  /** Who plans supervision campaigns: administrators and provincial systems. */
  static final Set<String> PLANNERS =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "API_CLIENT");

  private final CoverageRounds rounds;
  private final DesignatedInstitutions designated;
  private final List<CheckedInstitutions> checkedSources;
  private final RegionScope scope;
  private final Clock clock;

  CoverageRoundsService(
      CoverageRounds rounds,
      DesignatedInstitutions designated,
      List<CheckedInstitutions> checkedSources,
      RegionScope scope,
      Clock clock) {
    this.rounds = rounds;
    this.designated = designated;
    this.checkedSources = List.copyOf(checkedSources);
    this.scope = scope;
    this.clock = clock;
  }

  public CoverageRound open(
      Caller caller, String name, String regionCode, LocalDate from, LocalDate to) {
    Access.requireAnyRole(caller, PLANNERS);
    if (scope.regions().find(regionCode).isEmpty()) {
      throw Refusal.rule(
          "unknown-region",
          "regionCode",
          "区划代码 " + regionCode + " 不在区划表中 (not in the region table)");
    }
    if (!scope.regions().isWithin(regionCode, caller.region())) {
      throw Access.outsideRegion(caller, "regionCode", regionCode);
    }
    CoverageRound round =
        CoverageRound.open(
            Ids.next(),
            name,
            regionCode,
            scope.pathOf(regionCode),
            from,
            to,
            designated.in(regionCode),
            caller.username(),
            clock.instant());
    rounds.insert(round);
    return round;
  }

  /**
   * The rounds the caller may see (inside their region or covering it), newest first, without
   * snapshots.
   */
  public PageOf<CoverageRound> list(Caller caller, int page, int size) {
    Access.requireAnyRole(caller, Access.STAFF);
    return rounds.visibleTo(caller.region(), scope.pathOf(caller.region()), page, size);
  }

  /**
   * The round if the caller may see it: it lies inside the caller's region or contains it; else
   * 404.
   */
  public CoverageRound visible(Caller caller, String id) {
    Access.requireAnyRole(caller, Access.STAFF);
    return rounds
        .find(id)
        .filter(
            round ->
                round.regionPath().contains(caller.region())
                    || scope.regions().isWithin(caller.region(), round.regionCode()))
        .orElseThrow(() -> Refusal.notFound("coverage round not found"));
  }

  /**
   * The progress over the counties inside {@code region} (the caller's region or a part of it,
   * already narrowed).
   */
  public CoverageProgress progress(CoverageRound round, String region) {
    Predicate<String> visible = county -> scope.regions().isWithin(county, region);
    return CoverageProgress.of(
        round,
        today(),
        visible,
        county -> scope.regions().find(county).map(Region::name).orElse(county),
        checked(round));
  }

  public LocalDate today() {
    return LegalCalendar.today(clock);
  }

  private Set<String> checked(CoverageRound round) {
    Set<String> ids = new HashSet<>(round.institutionIds());
    Set<String> checked = new HashSet<>();
    for (CheckedInstitutions source : checkedSources) {
      checked.addAll(
          source.checkedAmong(round.regionCode(), ids, round.windowFrom(), round.windowTo()));
    }
    return checked;
  }
}
