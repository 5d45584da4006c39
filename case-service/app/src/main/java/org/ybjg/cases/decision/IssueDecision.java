package org.ybjg.cases.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.AdjustmentKind;
import org.ybjg.cases.casefile.domain.CaseAlreadyDecided;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.ConcernedDoctor;
import org.ybjg.cases.casefile.domain.Decision;
import org.ybjg.cases.casefile.domain.DecisionNumber;
import org.ybjg.cases.casefile.domain.DoctorPoints;
import org.ybjg.cases.casefile.domain.PenaltyAssessment;
import org.ybjg.cases.casefile.domain.ProcedureRules;
import org.ybjg.cases.decision.domain.DecisionDraft;
import org.ybjg.cases.decision.domain.MeasureOrder;
import org.ybjg.cases.decision.domain.MeasureRules;
import org.ybjg.cases.decision.domain.MitigationGround;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.cases.points.domain.PointsRow;
import org.ybjg.cases.points.domain.PointsTable;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;

/**
 * Issues the decision on a case: checks the procedure (notified, statement period over or waived,
 * no hearing pending, legal review for a major decision), the penalty against the rule table
 * (article, range, measures, mitigation, repeat offence), numbers it, and stores the decided case
 * together with {@code case.decision-issued.v1} in one document write.
 *
 * <p>Numbering (gap-free per issuing county and year, docs/architecture.md#identifiers) has no
 * counter document: the number is the highest one already stored on a decided case of that county
 * and year, plus one, and it is written in the same update as the decision. A unique index on
 * (issuer, year, sequence) refuses a number that another decision took in between; we then take the
 * next one and try again. So a number exists only on a stored decision (no gaps, even if the
 * process dies at any point) and never twice (no duplicates). A counter document incremented with
 * {@code $inc} would need a second write, and a failure between the two would leave a hole in the
 * sequence.
 */
@Component
public class IssueDecision {

  private static final Logger log = LoggerFactory.getLogger(IssueDecision.class);
  private static final EventType ISSUED = new EventType(DecisionIssued.TYPE, CaseTopics.EVENTS);

  /**
   * Each retry means another decision of the same county got the number first; a few always
   * suffice.
   */
  static final int NUMBERING_ATTEMPTS = 10;

  private final CaseAccess access;
  private final CaseFiles cases;
  private final AggregateStore store;
  private final Events events;
  private final MeasureRules measureRules;
  private final AssessPenalty assessPenalty;
  private final CaseRules rules;
  private final PointsTable pointsTable;

  IssueDecision(
      CaseAccess access,
      CaseFiles cases,
      AggregateStore store,
      Events events,
      MeasureRules measureRules,
      AssessPenalty assessPenalty,
      CaseRules rules,
      PointsTable pointsTable) {
    this.access = access;
    this.cases = cases;
    this.store = store;
    this.events = events;
    this.measureRules = measureRules;
    this.assessPenalty = assessPenalty;
    this.rules = rules;
    this.pointsTable = pointsTable;
  }

  /**
   * @param expectedVersion the version the officer read (If-Match), or null to take the case as it
   *     is
   */
  public record Command(
      String caseId,
      Long expectedVersion,
      List<MeasureOrder> measures,
      BigDecimal fineAmount,
      BigDecimal returnAmount,
      String basis,
      Set<MitigationGround> mitigation,
      AssessPenalty.Sample sample,
      List<String> signedBy,
      Caller caller,
      List<ConcernedDoctor> doctors) {

    public Command(
        String caseId,
        Long expectedVersion,
        List<MeasureOrder> measures,
        BigDecimal fineAmount,
        BigDecimal returnAmount,
        String basis,
        Set<MitigationGround> mitigation,
        AssessPenalty.Sample sample,
        List<String> signedBy,
        Caller caller) {
      this(
          caseId,
          expectedVersion,
          measures,
          fineAmount,
          returnAmount,
          basis,
          mitigation,
          sample,
          signedBy,
          caller,
          List.of());
    }

    public Command(
        String caseId,
        Long expectedVersion,
        List<MeasureOrder> measures,
        BigDecimal fineAmount,
        String basis,
        Caller caller) {
      this(
          caseId,
          expectedVersion,
          measures,
          fineAmount,
          null,
          basis,
          Set.of(),
          null,
          List.of(),
          caller);
    }
  }

  public CaseFile issue(Command command) {
    access.requireDecider(command.caller());
    CaseFile current = access.visibleCase(command.caseId(), command.caller());
    CaseAccess.requireVersion(current, command.expectedVersion());
    if (current.isDecided()) {
      throw new CaseAlreadyDecided(current.id(), current.decision().number().text());
    }
    ProcedureRules now = rules.now();
    current.requireDecidable(
        now.today(), false); // procedure first: a decision without its prior steps is 409/422
    List<ConcernedDoctor> doctors = ConcernedDoctor.checked(command.doctors());
    PenaltyAssessment assessment =
        assessPenalty.assess(current, command.mitigation(), command.sample()).orElse(null);
    DecisionDraft draft =
        DecisionDraft.of(
            command.measures(),
            command.fineAmount(),
            command.returnAmount(),
            command.basis(),
            measureRules,
            assessment,
            command.signedBy());
    current.requireDecidable(
        now.today(), now.isMajor(draft.fineAmount(), draft.ordersAgreementMeasure()));
    LocalDate today = now.today();
    for (int attempt = 1; attempt <= NUMBERING_ATTEMPTS; attempt++) {
      DecisionNumber number =
          DecisionNumber.following(
              current.countyCode(),
              today.getYear(),
              cases.highestDecisionSequence(current.countyCode(), today.getYear()));
      Decision numbered =
          draft.numbered(number, today, command.caller().username()).withDoctors(doctors);
      CaseFile decided = current.decide(withProposedPoints(numbered, current), now);
      try {
        store.update(
            CaseFiles.COLLECTION,
            current.id(),
            current.version(),
            decided,
            List.of(
                new AggregateStore.Outgoing(
                    CaseTopics.EVENTS,
                    decided.institutionId(),
                    events.envelope(ISSUED, decided.id(), fact(decided)))),
            null);
        log.info("issued decision {} on case {}", number, decided.id());
        return decided;
      } catch (DuplicateKeyException numberTaken) {
        log.debug("decision number {} was taken meanwhile; numbering again", number);
      }
    }
    throw Refusal.conflict(
        "concurrent-change",
        "too many decisions are being issued in county "
            + current.countyCode()
            + " at this moment to number this one; try again");
  }

  /**
   * Each named doctor gets the tier the province's points table gives the institution's violation
   * (医保发〔2024〕23号); the officer confirms points within it afterwards.
   */
  private Decision withProposedPoints(Decision decision, CaseFile c) {
    if (decision.doctors().isEmpty()) {
      return decision;
    }
    PointsRow tier = pointsTable.tierFor(decision.article(), c.category(), c.improperAmount());
    return decision.withDoctorPoints(
        decision.doctors().stream()
            .map(
                d ->
                    DoctorPoints.proposed(
                        d, tier.minPoints(), tier.maxPoints(), tier.source(), tier.toConfirm()))
            .toList());
  }

  private static DecisionIssued fact(CaseFile decided) {
    Decision decision = decided.decision();
    return new DecisionIssued(
        decided.id(),
        decision.number().text(),
        decided.institutionId(),
        decided.countyCode(),
        decision.measures().stream()
            .map(
                m ->
                    new DecisionIssued.Measure(
                        m.kind().name(), m.months(), m.from(), m.until(), m.departments()))
            .toList(),
        decision.fineAmount(),
        decision.decidedOn(),
        decision.decidedBy(),
        decided.category() == null ? null : decided.category().name(),
        decided.improperAmount(),
        decision.returnAmount(),
        decision.article(),
        decision.creditConsequence() == null ? null : decision.creditConsequence().name(),
        decision.penalty() == null
            ? null
            : decision.penalty().adjustments().stream()
                .anyMatch(a -> a.kind() == AdjustmentKind.HEAVIER),
        decision.doctors().isEmpty()
            ? null
            : decision.doctors().stream()
                .map(d -> new DecisionIssued.Doctor(d.doctorId(), d.name(), d.practiceCode()))
                .toList());
  }
}
