package org.ybjg.inspection.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;

/**
 * Tasks: conclusion by finding or in writing, and publication within 20 working days
 * (docs/law.md#double-random).
 */
class InspectionTaskTest {

  private static final LocalDate FROM = LocalDate.of(2026, 10, 1);
  private static final LocalDate DUE = LocalDate.of(2026, 10, 31);

  private static InspectionTask task() {
    return InspectionTask.assign(
        "t",
        "p",
        "计划",
        "inst",
        "机构",
        "990102",
        List.of("990102", "990100"),
        List.of(new TeamMember("i1", "甲", "LAW_ENFORCEMENT_OFFICER", "OFFICER")),
        FROM,
        DUE);
  }

  @Test
  void shouldBeConcludedOnlyByAFindingForTheSameInstitutionWithinThePeriod() {
    InspectionTask t = task();
    assertThat(t.concludedBy("inst", LocalDate.of(2026, 10, 15))).isTrue();
    assertThat(t.concludedBy("other", LocalDate.of(2026, 10, 15))).isFalse();
    assertThat(t.concludedBy("inst", LocalDate.of(2026, 9, 30))).isFalse();
    assertThat(t.concludedBy("inst", LocalDate.of(2026, 11, 1))).isFalse();
  }

  // docs/law.md#double-random: results public within 20 working days of the conclusion
  @Test
  void shouldBeOverdueWhenTheResultIsNotPublishedWithinTwentyWorkingDays() {
    InspectionTask done =
        task().conclude("未发现问题", LocalDate.of(2026, 10, 16), "u", LocalDate.of(2026, 10, 16));
    // Friday 16 October + 20 working days (Mon–Fri) = Friday 13 November
    assertThat(done.publishBy()).isEqualTo(LocalDate.of(2026, 11, 13));
    assertThat(done.overdue(LocalDate.of(2026, 11, 13))).isFalse();
    assertThat(done.overdue(LocalDate.of(2026, 11, 16))).isTrue();
    InspectionTask published = done.publishResult(LocalDate.of(2026, 11, 2));
    assertThat(published.overdue(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(done.publishResult(LocalDate.of(2026, 11, 20)).overdue(LocalDate.of(2027, 1, 1)))
        .isTrue();
    assertThatThrownBy(() -> published.publishResult(LocalDate.of(2026, 11, 3)))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void shouldRefuseASecondConclusionAnEmptySummaryAndPublishingBeforeConclusion() {
    assertThatThrownBy(() -> task().conclude(" ", null, "u", FROM)).isInstanceOf(Refusal.class);
    assertThatThrownBy(
            () -> task().conclude("x", LocalDate.of(2026, 10, 20), "u", LocalDate.of(2026, 10, 19)))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> task().publishResult(FROM)).isInstanceOf(Refusal.class);
    InspectionTask done = task().conclude("结果", null, "u", LocalDate.of(2026, 10, 5));
    assertThat(done.status()).isEqualTo(TaskStatus.CONCLUDED);
    assertThat(done.concludedOn()).isEqualTo(LocalDate.of(2026, 10, 5));
    assertThatThrownBy(() -> done.conclude("again", null, "u", LocalDate.of(2026, 10, 6)))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void shouldRefuseAWrittenSummaryWithAPhoneNumberAndMaskAFindingsTextWhenPublished() {
    assertThatThrownBy(
            () -> task().conclude("约谈院长，电话 151-4555-7349", null, "u", LocalDate.of(2026, 10, 5)))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("personal-data"));
    InspectionTask byFinding =
        task().concludeByFinding("f", "患者身份证 11010519491231002X 的住院记录重复收费", DUE, "u");
    assertThat(byFinding.publicResult()).isNull();
    assertThat(byFinding.publishResult(DUE).publicResult()).isEqualTo("患者身份证 *** 的住院记录重复收费");
  }
}
