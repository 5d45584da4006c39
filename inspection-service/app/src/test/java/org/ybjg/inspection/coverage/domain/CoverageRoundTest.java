package org.ybjg.inspection.coverage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;

/**
 * Full-coverage rounds, 吕医保发〔2021〕36号 §(三)1 (第一次现场检查全覆盖 5月1日—9月30日, 100% of designated
 * institutions).
 */
class CoverageRoundTest {

  private static final LocalDate FROM = LocalDate.of(2025, 5, 1);
  private static final LocalDate TO = LocalDate.of(2025, 9, 30);
  private static final List<RoundMember> MEMBERS =
      List.of(
          new RoundMember("c", "城西康泰大药房", "990103"),
          new RoundMember("b", "东江市中医院", "990102"),
          new RoundMember("a", "东江市第一人民医院", "990102"));

  private static CoverageRound round() {
    return CoverageRound.open(
        "r1",
        " 2025年第一次全覆盖 ",
        "990100",
        List.of("990100", "990000"),
        FROM,
        TO,
        MEMBERS,
        "city-admin",
        Instant.parse("2025-04-28T02:00:00.123456Z"));
  }

  @Test
  void shouldKeepTheSnapshotOrderedByCountyAndNameWithAHashOfTheSortedIds() {
    CoverageRound round = round();

    assertThat(round.name()).isEqualTo("2025年第一次全覆盖");
    assertThat(round.institutionIds()).containsExactly("b", "a", "c");
    assertThat(round.populationHash())
        .isEqualTo(org.ybjg.inspection.ceremony.domain.Sha256.hex("a\nb\nc"));
    assertThat(round.createdAt()).isEqualTo(Instant.parse("2025-04-28T02:00:00.123Z"));
  }

  @Test
  void shouldRefuseAWindowEndingBeforeItStartsOrLongerThanAYear() {
    assertThatThrownBy(
            () ->
                CoverageRound.open(
                    "r", "x", "990100", List.of("990100"), TO, FROM, MEMBERS, "u", Instant.now()))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.code()).isEqualTo("invalid-window"));
    assertThatThrownBy(
            () ->
                CoverageRound.open(
                    "r",
                    "x",
                    "990100",
                    List.of("990100"),
                    FROM,
                    FROM.plusDays(366),
                    MEMBERS,
                    "u",
                    Instant.now()))
        .isInstanceOf(Refusal.class);
    assertThat(
            CoverageRound.open(
                    "r",
                    "x",
                    "990100",
                    List.of("990100"),
                    FROM,
                    FROM.plusDays(365),
                    MEMBERS,
                    "u",
                    Instant.now())
                .windowTo())
        .isEqualTo(FROM.plusDays(365));
  }

  @Test
  void shouldRefuseARoundWithoutDesignatedInstitutionsOrWithoutName() {
    assertThatThrownBy(
            () ->
                CoverageRound.open(
                    "r", "x", "990105", List.of("990105"), FROM, TO, List.of(), "u", Instant.now()))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.field()).isEqualTo("regionCode"));
    assertThatThrownBy(
            () ->
                CoverageRound.open(
                    "r", "  ", "990100", List.of("990100"), FROM, TO, MEMBERS, "u", Instant.now()))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  @Test
  void shouldCountPerCountyAndRoundTheShareDownSoThatOnlyAllCheckedShowsOne() {
    CoverageProgress progress =
        CoverageProgress.of(
            round(),
            LocalDate.of(2025, 7, 1),
            county -> true,
            county -> "county " + county,
            Set.of("a", "c"));

    assertThat(progress.status()).isEqualTo(RoundStatus.IN_PROGRESS);
    assertThat(progress.total().checked()).isEqualTo(2);
    assertThat(progress.total().share()).isEqualByComparingTo("0.6666");
    assertThat(progress.total().overdue()).isZero();
    assertThat(progress.counties())
        .extracting(CoverageProgress.CountyRow::countyCode)
        .containsExactly("990102", "990103");
    assertThat(progress.counties().get(0).tally().share()).isEqualByComparingTo("0.5");
    assertThat(progress.counties().get(1).tally().share()).isEqualByComparingTo("1");
    assertThat(progress.unchecked()).extracting(RoundMember::institutionId).containsExactly("b");
  }

  @Test
  void shouldShowUncheckedInstitutionsAsOverdueOnceTheWindowHasPassed() {
    CoverageProgress after =
        CoverageProgress.of(round(), TO.plusDays(1), county -> true, c -> c, Set.of("a"));
    CoverageProgress lastDay =
        CoverageProgress.of(round(), TO, county -> true, c -> c, Set.of("a"));

    assertThat(after.status()).isEqualTo(RoundStatus.OVERDUE);
    assertThat(after.status().label()).isEqualTo("逾期未全覆盖");
    assertThat(after.total().overdue()).isEqualTo(2);
    assertThat(lastDay.status()).isEqualTo(RoundStatus.IN_PROGRESS);
    assertThat(lastDay.total().overdue()).isZero();
    assertThat(
            CoverageProgress.of(round(), TO.plusDays(1), c -> true, c -> c, Set.of("a", "b", "c"))
                .status())
        .isEqualTo(RoundStatus.COMPLETED);
    assertThat(
            CoverageProgress.of(round(), FROM.minusDays(1), c -> true, c -> c, Set.of()).status())
        .isEqualTo(RoundStatus.PLANNED);
  }

  @Test
  void shouldShowACountyViewerOnlyTheRowsOfTheirCounty() {
    CoverageProgress county =
        CoverageProgress.of(
            round(), LocalDate.of(2025, 7, 1), "990103"::equals, c -> c, Set.of("a"));

    assertThat(county.counties())
        .extracting(CoverageProgress.CountyRow::countyCode)
        .containsExactly("990103");
    assertThat(county.total().population()).isEqualTo(1);
    assertThat(county.unchecked()).extracting(RoundMember::institutionId).containsExactly("c");
  }
}
