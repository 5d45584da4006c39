package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ybjg.chassis.domain.Refusal;

/**
 * A case's referrals (移送) and how each moves on: SENT → RECEIVED → FEEDBACK, one open referral per
 * body. A view over the case's stored {@code referrals} list, which keeps its shape.
 */
public record Referrals(List<Referral> all) {

  public Referrals {
    all = all == null ? List.of() : List.copyOf(all);
  }

  /**
   * The referrals with {@code referral} added, refused while one to the same body is still open.
   */
  public Referrals add(Referral referral) {
    if (all.stream().anyMatch(r -> r.target() == referral.target() && r.isOpen())) {
      throw new ReferralClash(
          "already-referred",
          "the case was already referred to "
              + referral.target().label()
              + " and the referral is open");
    }
    List<Referral> next = new ArrayList<>(all);
    next.add(referral);
    return new Referrals(next);
  }

  /** What tracking a referral changed: the referrals after it, and the step history records. */
  public record Tracked(Referrals referrals, Referral before, HistoryKind kind) {}

  /**
   * Records receipt by the body (SENT → RECEIVED) or its feedback (RECEIVED → FEEDBACK), dated
   * {@code on}.
   */
  public Tracked track(
      String referralId, ReferralStatus to, LocalDate on, LocalDate today, String by, String text) {
    Referral current =
        all.stream()
            .filter(r -> r.id().equals(referralId))
            .findFirst()
            .orElseThrow(() -> Refusal.notFound("the case has no referral " + referralId));
    LocalDate day = on == null ? today : on;
    if (day.isAfter(today)) {
      throw Refusal.rule(
          "step-date-in-future", "on", "a step cannot be dated in the future (" + day + ")");
    }
    Referral updated;
    HistoryKind kind;
    if (to == ReferralStatus.RECEIVED && current.status() == ReferralStatus.SENT) {
      updated = current.received(day, by == null || by.isBlank() ? null : by.strip());
      kind = HistoryKind.REFERRAL_RECEIVED;
    } else if (to == ReferralStatus.FEEDBACK && current.status() == ReferralStatus.RECEIVED) {
      if (text == null || text.isBlank()) {
        throw Refusal.rule("feedback-text-required", "text", "record what the body answered");
      }
      updated = current.answered(day, text.strip());
      kind = HistoryKind.REFERRAL_FEEDBACK;
    } else {
      throw new ReferralClash(
          "transition-not-allowed",
          "a referral "
              + current.status()
              + " ("
              + current.status().label()
              + ") cannot become "
              + to
              + "; the order is SENT → RECEIVED → FEEDBACK");
    }
    if (day.isBefore(current.sentOn())
        || current.receivedOn() != null && day.isBefore(current.receivedOn())) {
      throw Refusal.rule(
          "step-date-before-previous",
          "on",
          "a referral step cannot be dated " + day + ", before the previous one");
    }
    List<Referral> next = new ArrayList<>();
    for (Referral r : all) {
      next.add(r.id().equals(referralId) ? updated : r);
    }
    return new Tracked(new Referrals(next), current, kind);
  }
}
