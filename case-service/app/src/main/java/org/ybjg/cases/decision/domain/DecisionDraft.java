package org.ybjg.cases.decision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ybjg.cases.casefile.domain.CreditConsequence;
import org.ybjg.cases.casefile.domain.Decision;
import org.ybjg.cases.casefile.domain.DecisionNumber;
import org.ybjg.cases.casefile.domain.Measure;
import org.ybjg.cases.casefile.domain.PenaltyAssessment;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;

/** A decision checked against the rules but not yet numbered: numbering happens as it is stored. */
public record DecisionDraft(
    List<Measure> measures,
    BigDecimal fineAmount,
    BigDecimal returnAmount,
    String basis,
    String article,
    CreditConsequence creditConsequence,
    PenaltyAssessment penalty,
    List<String> signedBy) {

  public DecisionDraft {
    measures = List.copyOf(measures);
    signedBy = signedBy == null ? List.of() : List.copyOf(signedBy);
  }

  /** A draft without a penalty assessment (no rule applies): the officer's basis is required. */
  public static DecisionDraft of(
      List<MeasureOrder> orders, BigDecimal fineAmount, String basis, MeasureRules rules) {
    return of(orders, fineAmount, null, basis, rules, null, List.of());
  }

  /**
   * Checks what an officer asks for: every measure against the measure rule table and the article;
   * the fine against the lawful range of the assessment (or, without one, only that it is yuan);
   * amounts not negative, at most two decimals; a decision orders at least one measure, a fine or a
   * return, unless art. 33 applies.
   */
  public static DecisionDraft of(
      List<MeasureOrder> orders,
      BigDecimal fineAmount,
      BigDecimal returnAmount,
      String basis,
      MeasureRules rules,
      PenaltyAssessment assessment,
      List<String> signedBy) {
    List<Measure> measures = rules.check(orders == null ? List.of() : orders);
    BigDecimal fine = checkedAmount(fineAmount, "fineAmount");
    BigDecimal toReturn = checkedAmount(returnAmount, "returnAmount");
    String trimmedBasis = basis == null || basis.isBlank() ? null : basis.strip();
    String article = null;
    CreditConsequence credit = CreditConsequence.NONE;
    if (assessment != null) {
      PenaltyRules.checkMeasures(assessment, measures);
      fine = PenaltyRules.checkFine(assessment, fine);
      if (toReturn == null) {
        toReturn = assessment.returnAmount();
      }
      if (trimmedBasis == null) {
        trimmedBasis = assessment.citation();
      }
      article = assessment.article();
      credit = assessment.creditConsequence();
    } else if (trimmedBasis == null) {
      throw Refusal.rule(
          "basis-required",
          "basis",
          "no rule of the penalty table covers this violation class: name the legal basis");
    }
    boolean ordersSomething =
        !measures.isEmpty()
            || fine != null && fine.signum() > 0
            || toReturn != null && toReturn.signum() > 0;
    if (!ordersSomething && (assessment == null || !assessment.noPenalty())) {
      throw Refusal.rule(
          "decision-orders-nothing",
          "measures",
          "a decision orders at least one agreement measure, a fine or a return of funds");
    }
    return new DecisionDraft(
        measures, fine, toReturn, trimmedBasis, article, credit, assessment, signedBy);
  }

  /**
   * The decision's own codes for a bad amount (the fine is named apart): clients point at the
   * field.
   */
  private static BigDecimal checkedAmount(BigDecimal amount, String field) {
    if (amount == null) {
      return null;
    }
    if (amount.signum() < 0) {
      throw Refusal.rule(
          field.equals("fineAmount") ? "fine-negative" : "amount-negative",
          field,
          "an amount of yuan cannot be negative");
    }
    if (Yuan.hasFractionsOfAFen(amount)) {
      throw Refusal.rule(
          field.equals("fineAmount") ? "fine-below-fen" : "amount-below-fen",
          field,
          "an amount is in yuan with at most two decimals");
    }
    return Yuan.exact(amount);
  }

  /**
   * Whether the decision is major (legal review, hearing right): an agreement measure or a large
   * fine.
   */
  public boolean ordersAgreementMeasure() {
    return !measures.isEmpty();
  }

  public Decision numbered(DecisionNumber number, LocalDate decidedOn, String decidedBy) {
    return new Decision(
        number,
        measures,
        fineAmount,
        basis,
        decidedOn,
        decidedBy,
        returnAmount,
        article,
        creditConsequence,
        penalty,
        signedBy,
        List.of(),
        List.of());
  }
}
