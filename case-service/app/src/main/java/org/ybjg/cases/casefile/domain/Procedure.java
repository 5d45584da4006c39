package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ybjg.chassis.domain.Refusal;

/**
 * The dates and facts of a case's statutory procedure
 * (docs/law.md#2-administrative-penalty-procedure) and the deadlines they set. Null means "not
 * yet". {@code lastStepOn} is the legal date of the latest step: no step may be dated before it.
 */
public record Procedure(
    LocalDate clueOn,
    LocalDate filingDue,
    Boolean filingExtended,
    LocalDate filedOn,
    LocalDate decisionDue,
    LocalDate notifiedOn,
    String proposal,
    Boolean hearingRight,
    LocalDate statementDue,
    LocalDate hearingRequestedOn,
    LocalDate hearingHeldOn,
    Boolean waived,
    LocalDate legalReviewOn,
    List<String> legalReviewBy,
    LocalDate servedOn,
    LocalDate serviceDue,
    String serviceMethod,
    String recipient,
    LocalDate paymentDue,
    LocalDate executedOn,
    BigDecimal finePaid,
    BigDecimal returnedAmount,
    LocalDate rectificationDue,
    LocalDate rectifiedOn,
    LocalDate closedOn,
    String closingReason,
    List<Extension> extensions,
    List<String> statements,
    LocalDate lastStepOn) {

  public Procedure {
    legalReviewBy = legalReviewBy == null ? List.of() : List.copyOf(legalReviewBy);
    extensions = extensions == null ? List.of() : List.copyOf(extensions);
    statements = statements == null ? List.of() : List.copyOf(statements);
  }

  /** The procedure of a freshly registered clue, to be filed by {@code filingDue}. */
  public static Procedure ofClue(LocalDate clueOn, LocalDate filingDue) {
    Draft d = new Draft();
    d.clueOn = clueOn;
    d.filingDue = filingDue;
    d.filingExtended = false;
    d.lastStepOn = clueOn;
    return d.build();
  }

  public boolean isWaived() {
    return Boolean.TRUE.equals(waived);
  }

  public boolean hasHearingRight() {
    return Boolean.TRUE.equals(hearingRight);
  }

  public boolean hearingPending() {
    return hearingRequestedOn != null && hearingHeldOn == null;
  }

  /**
   * Refuses to go on while the party may still state, defend or ask for a hearing: a requested
   * hearing is held first, and the statement period runs out unless the party heard or waived it
   * (《行政处罚法》第四十五条、第六十四条).
   */
  public void requireStatementsOver(LocalDate on) {
    if (hearingPending()) {
      throw Refusal.rule(
          "hearing-pending",
          "action",
          "the party requested a hearing on "
              + hearingRequestedOn
              + "; hold it first (《行政处罚法》第六十四条)");
    }
    if (hearingHeldOn == null && !isWaived() && !on.isAfter(statementDue)) {
      throw Refusal.rule(
          "statement-period-running",
          "on",
          "the party may state, defend and request a "
              + "hearing until "
              + statementDue
              + " (《行政处罚法》第四十五条、第六十四条); wait, or record its "
              + "written waiver");
    }
  }

  /**
   * A step's legal date: today when not given, never in the future nor before the previous step.
   */
  public LocalDate dateOf(LocalDate requested, ProcedureRules rules) {
    LocalDate on = requested == null ? rules.today() : requested;
    if (on.isAfter(rules.today())) {
      throw Refusal.rule(
          "step-date-in-future", "on", "a step cannot be dated in the future (" + on + ")");
    }
    if (lastStepOn != null && on.isBefore(lastStepOn)) {
      throw Refusal.rule(
          "step-date-before-previous",
          "on",
          "a step cannot be dated " + on + ", before the previous step of " + lastStepOn);
    }
    return on;
  }

  /** Total days the decision period was extended by. */
  public int extendedDays() {
    return extensions.stream().mapToInt(Extension::days).sum();
  }

  public Draft draft() {
    Draft d = new Draft();
    d.clueOn = clueOn;
    d.filingDue = filingDue;
    d.filingExtended = filingExtended;
    d.filedOn = filedOn;
    d.decisionDue = decisionDue;
    d.notifiedOn = notifiedOn;
    d.proposal = proposal;
    d.hearingRight = hearingRight;
    d.statementDue = statementDue;
    d.hearingRequestedOn = hearingRequestedOn;
    d.hearingHeldOn = hearingHeldOn;
    d.waived = waived;
    d.legalReviewOn = legalReviewOn;
    d.legalReviewBy = legalReviewBy;
    d.servedOn = servedOn;
    d.serviceDue = serviceDue;
    d.serviceMethod = serviceMethod;
    d.recipient = recipient;
    d.paymentDue = paymentDue;
    d.executedOn = executedOn;
    d.finePaid = finePaid;
    d.returnedAmount = returnedAmount;
    d.rectificationDue = rectificationDue;
    d.rectifiedOn = rectifiedOn;
    d.closedOn = closedOn;
    d.closingReason = closingReason;
    d.extensions = extensions;
    d.statements = statements;
    d.lastStepOn = lastStepOn;
    return d;
  }

  /** A mutable copy used by the transitions; {@link #build} freezes it again. */
  public static final class Draft {
    public LocalDate clueOn;
    public LocalDate filingDue;
    public Boolean filingExtended;
    public LocalDate filedOn;
    public LocalDate decisionDue;
    public LocalDate notifiedOn;
    public String proposal;
    public Boolean hearingRight;
    public LocalDate statementDue;
    public LocalDate hearingRequestedOn;
    public LocalDate hearingHeldOn;
    public Boolean waived;
    public LocalDate legalReviewOn;
    public List<String> legalReviewBy;
    public LocalDate servedOn;
    public LocalDate serviceDue;
    public String serviceMethod;
    public String recipient;
    public LocalDate paymentDue;
    public LocalDate executedOn;
    public BigDecimal finePaid;
    public BigDecimal returnedAmount;
    public LocalDate rectificationDue;
    public LocalDate rectifiedOn;
    public LocalDate closedOn;
    public String closingReason;
    public List<Extension> extensions;
    public List<String> statements;
    public LocalDate lastStepOn;

    public Procedure build() {
      return new Procedure(
          clueOn,
          filingDue,
          filingExtended,
          filedOn,
          decisionDue,
          notifiedOn,
          proposal,
          hearingRight,
          statementDue,
          hearingRequestedOn,
          hearingHeldOn,
          waived,
          legalReviewOn,
          legalReviewBy,
          servedOn,
          serviceDue,
          serviceMethod,
          recipient,
          paymentDue,
          executedOn,
          finePaid,
          returnedAmount,
          rectificationDue,
          rectifiedOn,
          closedOn,
          closingReason,
          extensions,
          statements,
          lastStepOn);
    }
  }
}
