package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import java.util.List;

/** A referral of a case to another body, tracked from sending to receipt to the body's feedback. */
public record Referral(
    String id,
    ReferralTarget target,
    ReferralStatus status,
    String reason,
    LocalDate sentOn,
    String sentBy,
    List<ReferralDocument> documents,
    LocalDate receivedOn,
    String receivedBy,
    LocalDate feedbackOn,
    String feedback) {

  public Referral {
    if (id == null
        || target == null
        || status == null
        || reason == null
        || reason.isBlank()
        || sentOn == null) {
      throw new IllegalArgumentException(
          "a referral needs its id, target, status, reason and day sent");
    }
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  public static Referral sent(
      String id,
      ReferralTarget target,
      String reason,
      LocalDate on,
      String by,
      List<ReferralDocument> documents) {
    return new Referral(
        id, target, ReferralStatus.SENT, reason.strip(), on, by, documents, null, null, null, null);
  }

  public boolean isOpen() {
    return status != ReferralStatus.FEEDBACK;
  }

  public Referral received(LocalDate on, String by) {
    return new Referral(
        id, target, ReferralStatus.RECEIVED, reason, sentOn, sentBy, documents, on, by, null, null);
  }

  public Referral answered(LocalDate on, String text) {
    return new Referral(
        id,
        target,
        ReferralStatus.FEEDBACK,
        reason,
        sentOn,
        sentBy,
        documents,
        receivedOn,
        receivedBy,
        on,
        text);
  }
}
