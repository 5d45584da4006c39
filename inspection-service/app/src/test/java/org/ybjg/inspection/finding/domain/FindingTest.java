package org.ybjg.inspection.finding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.directory.domain.DirectoryEntry;
import org.ybjg.inspection.testdata.InstitutionMother;

class FindingTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  private static final Instant NOW = Instant.parse("2025-03-01T06:30:00Z");
  private final DirectoryEntry hospital = InstitutionMother.hospitalEntry("inst-1");

  @Test
  void shouldRecordTheInstitutionFactsTheDirectoryShows() {
    Finding finding =
        record(
            command(
                FindingCategory.GENERAL_VIOLATION,
                "  重复收取静脉输液费  ",
                new BigDecimal("12800.5"),
                TODAY));

    assertThat(finding.institutionName()).isEqualTo(hospital.name());
    assertThat(finding.ownership()).isEqualTo("PUBLIC");
    assertThat(finding.countyCode()).isEqualTo("990102");
    assertThat(finding.regionPath()).containsExactly("990102", "990100", "990000");
    assertThat(finding.description()).isEqualTo("重复收取静脉输液费");
    assertThat(finding.improperAmount()).isEqualByComparingTo("12800.50").hasScaleOf(2);
    assertThat(finding.recordedBy()).isEqualTo("inspector");
  }

  @Test
  void shouldRefuseAFindingDatedTomorrow() {
    var command = command(FindingCategory.FRAUD, "虚构诊疗服务", BigDecimal.TEN, TODAY.plusDays(1));

    assertThatThrownBy(() -> record(command))
        .isInstanceOfSatisfying(
            Refusal.class,
            e -> {
              assertThat(e.code()).isEqualTo("found-on-in-future");
              assertThat(e.field()).isEqualTo("foundOn");
            });
  }

  @Test
  void shouldCountTodayInShanghaiWhenUtcIsStillYesterday() {
    // 2025-03-01T17:00Z is 2025-03-02 01:00 in Asia/Shanghai: a finding dated 2025-03-02 is not in
    // the future
    Clock lateEveningUtc = Clock.fixed(Instant.parse("2025-03-01T17:00:00Z"), ZoneOffset.UTC);

    assertThat(LegalCalendar.today(lateEveningUtc)).isEqualTo(LocalDate.of(2025, 3, 2));
  }

  @Test
  void shouldRefuseANegativeAmount() {
    var command =
        command(FindingCategory.GENERAL_VIOLATION, "超标准收费", new BigDecimal("-0.01"), TODAY);

    assertThatThrownBy(() -> record(command))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.field()).isEqualTo("improperAmount"));
  }

  @Test
  void shouldRefuseAnAmountWithMoreThanTwoDecimals() {
    assertThatThrownBy(() -> Yuan.required("12.345", "improperAmount"))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.code()).isEqualTo("too-many-decimals"));
    assertThatThrownBy(() -> Yuan.required("12,5", "improperAmount")).isInstanceOf(Refusal.class);
  }

  @Test
  void shouldHoldAmountsInYuanWithScaleTwo() {
    assertThat(Yuan.required("0", "a")).hasToString("0.00");
    assertThat(Yuan.required(" 56000.5 ", "a")).hasToString("56000.50");
  }

  @Test
  void shouldAcceptAManagementFindingWithoutImproperAmount() {
    // 吕医保发〔2021〕36号 annex: internal-management gaps (art. 39) need not have cost the fund money
    Finding finding =
        record(command(FindingCategory.MANAGEMENT, "未按规定保存进销存台账", BigDecimal.ZERO, TODAY));

    assertThat(finding.improperAmount()).hasToString("0.00");
    assertThat(finding.category().label()).isEqualTo("内部管理");
  }

  @Test
  void shouldRefuseABlankOrOverlongDescription() {
    assertThatThrownBy(() -> record(command(FindingCategory.OTHER, " \n ", BigDecimal.ONE, TODAY)))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.field()).isEqualTo("description"));
    assertThatThrownBy(
            () -> record(command(FindingCategory.OTHER, "问".repeat(2001), BigDecimal.ONE, TODAY)))
        .isInstanceOf(Refusal.class);
    assertThat(
            record(command(FindingCategory.OTHER, "问".repeat(2000), BigDecimal.ONE, TODAY))
                .description())
        .hasSize(2000);
  }

  @Test
  void shouldLabelCategoriesAsTheChecklistsDo() {
    // 吕医保发〔2021〕36号 on-site checklists: 欺诈骗保 (art. 40) and 一般违规 (art. 38)
    assertThat(FindingCategory.FRAUD.label()).isEqualTo("欺诈骗保");
    assertThat(FindingCategory.GENERAL_VIOLATION.label()).isEqualTo("一般违规");
    assertThat(FindingCategory.OTHER.label()).isEqualTo("其他");
  }

  private RecordFindingCommand command(
      FindingCategory category, String description, BigDecimal amount, LocalDate foundOn) {
    return new RecordFindingCommand(hospital.id(), category, description, amount, foundOn, null);
  }

  private Finding record(RecordFindingCommand command) {
    return Finding.record("f-1", command, hospital, "inspector", NOW, TODAY);
  }
}
