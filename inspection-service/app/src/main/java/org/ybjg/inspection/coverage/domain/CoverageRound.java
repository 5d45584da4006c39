package org.ybjg.inspection.coverage.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.inspection.ceremony.domain.Sha256;

/**
 * A full-coverage round (全覆盖监督检查, 吕医保发〔2021〕36号 §(三)1: "对辖区内定点医药协议机构开展100%全覆盖现场检查", first round
 * 5月1日—9月30日): every designated institution of a region subtree must be checked inside the window.
 * The population is fixed when the round is created: the institutions whose agreement is ACTIVE or
 * SUSPENDED in the directory at that moment (a suspended agreement is still a designated
 * institution).
 *
 * @param regionCode the region the round covers (a county, a city or the province)
 * @param regionPath {@code regionCode} and its ancestors, nearest first
 * @param population the snapshot, ordered by county, name and id
 * @param populationSize the size of the snapshot (kept so lists need not load the snapshot)
 * @param populationHash SHA-256 of the sorted institution ids joined by '\n' (as draws publish it)
 */
public record CoverageRound(
    String id,
    long version,
    String name,
    String regionCode,
    List<String> regionPath,
    LocalDate windowFrom,
    LocalDate windowTo,
    List<RoundMember> population,
    int populationSize,
    String populationHash,
    String createdBy,
    Instant createdAt) {

  public static final int MAX_NAME = 200;

  /** A window is at most a year: a round is one campaign, not a standing obligation. */
  public static final int MAX_WINDOW_DAYS = 366;

  private static final Comparator<RoundMember> ORDER =
      Comparator.comparing(RoundMember::countyCode)
          .thenComparing(RoundMember::name)
          .thenComparing(RoundMember::institutionId);

  public CoverageRound {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    population = population == null ? List.of() : List.copyOf(population);
  }

  /**
   * Opens a round after checking its rules (422 each): a name of 1–200 characters, a window whose
   * end is not before its start and that lasts at most 366 days, and at least one designated
   * institution in the region.
   */
  public static CoverageRound open(
      String id,
      String name,
      String regionCode,
      List<String> regionPath,
      LocalDate windowFrom,
      LocalDate windowTo,
      List<RoundMember> designated,
      String createdBy,
      Instant now) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
      throw Refusal.rule("invalid-name", "name", "名称不能为空且不超过200字 (a name of 1 to 200 characters)");
    }
    if (windowFrom == null || windowTo == null || windowTo.isBefore(windowFrom)) {
      throw Refusal.rule(
          "invalid-window",
          "windowTo",
          "检查时段的结束日不能早于开始日 (the window must end on or after its first day)");
    }
    if (ChronoUnit.DAYS.between(windowFrom, windowTo) + 1 > MAX_WINDOW_DAYS) {
      throw Refusal.rule(
          "invalid-window", "windowTo", "检查时段不能超过一年 (a window lasts at most 366 days)");
    }
    if (designated == null || designated.isEmpty()) {
      throw Refusal.rule(
          "empty-population",
          "regionCode",
          "区划 " + regionCode + " 内没有协议履行中或暂停的定点医药机构 (no designated institution in the region)");
    }
    List<RoundMember> sorted = new ArrayList<>(designated);
    sorted.sort(ORDER);
    String hash =
        Sha256.hex(
            sorted.stream()
                .map(RoundMember::institutionId)
                .sorted()
                .collect(Collectors.joining("\n")));
    return new CoverageRound(
        id,
        0,
        trimmed,
        regionCode,
        regionPath,
        windowFrom,
        windowTo,
        sorted,
        sorted.size(),
        hash,
        createdBy,
        now.truncatedTo(ChronoUnit.MILLIS));
  }

  public List<String> institutionIds() {
    return population.stream().map(RoundMember::institutionId).toList();
  }

  /** Whether the window has passed on {@code today}: unchecked institutions are then overdue. */
  public boolean isPast(LocalDate today) {
    return today.isAfter(windowTo);
  }

  public RoundStatus status(LocalDate today, int checked) {
    if (checked >= population.size()) {
      return RoundStatus.COMPLETED;
    }
    if (today.isBefore(windowFrom)) {
      return RoundStatus.PLANNED;
    }
    return isPast(today) ? RoundStatus.OVERDUE : RoundStatus.IN_PROGRESS;
  }
}
