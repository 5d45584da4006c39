package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A procedure step as an officer records it. {@code on} is its legal date (null: today); {@code
 * actor} the acting officer's username; {@code signedBy} who signed (empty: the actor). Which other
 * fields matter depends on the action.
 */
public record Step(
    StepAction action,
    LocalDate on,
    String actor,
    List<String> signedBy,
    String note,
    String reason,
    Integer days,
    String proposal,
    BigDecimal proposedFine,
    Boolean proposesAgreementMeasure,
    String method,
    String recipient,
    BigDecimal finePaid,
    BigDecimal returnedAmount,
    LocalDate deadline) {

  public Step {
    if (action == null || actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("a step needs its action and actor");
    }
    signedBy =
        signedBy == null
            ? List.of()
            : signedBy.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A step with only the action, date and actor (tests and simple steps). */
  public static Step of(StepAction action, LocalDate on, String actor) {
    return new Step(
        action, on, actor, List.of(), null, null, null, null, null, null, null, null, null, null,
        null);
  }

  public Step withNote(String text) {
    return new Step(
        action,
        on,
        actor,
        signedBy,
        text,
        reason,
        days,
        proposal,
        proposedFine,
        proposesAgreementMeasure,
        method,
        recipient,
        finePaid,
        returnedAmount,
        deadline);
  }

  public Step withReason(String text) {
    return new Step(
        action,
        on,
        actor,
        signedBy,
        note,
        text,
        days,
        proposal,
        proposedFine,
        proposesAgreementMeasure,
        method,
        recipient,
        finePaid,
        returnedAmount,
        deadline);
  }

  public Step withDays(Integer count) {
    return new Step(
        action,
        on,
        actor,
        signedBy,
        note,
        reason,
        count,
        proposal,
        proposedFine,
        proposesAgreementMeasure,
        method,
        recipient,
        finePaid,
        returnedAmount,
        deadline);
  }

  public Step withProposal(String text, BigDecimal fine, Boolean agreementMeasure) {
    return new Step(
        action,
        on,
        actor,
        signedBy,
        note,
        reason,
        days,
        text,
        fine,
        agreementMeasure,
        method,
        recipient,
        finePaid,
        returnedAmount,
        deadline);
  }

  public Step withService(String how, String who) {
    return new Step(
        action,
        on,
        actor,
        signedBy,
        note,
        reason,
        days,
        proposal,
        proposedFine,
        proposesAgreementMeasure,
        how,
        who,
        finePaid,
        returnedAmount,
        deadline);
  }

  public Step withPayment(BigDecimal fine, BigDecimal returned) {
    return new Step(
        action,
        on,
        actor,
        signedBy,
        note,
        reason,
        days,
        proposal,
        proposedFine,
        proposesAgreementMeasure,
        method,
        recipient,
        fine,
        returned,
        deadline);
  }

  public Step withDeadline(LocalDate day) {
    return new Step(
        action,
        on,
        actor,
        signedBy,
        note,
        reason,
        days,
        proposal,
        proposedFine,
        proposesAgreementMeasure,
        method,
        recipient,
        finePaid,
        returnedAmount,
        day);
  }

  public Step signedBy(List<String> names) {
    return new Step(
        action,
        on,
        actor,
        names,
        note,
        reason,
        days,
        proposal,
        proposedFine,
        proposesAgreementMeasure,
        method,
        recipient,
        finePaid,
        returnedAmount,
        deadline);
  }

  /** Who signed: the named signatories, else the actor. */
  public List<String> signatories() {
    return signedBy.isEmpty() ? List.of(actor) : signedBy;
  }
}
