package org.ybjg.inspection.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.chassis.domain.Refusal;

/**
 * Tasks: conclusion by finding or in writing, and publication within 20 working days
 * (docs/law.md#double-random).
 */
class InspectionTaskTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

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

  // 《关于推行医疗保障基金监管"双随机、一公开"监管工作的通知》: results public within 20 working days
  /**
   * 国庆节 2026 (国办发明电〔2025〕7号): 1–7 October off, Sunday 20 September and Saturday 10 October worked;
   * the old Mon–Fri count was a week early.
   */
  @Test
  void shouldSkipNationalDayWhenCountingThePublicationDeadline() {
    InspectionTask done =
        task().conclude("未发现问题", LocalDate.of(2026, 10, 1), "u", LocalDate.of(2026, 10, 1));
    // Thu 1 Oct: 8, 9, 10 (Sat worked) = 3; 12–16 = 8; 19–23 = 13; 26–30 = 18; 2, 3 Nov = 20
    // (Mon–Fri only it was 29 October)
    assertThat(done.publishBy(CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 3));
  }

  /** 《全国年节及纪念日放假办法》: 元旦 2027 is a holiday before the 2027 notice; the deadline is provisional. */
  @Test
  void shouldFlagTheDeadlineProvisionalWhenItReachesAYearWithoutANotice() {
    InspectionTask done =
        task().conclude("未发现问题", LocalDate.of(2026, 12, 18), "u", LocalDate.of(2026, 12, 18));
    // Fri 18 Dec: 21–25 = 5, 28–31 = 9, (1 Jan off) 4–8 = 14, 11–15 = 19, 18 Jan = 20
    assertThat(done.publishBy(CALENDAR)).isEqualTo(LocalDate.of(2027, 1, 18));
    assertThat(done.publishByProvisional(CALENDAR)).isTrue();
  }

  @Test
  void shouldBeOverdueWhenTheResultIsNotPublishedWithinTwentyWorkingDays() {
    InspectionTask done =
        task().conclude("未发现问题", LocalDate.of(2026, 10, 16), "u", LocalDate.of(2026, 10, 16));
    // Friday 16 October + 20 working days (no holiday in between) = Friday 13 November
    assertThat(done.publishBy(CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 13));
    assertThat(done.publishByProvisional(CALENDAR)).isFalse();
    assertThat(done.overdue(LocalDate.of(2026, 11, 13), CALENDAR)).isFalse();
    assertThat(done.overdue(LocalDate.of(2026, 11, 16), CALENDAR)).isTrue();
    InspectionTask published = done.publishResult(LocalDate.of(2026, 11, 2));
    assertThat(published.overdue(LocalDate.of(2027, 1, 1), CALENDAR)).isFalse();
    assertThat(
            done.publishResult(LocalDate.of(2026, 11, 20))
                .overdue(LocalDate.of(2027, 1, 1), CALENDAR))
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
