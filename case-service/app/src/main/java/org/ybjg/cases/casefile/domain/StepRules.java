package org.ybjg.cases.casefile.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The procedure's state machine (docs/law.md): which steps each status allows — anything else is
 * 409 transition-not-allowed — and the rule each step follows.
 */
final class StepRules {

  private static final Map<CaseStatus, Set<StepAction>> ALLOWED = allowed();
  private static final Map<StepAction, StepRule> RULES = rules();

  private StepRules() {}

  static Set<StepAction> allowedIn(CaseStatus status) {
    return ALLOWED.getOrDefault(status, Set.of());
  }

  static StepRule of(StepAction action) {
    return RULES.get(action);
  }

  private static Map<CaseStatus, Set<StepAction>> allowed() {
    Map<CaseStatus, Set<StepAction>> map = new EnumMap<>(CaseStatus.class);
    map.put(
        CaseStatus.CLUE, EnumSet.of(StepAction.FILE, StepAction.EXTEND_FILING, StepAction.DECLINE));
    map.put(
        CaseStatus.FILED,
        EnumSet.of(StepAction.NOTIFY, StepAction.EXTEND_DECISION, StepAction.DISMISS));
    map.put(
        CaseStatus.NOTIFIED,
        EnumSet.of(
            StepAction.RECORD_STATEMENT,
            StepAction.REQUEST_HEARING,
            StepAction.HOLD_HEARING,
            StepAction.WAIVE,
            StepAction.LEGAL_REVIEW,
            StepAction.EXTEND_DECISION,
            StepAction.DISMISS));
    // a decision revoked (on review, in court, or corrected by the bureau itself, 《行政处罚法》第七十五条)
    // closes the case as not upheld at any point before it is closed
    map.put(CaseStatus.DECIDED, EnumSet.of(StepAction.SERVE, StepAction.REVOKE_DECISION));
    map.put(CaseStatus.SERVED, EnumSet.of(StepAction.EXECUTE, StepAction.REVOKE_DECISION));
    map.put(
        CaseStatus.EXECUTED,
        EnumSet.of(StepAction.ORDER_RECTIFICATION, StepAction.CLOSE, StepAction.REVOKE_DECISION));
    map.put(
        CaseStatus.RECTIFYING,
        EnumSet.of(StepAction.CONFIRM_RECTIFICATION, StepAction.REVOKE_DECISION));
    map.put(CaseStatus.CLOSED, EnumSet.noneOf(StepAction.class));
    return map;
  }

  private static Map<StepAction, StepRule> rules() {
    Map<StepAction, StepRule> map = new EnumMap<>(StepAction.class);
    map.put(StepAction.FILE, FilingSteps::file);
    map.put(StepAction.EXTEND_FILING, FilingSteps::extendFiling);
    map.put(StepAction.DECLINE, FilingSteps::end);
    map.put(StepAction.DISMISS, FilingSteps::end);
    map.put(StepAction.EXTEND_DECISION, FilingSteps::extendDecision);
    map.put(StepAction.NOTIFY, HearingSteps::notify);
    map.put(StepAction.RECORD_STATEMENT, HearingSteps::recordStatement);
    map.put(StepAction.REQUEST_HEARING, HearingSteps::requestHearing);
    map.put(StepAction.HOLD_HEARING, HearingSteps::holdHearing);
    map.put(StepAction.WAIVE, HearingSteps::waive);
    map.put(StepAction.LEGAL_REVIEW, HearingSteps::legalReview);
    map.put(StepAction.SERVE, ExecutionSteps::serve);
    map.put(StepAction.EXECUTE, ExecutionSteps::execute);
    map.put(StepAction.ORDER_RECTIFICATION, ExecutionSteps::orderRectification);
    map.put(StepAction.CONFIRM_RECTIFICATION, ExecutionSteps::confirmRectification);
    map.put(StepAction.CLOSE, ExecutionSteps::close);
    map.put(StepAction.REVOKE_DECISION, ExecutionSteps::revoke);
    return map;
  }
}
