package org.ybjg.registry.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ybjg.registry.institution.domain.InstitutionMother.NOW;
import static org.ybjg.registry.institution.domain.InstitutionMother.TODAY;
import static org.ybjg.registry.institution.domain.InstitutionMother.decision;
import static org.ybjg.registry.institution.domain.InstitutionMother.suspend;
import static org.ybjg.registry.institution.domain.InstitutionMother.suspendMonths;
import static org.ybjg.registry.institution.domain.InstitutionMother.suspended;
import static org.ybjg.registry.institution.domain.InstitutionMother.terminate;
import static org.ybjg.registry.institution.domain.InstitutionMother.terminated;
import static org.ybjg.registry.institution.domain.InstitutionMother.tertiaryPublicHospital;
import static org.ybjg.registry.institution.domain.InstitutionMother.withoutAgreement;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;

/**
 * The service agreement's transitions (docs/domain.md#registry): suspension of fund-paid services
 * for the whole institution or the responsible department for a period and termination
 * (docs/law.md#regulation art. 38/40), applied province-wide by every agency (一处违规处处受限,
 * 承医保发〔2019〕2号 §10), and reinstatement when the period is over.
 */
class AgreementTransitionsTest {

  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  private static final LocalDate AUGUST_31 = LocalDate.of(2025, 8, 31);

  @Nested
  class Suspending {

    @Test
    void shouldSuspendResponsibleDepartmentForPeriodWhenAgreementActive() {
      // docs/law.md#regulation art. 38/40: suspend the responsible department's fund-paid services
      // 6–12 months
      DecisionOutcome outcome =
          tertiaryPublicHospital()
              .apply(decision("case-1", suspend(MARCH_1, AUGUST_31, "骨科")), NOW);

      Institution after = outcome.after();
      assertThat(outcome.rejections()).isEmpty();
      assertThat(after.version()).isEqualTo(2);
      // a department-scoped suspension leaves the institution's agreement in force; the department
      // is suspended
      assertThat(after.agreement().state()).isEqualTo(AgreementState.ACTIVE);
      assertThat(after.agreement().departmentsSuspended()).isTrue();
      assertThat(after.agreement().suspensionScheduled()).isFalse();
      assertThat(after.agreement().suspendedFrom()).isEqualTo(MARCH_1);
      assertThat(after.agreement().suspendedUntil()).isEqualTo(AUGUST_31);
      assertThat(after.agreement().suspendedDepartments()).containsExactly("骨科");
      assertThat(after.agreement().causeCaseId()).isEqualTo("case-1");
      assertThat(after.agreement().signedOn()).isEqualTo(LocalDate.of(2024, 1, 1));
      assertThat(after.lastChange().kind()).isEqualTo(ChangeKind.AGREEMENT_SUSPENDED);
      assertThat(after.lastChange().reference()).isEqualTo("case-1");
      assertThat(after.lastChange().by()).isEqualTo("city-admin");
    }

    @Test
    void shouldSuspendWholeInstitutionWhenNoDepartmentsNamed() {
      Institution after =
          tertiaryPublicHospital()
              .apply(decision("case-1", suspend(MARCH_1, AUGUST_31)), NOW)
              .after();

      assertThat(after.agreement().suspendedDepartments()).isEmpty();
      assertThat(after.lastChange().detail()).contains("全院");
    }

    @Test
    void shouldMarkSuspensionProvinceWideWhenApplied() {
      // 承医保发〔2019〕2号 §10: a suspension by one agency applies to every agency in the province
      Institution after =
          tertiaryPublicHospital()
              .apply(decision("case-1", suspend(MARCH_1, AUGUST_31)), NOW)
              .after();

      assertThat(after.lastChange().detail()).contains("全省适用", "一处违规处处受限");
    }

    @Test
    void shouldDeriveEndFromMonthsWhenMeasureGivesNoEndDate() {
      Institution after =
          tertiaryPublicHospital()
              .apply(decision("case-1", suspendMonths(6, MARCH_1)), NOW)
              .after();

      assertThat(after.agreement().suspendedUntil()).isEqualTo(AUGUST_31);
    }

    @Test
    void shouldStartOnDecisionDateWhenMeasureGivesNoStart() {
      Institution after =
          tertiaryPublicHospital().apply(decision("case-1", suspendMonths(12, null)), NOW).after();

      assertThat(after.agreement().suspendedFrom()).isEqualTo(TODAY);
      assertThat(after.agreement().suspendedUntil()).isEqualTo(TODAY.plusYears(1).minusDays(1));
    }

    @Test
    void shouldExtendToLaterEndWhenAlreadySuspendedByAnotherCase() {
      Institution first = suspended("case-1", MARCH_1, AUGUST_31, "骨科");

      Institution after =
          first
              .apply(
                  decision(
                      "case-2",
                      suspend(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 11, 30), "检验科")),
                  NOW)
              .after();

      assertThat(after.agreement().state())
          .as("departments only: agreement in force")
          .isEqualTo(AgreementState.ACTIVE);
      assertThat(after.agreement().suspendedFrom()).isEqualTo(MARCH_1);
      assertThat(after.agreement().suspendedUntil()).isEqualTo(LocalDate.of(2025, 11, 30));
      assertThat(after.agreement().suspendedDepartments()).containsExactly("骨科", "检验科");
      assertThat(after.agreement().causeCaseId()).isEqualTo("case-2");
      assertThat(after.version()).isEqualTo(first.version() + 1);
    }

    @Test
    void shouldKeepLaterEndAndCauseWhenSecondSuspensionEndsEarlier() {
      Institution first = suspended("case-1", MARCH_1, AUGUST_31);

      Institution after =
          first
              .apply(
                  decision(
                      "case-2", suspend(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31), "骨科")),
                  NOW)
              .after();

      assertThat(after.agreement().suspendedUntil()).isEqualTo(AUGUST_31);
      assertThat(after.agreement().causeCaseId()).isEqualTo("case-1");
      assertThat(after.agreement().suspendedDepartments())
          .as("whole institution stays whole")
          .isEmpty();
      assertThat(after.lastChange().reference())
          .as("history still records the second case")
          .isEqualTo("case-2");
    }

    @Test
    void shouldRejectSuspensionWhenAgreementTerminated() {
      Institution terminated = terminated();

      DecisionOutcome outcome =
          terminated.apply(decision("case-2", suspend(MARCH_1, AUGUST_31)), NOW);

      assertThat(outcome.changed()).isFalse();
      assertThat(outcome.after()).isSameAs(terminated);
      assertThat(outcome.rejections()).singleElement().asString().contains("已解除");
    }

    @Test
    void shouldRejectSuspensionWhenNoAgreementSigned() {
      DecisionOutcome outcome =
          withoutAgreement().apply(decision("case-1", suspend(MARCH_1, AUGUST_31)), NOW);

      assertThat(outcome.changed()).isFalse();
      assertThat(outcome.rejections()).singleElement().asString().contains("未签订");
    }

    @Test
    void shouldRejectSuspensionWhenEndBeforeStart() {
      DecisionOutcome outcome =
          tertiaryPublicHospital().apply(decision("case-1", suspend(AUGUST_31, MARCH_1)), NOW);

      assertThat(outcome.changed()).isFalse();
      assertThat(outcome.rejections()).hasSize(1);
    }

    @Test
    void shouldRejectSuspensionWhenNeitherEndNorMonthsGiven() {
      AgreementMeasure openEnded =
          new AgreementMeasure(
              AgreementMeasure.Kind.SUSPEND_AGREEMENT, null, MARCH_1, null, List.of());

      DecisionOutcome outcome = tertiaryPublicHospital().apply(decision("case-1", openEnded), NOW);

      assertThat(outcome.changed()).isFalse();
      assertThat(outcome.rejections()).hasSize(1);
    }
  }

  @Nested
  class Terminating {

    @Test
    void shouldTerminateWhenAgreementActive() {
      Institution after =
          tertiaryPublicHospital().apply(decision("case-9", terminate(TODAY)), NOW).after();

      assertThat(after.agreement().state()).isEqualTo(AgreementState.TERMINATED);
      assertThat(after.agreement().terminatedOn()).isEqualTo(TODAY);
      assertThat(after.agreement().causeCaseId()).isEqualTo("case-9");
      assertThat(after.lastChange().kind()).isEqualTo(ChangeKind.AGREEMENT_TERMINATED);
    }

    @Test
    void shouldTerminateAndEndSuspensionWhenAgreementSuspended() {
      // docs/law.md#regulation art. 40: suspension "up to termination of the service agreement by
      // the agency"
      Institution after =
          suspended("case-1", MARCH_1, AUGUST_31, "骨科")
              .apply(decision("case-9", terminate(null)), NOW)
              .after();

      assertThat(after.agreement().state()).isEqualTo(AgreementState.TERMINATED);
      assertThat(after.agreement().terminatedOn())
          .as("defaults to the decision date")
          .isEqualTo(TODAY);
      assertThat(after.agreement().suspendedUntil()).isNull();
      assertThat(after.agreement().suspendedDepartments()).isEmpty();
    }

    @Test
    void shouldRejectTerminationWhenAlreadyTerminated() {
      DecisionOutcome outcome = terminated().apply(decision("case-10", terminate(TODAY)), NOW);

      assertThat(outcome.changed()).isFalse();
      assertThat(outcome.rejections()).hasSize(1);
    }

    @Test
    void shouldRejectTerminationWhenNoAgreementSigned() {
      DecisionOutcome outcome =
          withoutAgreement().apply(decision("case-10", terminate(TODAY)), NOW);

      assertThat(outcome.changed()).isFalse();
    }
  }

  @Nested
  class Decisions {

    @Test
    void shouldApplyMeasuresInOrderWithOneStatePerMeasure() {
      DecisionOutcome outcome =
          tertiaryPublicHospital()
              .apply(
                  decision("case-1", suspend(MARCH_1, AUGUST_31), terminate(AUGUST_31.plusDays(1))),
                  NOW);

      assertThat(outcome.states()).extracting(Institution::version).containsExactly(2L, 3L);
      assertThat(outcome.states())
          .extracting(state -> state.agreement().state())
          .containsExactly(AgreementState.SUSPENDED, AgreementState.TERMINATED);
      assertThat(outcome.after().history())
          .extracting(Change::kind)
          .containsExactly(
              ChangeKind.REGISTERED,
              ChangeKind.AGREEMENT_SUSPENDED,
              ChangeKind.AGREEMENT_TERMINATED);
    }

    @Test
    void shouldSkipOnlyTheImpossibleMeasureWhenOthersApply() {
      DecisionOutcome outcome =
          tertiaryPublicHospital()
              .apply(decision("case-1", terminate(TODAY), suspend(MARCH_1, AUGUST_31)), NOW);

      assertThat(outcome.states()).hasSize(1);
      assertThat(outcome.after().agreement().state()).isEqualTo(AgreementState.TERMINATED);
      assertThat(outcome.rejections()).hasSize(1);
    }

    @Test
    void shouldChangeNothingWhenDecisionHasNoAgreementMeasure() {
      Institution institution = tertiaryPublicHospital();

      DecisionOutcome outcome = institution.apply(decision("case-1"), NOW);

      assertThat(outcome.changed()).isFalse();
      assertThat(outcome.after()).isSameAs(institution);
      assertThat(outcome.rejections()).isEmpty();
    }
  }

  @Nested
  class Reinstating {

    @Test
    void shouldReinstateWhenLastDayOfSuspensionHasPassed() {
      Institution suspended = suspended("case-1", MARCH_1, AUGUST_31, "骨科");
      LocalDate dayAfter = AUGUST_31.plusDays(1);

      assertThat(suspended.reinstatementDue(dayAfter)).isTrue();
      Institution after = suspended.reinstateAgreement(dayAfter, NOW, "system");

      assertThat(after.agreement().state()).isEqualTo(AgreementState.ACTIVE);
      assertThat(after.agreement().signedOn()).isEqualTo(LocalDate.of(2024, 1, 1));
      assertThat(after.agreement().suspendedFrom()).isNull();
      assertThat(after.agreement().suspendedUntil()).isNull();
      assertThat(after.agreement().suspendedDepartments()).isEmpty();
      assertThat(after.agreement().causeCaseId()).isNull();
      assertThat(after.version()).isEqualTo(suspended.version() + 1);
      assertThat(after.lastChange().kind()).isEqualTo(ChangeKind.AGREEMENT_REINSTATED);
      assertThat(after.lastChange().reference()).isEqualTo("case-1");
    }

    @Test
    void shouldNotReinstateWhenOnLastDayOfSuspension() {
      Institution suspended = suspended("case-1", MARCH_1, AUGUST_31);

      assertThat(suspended.reinstatementDue(AUGUST_31)).isFalse();
      assertThatThrownBy(() -> suspended.reinstateAgreement(AUGUST_31, NOW, "system"))
          .isInstanceOf(AgreementTransitionRejected.class);
    }

    @Test
    void shouldNotReinstateWhenAgreementNotSuspended() {
      assertThat(tertiaryPublicHospital().reinstatementDue(TODAY.plusYears(5))).isFalse();
      assertThat(terminated().reinstatementDue(TODAY.plusYears(5))).isFalse();
      assertThatThrownBy(() -> terminated().reinstateAgreement(TODAY.plusYears(5), NOW, "system"))
          .isInstanceOf(AgreementTransitionRejected.class);
    }
  }

  /** A suspension decided to start later must not show as SUSPENDED before its first day. */
  @Nested
  class ScheduledSuspension {

    private final LocalDate july1 = TODAY.plusDays(16);
    private final LocalDate december31 = LocalDate.of(2025, 12, 31);

    @Test
    void shouldStayActiveWithSuspensionScheduledWhenSuspensionStartsAfterToday() {
      // 承医保发〔2019〕2号 §10 / docs/law.md#regulation art. 38: the suspension period is the decided
      // one, not the decision date
      Institution after =
          tertiaryPublicHospital()
              .apply(decision("case-1", suspend(july1, december31)), NOW)
              .after();

      assertThat(after.agreement().state()).isEqualTo(AgreementState.ACTIVE);
      assertThat(after.agreement().suspensionScheduled()).isTrue();
      assertThat(after.agreement().suspendedFrom()).isEqualTo(july1);
      assertThat(after.agreement().suspendedUntil()).isEqualTo(december31);
      assertThat(after.lastChange().kind()).isEqualTo(ChangeKind.AGREEMENT_SUSPENDED);
      assertThat(after.lastChange().detail()).contains("起生效").contains("全省适用");
    }

    @Test
    void shouldStartScheduledSuspensionOnItsFirstDayAndNotBefore() {
      Institution scheduled =
          tertiaryPublicHospital()
              .apply(decision("case-1", suspend(july1, december31)), NOW)
              .after();

      assertThat(scheduled.suspensionStartDue(july1.minusDays(1))).isFalse();
      assertThatThrownBy(
              () -> scheduled.startScheduledSuspension(july1.minusDays(1), NOW, "system"))
          .isInstanceOf(AgreementTransitionRejected.class);
      assertThat(scheduled.suspensionStartDue(july1)).isTrue();

      Institution started = scheduled.startScheduledSuspension(july1, NOW, "system");
      assertThat(started.agreement().state()).isEqualTo(AgreementState.SUSPENDED);
      assertThat(started.agreement().causeCaseId()).isEqualTo("case-1");
      assertThat(started.version()).isEqualTo(scheduled.version() + 1);
      assertThat(started.reinstatementDue(december31)).isFalse();
      assertThat(started.reinstatementDue(december31.plusDays(1))).isTrue();
    }

    @Test
    void shouldMergeSecondDecisionIntoScheduledSuspensionWithoutStartingIt() {
      Institution scheduled =
          tertiaryPublicHospital()
              .apply(decision("case-1", suspend(july1, december31, "骨科")), NOW)
              .after();

      Institution merged =
          scheduled
              .apply(
                  decision("case-2", suspend(july1.plusDays(10), LocalDate.of(2026, 1, 31), "检验科")),
                  NOW)
              .after();

      assertThat(merged.agreement().state()).isEqualTo(AgreementState.ACTIVE);
      assertThat(merged.agreement().suspendedFrom()).isEqualTo(july1);
      assertThat(merged.agreement().suspendedUntil()).isEqualTo(LocalDate.of(2026, 1, 31));
      assertThat(merged.agreement().suspendedDepartments()).containsExactly("骨科", "检验科");
      assertThat(merged.agreement().causeCaseId()).isEqualTo("case-2");
    }

    @Test
    void shouldSuspendAtOnceWhenSecondDecisionStartsTodayWhileOneIsScheduled() {
      Institution scheduled =
          tertiaryPublicHospital()
              .apply(decision("case-1", suspend(july1, december31)), NOW)
              .after();

      Institution merged = scheduled.apply(decision("case-2", suspend(TODAY, july1)), NOW).after();

      assertThat(merged.agreement().state()).isEqualTo(AgreementState.SUSPENDED);
      assertThat(merged.agreement().suspendedFrom()).isEqualTo(TODAY);
      assertThat(merged.agreement().suspendedUntil()).isEqualTo(december31);
    }

    @Test
    void shouldTerminateAgreementWithScheduledSuspension() {
      Institution scheduled =
          tertiaryPublicHospital()
              .apply(decision("case-1", suspend(july1, december31)), NOW)
              .after();

      Institution after = scheduled.apply(decision("case-9", terminate(TODAY)), NOW).after();

      assertThat(after.agreement().state()).isEqualTo(AgreementState.TERMINATED);
      assertThat(after.agreement().suspensionScheduled()).isFalse();
      assertThat(after.suspensionStartDue(july1)).isFalse();
    }
  }

  /** Agency-initiated transitions of the agreement state machine (docs/domain.md#registry). */
  @Nested
  class AgencyTransitions {

    @Test
    void shouldSignAgreementWhenNone() {
      Institution signed =
          withoutAgreement().signAgreement(TODAY, TODAY, "评估通过", NOW, "city-admin");

      assertThat(signed.agreement().state()).isEqualTo(AgreementState.ACTIVE);
      assertThat(signed.agreement().signedOn()).isEqualTo(TODAY);
      assertThat(signed.lastChange().kind()).isEqualTo(ChangeKind.AGREEMENT_SIGNED);
      assertThat(signed.lastChange().detail()).contains("互认");
    }

    @Test
    void shouldRejectSigningWhenAgreementAlreadyActiveOrTerminated() {
      assertThatThrownBy(
              () -> tertiaryPublicHospital().signAgreement(TODAY, TODAY, null, NOW, "city-admin"))
          .isInstanceOf(AgreementTransitionRejected.class);
      assertThatThrownBy(() -> terminated().signAgreement(TODAY, TODAY, null, NOW, "city-admin"))
          .isInstanceOf(AgreementTransitionRejected.class);
    }

    @Test
    void shouldRejectSigningOnDayAfterToday() {
      assertThatThrownBy(
              () ->
                  withoutAgreement()
                      .signAgreement(TODAY.plusDays(1), TODAY, null, NOW, "city-admin"))
          .isInstanceOf(Refusal.class);
    }

    @Test
    void shouldRenewSuspendedAgreementKeepingSuspensionAndRefuseRenewingNone() {
      Institution renewed =
          suspended("case-1", TODAY, TODAY.plusMonths(6))
              .renewAgreement(TODAY, TODAY, "协议期满续签", NOW, "city-admin");

      assertThat(renewed.agreement().state()).isEqualTo(AgreementState.SUSPENDED);
      assertThat(renewed.agreement().signedOn()).isEqualTo(TODAY);
      assertThat(renewed.agreement().suspendedUntil()).isEqualTo(TODAY.plusMonths(6));
      assertThat(renewed.lastChange().kind()).isEqualTo(ChangeKind.AGREEMENT_RENEWED);
      assertThatThrownBy(
              () -> withoutAgreement().renewAgreement(TODAY, TODAY, null, NOW, "city-admin"))
          .isInstanceOf(AgreementTransitionRejected.class);
    }

    @Test
    void shouldTerminateActiveAgreementAndRefuseSecondTermination() {
      Institution ended =
          tertiaryPublicHospital().terminateAgreement(TODAY, "机构申请解除", NOW, "city-admin");

      assertThat(ended.agreement().state()).isEqualTo(AgreementState.TERMINATED);
      assertThat(ended.lastChange().kind()).isEqualTo(ChangeKind.AGREEMENT_TERMINATED);
      assertThatThrownBy(() -> ended.terminateAgreement(TODAY, null, NOW, "city-admin"))
          .isInstanceOf(AgreementTransitionRejected.class);
    }
  }
}
