package org.ybjg.cases.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ybjg.cases.institution.domain.Ownership;
import org.ybjg.chassis.domain.Refusal;

/** The case aggregate and its procedure state machine (docs/law.md#penalty-procedure). */
class CaseFileTest {

  private static final List<String> PATH_990102 = List.of("990102", "990100", "990000");

  /**
   * The finding of the mother was made on Monday 2026-02-09; the case is registered the next day.
   */
  private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);

  private final Finding finding = FindingMother.overChargingAtPublicHospital();

  // ---- opening
  // --------------------------------------------------------------------------------------

  /**
   * NHSA Order 4 (docs/law.md#penalty-procedure): decide whether to file within 15 working days of
   * the clue.
   */
  @Test
  void shouldRegisterClueDueForFilingFifteenWorkingDaysAfterTheFindingWhenFindingArrives() {
    CaseFile opened = open();

    assertThat(opened.status()).isEqualTo(CaseStatus.CLUE);
    assertThat(opened.origin()).isEqualTo(CaseOrigin.INSPECTION_FINDING);
    assertThat(opened.version()).isEqualTo(CaseFile.FIRST_VERSION);
    assertThat(opened.countyCode()).isEqualTo("990102");
    assertThat(opened.regionPath()).isEqualTo(PATH_990102);
    assertThat(opened.ownership()).isEqualTo(Ownership.PUBLIC);
    assertThat(opened.improperAmount()).isEqualByComparingTo("12800.50");
    assertThat(opened.openedOn()).isEqualTo(TODAY);
    assertThat(opened.procedure().clueOn()).isEqualTo(LocalDate.of(2026, 2, 9));
    // 9 Feb + 15 working days across the Spring Festival (16–23 Feb off, 14 and 28 Feb worked) = 6
    // March
    assertThat(opened.procedure().filingDue()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(opened.deadline())
        .isEqualTo(Deadline.of(DeadlineStep.FILING, LocalDate.of(2026, 3, 6)));
    assertThat(opened.decision()).isNull();
    assertThat(opened.history())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.kind()).isEqualTo(HistoryKind.OPENED);
              assertThat(h.by()).isEqualTo(HistoryEntry.SYSTEM);
            });
  }

  @Test
  void shouldDeriveTheSameCaseIdWhenTheSameFindingArrivesAgain() {
    assertThat(open().id()).isEqualTo(CaseFile.idForFinding("finding-0001"));
    assertThat(CaseFile.idForFinding("finding-0002")).isNotEqualTo(open().id());
  }

  /**
   * docs/architecture.md#events: case reads ownership from the registry; the finding's is the
   * fallback.
   */
  @Test
  void shouldTakeRegistryOwnershipWhenReplicaKnowsTheInstitution() {
    assertThat(CaseFile.openFrom(finding, Ownership.PRIVATE, PATH_990102, rules(TODAY)).ownership())
        .isEqualTo(Ownership.PRIVATE);
  }

  @Test
  void shouldRefuseRegionPathWhenItDoesNotStartWithTheCounty() {
    assertThatThrownBy(
            () ->
                CaseFile.openFrom(
                    finding, null, List.of("990103", "990100", "990000"), rules(TODAY)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- the state machine: every allowed and every refused transition
  // ---------------------------------

  /**
   * The step table of docs/law.md, written out here so that a change to the production table shows
   * as a failure.
   */
  private static final Map<CaseStatus, Set<StepAction>> STEP_TABLE =
      Map.of(
          CaseStatus.CLUE, Set.of(StepAction.FILE, StepAction.EXTEND_FILING, StepAction.DECLINE),
          CaseStatus.FILED,
              Set.of(StepAction.NOTIFY, StepAction.EXTEND_DECISION, StepAction.DISMISS),
          CaseStatus.NOTIFIED,
              Set.of(
                  StepAction.RECORD_STATEMENT,
                  StepAction.REQUEST_HEARING,
                  StepAction.HOLD_HEARING,
                  StepAction.WAIVE,
                  StepAction.LEGAL_REVIEW,
                  StepAction.EXTEND_DECISION,
                  StepAction.DISMISS),
          CaseStatus.DECIDED, Set.of(StepAction.SERVE, StepAction.REVOKE_DECISION),
          CaseStatus.SERVED, Set.of(StepAction.EXECUTE, StepAction.REVOKE_DECISION),
          CaseStatus.EXECUTED,
              Set.of(StepAction.ORDER_RECTIFICATION, StepAction.CLOSE, StepAction.REVOKE_DECISION),
          CaseStatus.RECTIFYING,
              Set.of(StepAction.CONFIRM_RECTIFICATION, StepAction.REVOKE_DECISION),
          CaseStatus.CLOSED, Set.of());

  static Stream<Arguments> everyStatusAndStep() {
    return Arrays.stream(CaseStatus.values())
        .flatMap(
            status ->
                Arrays.stream(StepAction.values()).map(action -> Arguments.of(status, action)));
  }

  @ParameterizedTest(name = "{0} + {1}")
  @MethodSource("everyStatusAndStep")
  void shouldAllowExactlyTheStepsOfTheTableWhenAStepIsTaken(CaseStatus status, StepAction action) {
    boolean allowed = STEP_TABLE.get(status).contains(action);
    CaseFile c =
        allowed && action == StepAction.HOLD_HEARING
            ? inStatus(status)
                .take(
                    Step.of(StepAction.REQUEST_HEARING, LocalDate.of(2026, 2, 12), "county-admin"),
                    rules(LocalDate.of(2026, 2, 12)))
            : inStatus(status);
    Step step = validStep(action, c);

    if (allowed) {
      CaseFile next = c.take(step, rules(c.procedure().lastStepOn().plusDays(20)));
      assertThat(next.version()).isEqualTo(c.version() + 1);
      assertThat(next.history())
          .last()
          .satisfies(
              h -> {
                assertThat(h.by()).isEqualTo("county-admin");
                assertThat(h.signedBy()).isNotEmpty();
              });
      assertThat(next.status()).isEqualTo(expectedStatus(status, action));
    } else {
      assertThatThrownBy(() -> c.take(step, rules(c.procedure().lastStepOn().plusDays(20))))
          .isInstanceOf(TransitionNotAllowed.class)
          .hasMessageContaining(status.name());
    }
  }

  private static CaseStatus expectedStatus(CaseStatus from, StepAction action) {
    return switch (action) {
      case FILE -> CaseStatus.FILED;
      case DECLINE, DISMISS, CLOSE, REVOKE_DECISION -> CaseStatus.CLOSED;
      case NOTIFY -> CaseStatus.NOTIFIED;
      case SERVE -> CaseStatus.SERVED;
      case EXECUTE, CONFIRM_RECTIFICATION -> CaseStatus.EXECUTED;
      case ORDER_RECTIFICATION -> CaseStatus.RECTIFYING;
      default -> from;
    };
  }

  @Test
  void shouldRunTheWholeProcedureWithDeadlinesAndSignaturesWhenEveryStepIsTaken() {
    CaseFile filed =
        open()
            .take(
                step(StepAction.FILE, "2026-02-11").signedBy(List.of("张局长(演示)")),
                rules(LocalDate.of(2026, 2, 11)));
    // 《行政处罚法》 art. 60: 90 days from filing: 2026-05-12 (a Tuesday)
    assertThat(filed.procedure().decisionDue()).isEqualTo(LocalDate.of(2026, 5, 12));
    assertThat(filed.deadline().step()).isEqualTo(DeadlineStep.DECISION);
    assertThat(filed.history())
        .last()
        .satisfies(h -> assertThat(h.signedBy()).containsExactly("张局长(演示)"));

    CaseFile notified =
        filed.take(
            step(StepAction.NOTIFY, "2026-02-12")
                .withProposal("拟罚款25601.00元", new BigDecimal("25601.00"), true),
            rules(LocalDate.of(2026, 2, 12)));
    assertThat(notified.procedure().hearingRight()).as("an agreement measure is proposed").isTrue();
    // art. 64 + art. 85: 5 working days from Thu 12 Feb: 13, 14 (Sat worked), 24, 25, 26 → 26 Feb
    assertThat(notified.procedure().statementDue()).isEqualTo(LocalDate.of(2026, 2, 26));

    CaseFile waived =
        notified.take(step(StepAction.WAIVE, "2026-02-13"), rules(LocalDate.of(2026, 2, 13)));
    CaseFile reviewed =
        waived.take(
            step(StepAction.LEGAL_REVIEW, "2026-02-13").signedBy(List.of("法制员(演示)")),
            rules(LocalDate.of(2026, 2, 13)));
    assertThat(reviewed.procedure().legalReviewBy()).containsExactly("法制员(演示)");
    reviewed.requireDecidable(LocalDate.of(2026, 2, 13), true);

    CaseFile decided =
        reviewed.decide(decision(LocalDate.of(2026, 2, 13)), rules(LocalDate.of(2026, 2, 13)));
    assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
    // art. 61 + art. 85: 7 working days from Fri 13 Feb: 14 (Sat worked), 24, 25, 26, 27, 28 (Sat
    // worked), 2 Mar
    assertThat(decided.deadline())
        .isEqualTo(Deadline.of(DeadlineStep.SERVICE, LocalDate.of(2026, 3, 2)));

    CaseFile served =
        decided.take(
            step(StepAction.SERVE, "2026-02-24").withService("直接送达", "院长(演示)"),
            rules(LocalDate.of(2026, 2, 24)));
    // art. 67: fine within 15 days of service: 11 March
    assertThat(served.deadline())
        .isEqualTo(Deadline.of(DeadlineStep.PAYMENT, LocalDate.of(2026, 3, 11)));

    CaseFile executed =
        served.take(
            step(StepAction.EXECUTE, "2026-03-02")
                .withPayment(new BigDecimal("25601.00"), new BigDecimal("12800.50")),
            rules(LocalDate.of(2026, 3, 2)));
    assertThat(executed.deadline()).isNull();
    CaseFile rectifying =
        executed.take(
            step(StepAction.ORDER_RECTIFICATION, "2026-03-02")
                .withDeadline(LocalDate.of(2026, 4, 30)),
            rules(LocalDate.of(2026, 3, 2)));
    assertThat(rectifying.deadline())
        .isEqualTo(Deadline.of(DeadlineStep.RECTIFICATION, LocalDate.of(2026, 4, 30)));
    CaseFile rectified =
        rectifying.take(
            step(StepAction.CONFIRM_RECTIFICATION, "2026-04-20"), rules(LocalDate.of(2026, 4, 20)));
    CaseFile closed =
        rectified.take(step(StepAction.CLOSE, "2026-04-21"), rules(LocalDate.of(2026, 4, 21)));

    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.history())
        .extracting(HistoryEntry::kind)
        .containsExactly(
            HistoryKind.OPENED,
            HistoryKind.FILED,
            HistoryKind.NOTIFIED,
            HistoryKind.RIGHTS_WAIVED,
            HistoryKind.LEGAL_REVIEWED,
            HistoryKind.DECISION_ISSUED,
            HistoryKind.SERVED,
            HistoryKind.EXECUTED,
            HistoryKind.RECTIFICATION_ORDERED,
            HistoryKind.RECTIFIED,
            HistoryKind.CLOSED);
  }

  // ---- legal conditions (422)
  // ------------------------------------------------------------------------

  /** NHSA Order 4: the filing period may be extended (once) by 15 working days, with its reason. */
  @Test
  void shouldExtendFilingOnceByFifteenWorkingDaysWhenAReasonIsGiven() {
    CaseFile extended =
        open()
            .take(
                step(StepAction.EXTEND_FILING, "2026-02-11").withReason("需调取外院病历"),
                rules(LocalDate.of(2026, 2, 11)));

    // 6 March + 15 working days = 27 March
    assertThat(extended.procedure().filingDue()).isEqualTo(LocalDate.of(2026, 3, 27));
    assertThat(extended.history()).last().satisfies(h -> assertThat(h.note()).isEqualTo("需调取外院病历"));
    assertRefused(
        () ->
            extended.take(
                step(StepAction.EXTEND_FILING, "2026-02-12").withReason("再延"),
                rules(LocalDate.of(2026, 2, 12))),
        "filing-already-extended");
  }

  /** docs/law.md#penalty-procedure: extensions are recorded with their reason. */
  @Test
  void shouldRefuseExtensionWhenItHasNoReason() {
    assertRefused(
        () -> open().take(step(StepAction.EXTEND_FILING, "2026-02-11"), rules(TODAY.plusDays(1))),
        "reason-required");
    CaseFile filed = filed();
    assertRefused(
        () ->
            filed.take(
                step(StepAction.EXTEND_DECISION, "2026-02-12").withDays(10),
                rules(LocalDate.of(2026, 2, 12))),
        "reason-required");
    assertRefused(
        () -> open().take(step(StepAction.DECLINE, "2026-02-11"), rules(TODAY.plusDays(1))),
        "reason-required");
  }

  /**
   * docs/law.md#penalty-procedure (NHSA rule, to confirm): the decision period may be extended by
   * 30 days in all.
   */
  @Test
  void shouldExtendTheDecisionPeriodUpToThirtyDaysInAllWhenReasonsAreRecorded() {
    CaseFile filed = filed();
    CaseFile once =
        filed.take(
            step(StepAction.EXTEND_DECISION, "2026-02-12").withDays(20).withReason("鉴定"),
            rules(LocalDate.of(2026, 2, 12)));
    CaseFile twice =
        once.take(
            step(StepAction.EXTEND_DECISION, "2026-02-12").withDays(10).withReason("补充调查"),
            rules(LocalDate.of(2026, 2, 12)));

    // 11 Feb + 90 + 30 = 11 June (a Thursday)
    assertThat(twice.procedure().decisionDue()).isEqualTo(LocalDate.of(2026, 6, 11));
    assertThat(twice.procedure().extensions())
        .extracting(Extension::reason)
        .containsExactly("鉴定", "补充调查");
    assertRefused(
        () ->
            twice.take(
                step(StepAction.EXTEND_DECISION, "2026-02-12").withDays(1).withReason("再延"),
                rules(LocalDate.of(2026, 2, 12))),
        "extension-too-long");
  }

  /**
   * 《行政处罚法》 art. 64 + art. 85: a hearing is requested within 5 working days of the notice; boundary
   * inclusive.
   */
  @Test
  void shouldAcceptHearingRequestOnTheLastDayAndRefuseItTheDayAfter() {
    CaseFile notified = notified(true); // notice 12 Feb, due 26 Feb

    CaseFile requested =
        notified.take(
            step(StepAction.REQUEST_HEARING, "2026-02-26"), rules(LocalDate.of(2026, 2, 26)));
    assertThat(requested.procedure().hearingRequestedOn()).isEqualTo(LocalDate.of(2026, 2, 26));
    assertRefused(
        () ->
            notified.take(
                step(StepAction.REQUEST_HEARING, "2026-02-27"), rules(LocalDate.of(2026, 2, 27))),
        "hearing-request-late");
  }

  /**
   * 《行政处罚法》 art. 63: the right to a hearing is for large fines and suspensions, not for small
   * fines.
   */
  @Test
  void shouldRefuseHearingWhenTheProposedPenaltyIsSmall() {
    CaseFile notified = notified(false);

    assertThat(notified.procedure().hearingRight()).isFalse();
    assertRefused(
        () ->
            notified.take(
                step(StepAction.REQUEST_HEARING, "2026-02-13"), rules(LocalDate.of(2026, 2, 13))),
        "no-hearing-right");
  }

  @Test
  void shouldGiveHearingRightWhenTheProposedFineReachesTheLargeAmount() {
    CaseFile filed = filed();
    CaseFile notified =
        filed.take(
            step(StepAction.NOTIFY, "2026-02-12")
                .withProposal("拟罚款", new BigDecimal("100000.00"), false),
            rules(LocalDate.of(2026, 2, 12)));

    assertThat(notified.procedure().hearingRight()).isTrue();
  }

  /**
   * 《行政处罚法》 arts. 45, 64: no decision while the party may still state, defend or request a hearing.
   */
  @Test
  void shouldRefuseDecisionWhileTheStatementPeriodRunsAndAllowItAfter() {
    CaseFile notified = notified(false); // due 26 Feb

    assertRefused(
        () -> notified.requireDecidable(LocalDate.of(2026, 2, 26), false),
        "statement-period-running");
    notified.requireDecidable(LocalDate.of(2026, 2, 27), false);
  }

  @Test
  void shouldRefuseDecisionWhileAHearingIsPendingAndAllowItOnceHeld() {
    CaseFile requested =
        notified(true)
            .take(step(StepAction.REQUEST_HEARING, "2026-02-13"), rules(LocalDate.of(2026, 2, 13)));

    assertRefused(
        () -> requested.requireDecidable(LocalDate.of(2026, 3, 2), false), "hearing-pending");
    assertRefused(
        () ->
            requested.take(step(StepAction.WAIVE, "2026-02-13"), rules(LocalDate.of(2026, 2, 13))),
        "hearing-pending");
    CaseFile held =
        requested.take(
            step(StepAction.HOLD_HEARING, "2026-02-25").withNote("听证笔录"),
            rules(LocalDate.of(2026, 2, 25)));
    held.requireDecidable(LocalDate.of(2026, 2, 25), false);
  }

  /** 《行政处罚法》 art. 58: a major decision needs legal review first. */
  @Test
  void shouldRefuseMajorDecisionWithoutLegalReview() {
    CaseFile waived =
        notified(true).take(step(StepAction.WAIVE, "2026-02-13"), rules(LocalDate.of(2026, 2, 13)));

    assertRefused(
        () -> waived.requireDecidable(LocalDate.of(2026, 2, 13), true), "legal-review-required");
    waived.requireDecidable(LocalDate.of(2026, 2, 13), false);
  }

  /** A decision without the required prior steps (bad input). */
  @Test
  void shouldRefuseDecisionBeforeTheNoticeAndASecondDecision() {
    assertThatThrownBy(() -> open().requireDecidable(TODAY, false))
        .isInstanceOf(TransitionNotAllowed.class);
    assertThatThrownBy(() -> filed().requireDecidable(TODAY, false))
        .isInstanceOf(TransitionNotAllowed.class)
        .hasMessageContaining("notified");
    CaseFile decided = decided();
    assertThatThrownBy(() -> decided.requireDecidable(TODAY, false))
        .isInstanceOf(CaseAlreadyDecided.class);
    assertThatThrownBy(() -> decided.decide(decision(TODAY), rules(TODAY)))
        .isInstanceOf(CaseAlreadyDecided.class)
        .hasMessageContaining("990102医保决〔2026〕1号");
  }

  @Test
  void shouldRefuseStepDatedInTheFutureOrBeforeThePreviousStep() {
    assertRefused(
        () -> open().take(step(StepAction.FILE, "2026-02-11"), rules(TODAY)),
        "step-date-in-future");
    assertRefused(
        () -> open().take(step(StepAction.FILE, "2026-02-08"), rules(TODAY)),
        "step-date-before-previous");
  }

  @Test
  void shouldRefuseExecutionWhenNotAllWasPaid() {
    CaseFile served =
        decided()
            .take(
                step(StepAction.SERVE, "2026-02-13").withService(null, "院长(演示)"),
                rules(LocalDate.of(2026, 2, 13)));

    assertRefused(
        () ->
            served.take(
                step(StepAction.EXECUTE, "2026-02-14")
                    .withPayment(new BigDecimal("25600.99"), new BigDecimal("12800.50")),
                rules(LocalDate.of(2026, 2, 14))),
        "execution-incomplete");
    assertRefused(
        () ->
            served.take(
                step(StepAction.EXECUTE, "2026-02-14")
                    .withPayment(new BigDecimal("25601.00"), null),
                rules(LocalDate.of(2026, 2, 14))),
        "execution-incomplete");
  }

  @Test
  void shouldRefuseServiceWithoutRecipientAndRectificationWithoutDeadline() {
    assertRefused(
        () ->
            decided().take(step(StepAction.SERVE, "2026-02-13"), rules(LocalDate.of(2026, 2, 13))),
        "recipient-required");
    CaseFile executed = inStatus(CaseStatus.EXECUTED);
    assertRefused(
        () ->
            executed.take(
                step(StepAction.ORDER_RECTIFICATION, null), rules(LocalDate.of(2026, 3, 1))),
        "deadline-required");
  }

  // ---- referrals
  // --------------------------------------------------------------------------------------

  @Test
  void shouldTrackAReferralFromSendingToFeedbackAndRefuseDuplicatesAndDisorder() {
    CaseFile filed = filed();
    Referral toPolice =
        Referral.sent(
            "r1",
            ReferralTarget.PUBLIC_SECURITY,
            "涉嫌伪造病历(演示)",
            LocalDate.of(2026, 2, 12),
            "county-admin",
            List.of(new ReferralDocument("案件移送书", 2)));

    CaseFile referred = filed.refer(toPolice, "county-admin", rules(LocalDate.of(2026, 2, 12)));
    assertThat(referred.referrals())
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(ReferralStatus.SENT));
    assertThat(referred.history())
        .last()
        .satisfies(h -> assertThat(h.kind()).isEqualTo(HistoryKind.REFERRED));
    assertThatThrownBy(
            () ->
                referred.refer(
                    Referral.sent(
                        "r2",
                        ReferralTarget.PUBLIC_SECURITY,
                        "again",
                        LocalDate.of(2026, 2, 12),
                        "county-admin",
                        List.of()),
                    "county-admin",
                    rules(LocalDate.of(2026, 2, 12))))
        .isInstanceOfSatisfying(
            ReferralClash.class, c -> assertThat(c.code()).isEqualTo("already-referred"));
    assertThatThrownBy(
            () ->
                referred.trackReferral(
                    "r1",
                    ReferralStatus.FEEDBACK,
                    null,
                    null,
                    "x",
                    "county-admin",
                    rules(LocalDate.of(2026, 2, 13))))
        .isInstanceOf(ReferralClash.class);

    CaseFile received =
        referred.trackReferral(
            "r1",
            ReferralStatus.RECEIVED,
            null,
            "经侦支队(演示)",
            null,
            "county-admin",
            rules(LocalDate.of(2026, 2, 13)));
    assertRefused(
        () ->
            received.trackReferral(
                "r1",
                ReferralStatus.FEEDBACK,
                null,
                null,
                " ",
                "county-admin",
                rules(LocalDate.of(2026, 2, 14))),
        "feedback-text-required");
    CaseFile answered =
        received.trackReferral(
            "r1",
            ReferralStatus.FEEDBACK,
            null,
            null,
            "已立案侦查(演示)",
            "county-admin",
            rules(LocalDate.of(2026, 2, 14)));

    assertThat(answered.referrals())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(ReferralStatus.FEEDBACK);
              assertThat(r.receivedBy()).isEqualTo("经侦支队(演示)");
              assertThat(r.feedback()).isEqualTo("已立案侦查(演示)");
            });
    // the first referral answered, the same body may get a new one
    answered.refer(
        Referral.sent(
            "r3",
            ReferralTarget.PUBLIC_SECURITY,
            "补充移送(演示)",
            LocalDate.of(2026, 2, 14),
            "county-admin",
            List.of()),
        "county-admin",
        rules(LocalDate.of(2026, 2, 14)));
  }

  @Test
  void shouldRefuseReferralBeforeTheCaseIsFiled() {
    assertThatThrownBy(
            () ->
                open()
                    .refer(
                        Referral.sent(
                            "r1",
                            ReferralTarget.JUDICIARY,
                            "涉嫌犯罪",
                            LocalDate.of(2026, 2, 10),
                            "county-admin",
                            List.of()),
                        "county-admin",
                        rules(TODAY)))
        .isInstanceOf(TransitionNotAllowed.class);
  }

  // ---- recovery
  // ---------------------------------------------------------------------------------------

  /**
   * 《行政处罚法》第六十六条: instalments on approval; payments settle them in order; full payment executes.
   */
  @Test
  void shouldMoveThePaymentDeadlineByInstalmentsAndExecuteWhenAllIsPaid() {
    CaseFile decided = decided(); // fine 25601.00, return 12800.50 = 38401.50
    assertRefused(
        () ->
            decided.planInstalments(
                "困难",
                List.of(new Instalment(LocalDate.of(2026, 3, 31), new BigDecimal("38401.49"))),
                "county-admin",
                rules(LocalDate.of(2026, 2, 13))),
        "instalments-do-not-add-up");
    assertRefused(
        () ->
            decided.planInstalments(
                " ",
                List.of(new Instalment(LocalDate.of(2026, 3, 31), new BigDecimal("38401.50"))),
                "county-admin",
                rules(LocalDate.of(2026, 2, 13))),
        "reason-required");
    assertRefused(
        () ->
            decided.planInstalments(
                "困难",
                List.of(
                    new Instalment(LocalDate.of(2026, 4, 30), new BigDecimal("20000.00")),
                    new Instalment(LocalDate.of(2026, 3, 31), new BigDecimal("18401.50"))),
                "county-admin",
                rules(LocalDate.of(2026, 2, 13))),
        "instalment-dates-out-of-order");
    CaseFile planned =
        decided.planInstalments(
            "经营困难(演示)",
            List.of(
                new Instalment(LocalDate.of(2026, 3, 31), new BigDecimal("20000.00")),
                new Instalment(LocalDate.of(2026, 4, 30), new BigDecimal("18401.50"))),
            "county-admin",
            rules(LocalDate.of(2026, 2, 13)));
    CaseFile served =
        planned.take(
            step(StepAction.SERVE, "2026-02-13").withService(null, "院长(演示)"),
            rules(LocalDate.of(2026, 2, 13)));
    assertThat(served.deadline())
        .isEqualTo(Deadline.of(DeadlineStep.PAYMENT, LocalDate.of(2026, 3, 31)));

    assertThatThrownBy(
            () ->
                decided.recordPayment(
                    PaymentKind.FINE,
                    BigDecimal.ONE,
                    null,
                    null,
                    "county-admin",
                    rules(LocalDate.of(2026, 2, 14))))
        .as("not yet served")
        .isInstanceOf(TransitionNotAllowed.class);
    assertRefused(
        () ->
            served.recordPayment(
                PaymentKind.RETURN,
                new BigDecimal("12800.51"),
                null,
                null,
                "county-admin",
                rules(LocalDate.of(2026, 2, 14))),
        "overpayment");
    CaseFile first =
        served.recordPayment(
            PaymentKind.RETURN,
            new BigDecimal("12800.50"),
            null,
            "R1",
            "county-admin",
            rules(LocalDate.of(2026, 3, 1)));
    CaseFile second =
        first.recordPayment(
            PaymentKind.FINE,
            new BigDecimal("7199.50"),
            null,
            "R2",
            "county-admin",
            rules(LocalDate.of(2026, 3, 2)));
    assertThat(second.deadline().due())
        .as("first instalment covered")
        .isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(second.outstanding()).isEqualByComparingTo("18401.50");
    assertThat(second.status()).isEqualTo(CaseStatus.SERVED);

    CaseFile paid =
        second.recordPayment(
            PaymentKind.FINE,
            new BigDecimal("18401.50"),
            null,
            "R3",
            "county-admin",
            rules(LocalDate.of(2026, 4, 20)));

    assertThat(paid.status()).isEqualTo(CaseStatus.EXECUTED);
    assertThat(paid.deadline()).isNull();
    assertThat(paid.procedure().finePaid()).isEqualByComparingTo("25601.00");
    assertThat(paid.procedure().returnedAmount()).isEqualByComparingTo("12800.50");
    assertThat(paid.outstanding()).isEqualByComparingTo("0.00");
    assertThat(paid.history())
        .extracting(HistoryEntry::kind)
        .endsWith(HistoryKind.PAYMENT_RECEIVED, HistoryKind.EXECUTED);
  }

  // ---- overdue
  // ----------------------------------------------------------------------------------------

  @Test
  void shouldBeOverdueTheDayAfterTheDeadlineAndAnnouncedOnce() {
    CaseFile opened = open(); // filing due 6 March

    assertThat(opened.deadline().isOverdueOn(LocalDate.of(2026, 3, 6))).isFalse();
    assertThat(opened.deadline().isOverdueOn(LocalDate.of(2026, 3, 7))).isTrue();
    CaseFile announced = opened.announceOverdue(rules(LocalDate.of(2026, 3, 7)).now());
    assertThat(announced.deadline().reported()).isTrue();
    assertThat(announced.history())
        .last()
        .satisfies(h -> assertThat(h.kind()).isEqualTo(HistoryKind.OVERDUE));
    assertThatThrownBy(() -> announced.announceOverdue(rules(LocalDate.of(2026, 3, 8)).now()))
        .isInstanceOf(IllegalStateException.class);
    // filing sets a new deadline, not yet announced
    CaseFile filed =
        announced.take(step(StepAction.FILE, "2026-03-09"), rules(LocalDate.of(2026, 3, 9)));
    assertThat(filed.deadline().reported()).isFalse();
  }

  // ---- helpers
  // ----------------------------------------------------------------------------------------

  private static ProcedureRules rules(LocalDate today) {
    return ProcedureRulesMother.on(today);
  }

  private static Step step(StepAction action, String on) {
    return Step.of(action, on == null ? null : LocalDate.parse(on), "county-admin");
  }

  private CaseFile open() {
    return CaseFile.openFrom(finding, null, PATH_990102, rules(TODAY));
  }

  private CaseFile filed() {
    return open().take(step(StepAction.FILE, "2026-02-11"), rules(LocalDate.of(2026, 2, 11)));
  }

  private CaseFile notified(boolean agreementMeasure) {
    return filed()
        .take(
            step(StepAction.NOTIFY, "2026-02-12")
                .withProposal("拟罚款25601.00元", new BigDecimal("25601.00"), agreementMeasure),
            rules(LocalDate.of(2026, 2, 12)));
  }

  private CaseFile decided() {
    CaseFile waived =
        notified(false)
            .take(step(StepAction.WAIVE, "2026-02-13"), rules(LocalDate.of(2026, 2, 13)));
    return waived.decide(decision(LocalDate.of(2026, 2, 13)), rules(LocalDate.of(2026, 2, 13)));
  }

  private CaseFile inStatus(CaseStatus status) {
    return switch (status) {
      case CLUE -> open();
      case FILED -> filed();
      case NOTIFIED -> notified(true);
      case DECIDED -> decided();
      case SERVED ->
          decided()
              .take(
                  step(StepAction.SERVE, "2026-02-13").withService(null, "院长(演示)"),
                  rules(LocalDate.of(2026, 2, 13)));
      case EXECUTED ->
          inStatus(CaseStatus.SERVED)
              .take(
                  step(StepAction.EXECUTE, "2026-02-14")
                      .withPayment(new BigDecimal("25601.00"), new BigDecimal("12800.50")),
                  rules(LocalDate.of(2026, 2, 14)));
      case RECTIFYING ->
          inStatus(CaseStatus.EXECUTED)
              .take(
                  step(StepAction.ORDER_RECTIFICATION, "2026-02-14")
                      .withDeadline(LocalDate.of(2026, 3, 31)),
                  rules(LocalDate.of(2026, 2, 14)));
      case CLOSED ->
          inStatus(CaseStatus.EXECUTED)
              .take(step(StepAction.CLOSE, "2026-02-14"), rules(LocalDate.of(2026, 2, 14)));
    };
  }

  /**
   * A step that meets every legal condition of its action on case {@code c} (dated its last step's
   * day).
   */
  private static Step validStep(StepAction action, CaseFile c) {
    LocalDate on = c.procedure().lastStepOn();
    Step step = Step.of(action, on, "county-admin");
    return switch (action) {
      case EXTEND_FILING, DECLINE, DISMISS, REVOKE_DECISION -> step.withReason("理由(演示)");
      case EXTEND_DECISION -> step.withReason("理由(演示)").withDays(10);
      case NOTIFY -> step.withProposal("拟处罚(演示)", new BigDecimal("25601.00"), true);
      case RECORD_STATEMENT -> step.withNote("当事人陈述(演示)");
      case LEGAL_REVIEW ->
          Step.of(action, on.plusDays(20), "county-admin"); // after the statement period
      case SERVE -> step.withService("直接送达", "院长(演示)");
      case EXECUTE -> step.withPayment(new BigDecimal("25601.00"), new BigDecimal("12800.50"));
      case ORDER_RECTIFICATION -> step.withDeadline(on.plusDays(30));
      default -> step;
    };
  }

  private static Decision decision(LocalDate on) {
    return new Decision(
        new DecisionNumber("990102", 2026, 1),
        List.of(
            new Measure(
                MeasureKind.SUSPEND_AGREEMENT,
                6,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 8, 31),
                List.of("骨科"))),
        new BigDecimal("25601.00"),
        "《医疗保障基金使用监督管理条例》第三十八条",
        on,
        "county-admin",
        new BigDecimal("12800.50"),
        "38",
        CreditConsequence.RECORD,
        null,
        List.of("张局长(演示)"),
        List.of(),
        List.of());
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            Refusal.class, refused -> assertThat(refused.code()).isEqualTo(code));
  }
}
