package org.ybjg.cases.tipoff.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ybjg.chassis.domain.Refusal;

/**
 * A tip-off (举报, 澄江市医保局2024年预算项目文本 §(九)): intake (also anonymous), acknowledgement, verification,
 * handling and feedback to the whistleblower by a receipt code; the whistleblower's identity is for
 * the tip-off's handlers only (docs/architecture.md#security: whistleblower identities are never
 * exposed outside their case); a reward computed from the verified amount by the configured rule
 * and tracked until paid.
 */
public record TipOff(
    String id,
    long version,
    String receiptCode,
    String countyCode,
    List<String> regionPath,
    String institutionId,
    String institutionName,
    String content,
    TipOffChannel channel,
    boolean anonymous,
    Whistleblower whistleblower,
    TipOffStatus status,
    LocalDate receivedOn,
    String receivedBy,
    List<String> handlers,
    BigDecimal verifiedAmount,
    String caseId,
    String feedback,
    Reward reward,
    List<TipOffEntry> history) {

  public TipOff {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    handlers = handlers == null ? List.of() : List.copyOf(handlers);
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** Records a tip-off; a named one needs the whistleblower's name and a contact. */
  public static TipOff receive(
      String id,
      String receiptCode,
      String countyCode,
      List<String> regionPath,
      String institutionId,
      String institutionName,
      String content,
      TipOffChannel channel,
      boolean anonymous,
      Whistleblower whistleblower,
      String officer,
      LocalDate today,
      Instant now) {
    if (!anonymous
        && (whistleblower == null
            || blank(whistleblower.name())
            || blank(whistleblower.phone()) && blank(whistleblower.address()))) {
      throw Refusal.rule(
          "identity-required",
          "whistleblower",
          "a named tip-off records the whistleblower's name and a phone or address to reach them");
    }
    return new TipOff(
        id,
        1,
        receiptCode,
        countyCode,
        regionPath,
        institutionId,
        institutionName,
        content.strip(),
        channel,
        anonymous,
        anonymous ? null : whistleblower,
        TipOffStatus.RECEIVED,
        today,
        officer == null ? ONLINE_INTAKE : officer,
        officer == null ? List.of() : List.of(officer),
        null,
        null,
        null,
        null,
        List.of(new TipOffEntry("受理", now, officer == null ? ONLINE_INTAKE : officer, null)));
  }

  /** Who received a tip-off submitted by a citizen on the disclosure site (网上举报). */
  public static final String ONLINE_INTAKE = "网上举报";

  /**
   * A citizen's tip-off from the disclosure site: channel ONLINE, received by nobody, no handler
   * yet — the first administrator of its region who assigns a handler claims it ({@link
   * #isUnclaimed()}). Same rules as {@link #receive}.
   */
  public static TipOff receiveOnline(
      String id,
      String receiptCode,
      String countyCode,
      List<String> regionPath,
      String institutionName,
      String content,
      boolean anonymous,
      Whistleblower whistleblower,
      LocalDate today,
      Instant now) {
    return receive(
        id,
        receiptCode,
        countyCode,
        regionPath,
        null,
        institutionName,
        content,
        TipOffChannel.ONLINE,
        anonymous,
        whistleblower,
        null,
        today,
        now);
  }

  /** Handlers see the identity and act on the tip-off. */
  public boolean isHandler(String username) {
    return handlers.contains(username);
  }

  /**
   * Nobody handles it yet (a citizen's online tip-off): an administrator of its region may ASSIGN a
   * handler.
   */
  public boolean isUnclaimed() {
    return handlers.isEmpty();
  }

  /**
   * Whether {@code username} may take {@code action}: a handler, or anyone assigning an unclaimed
   * tip-off.
   */
  public boolean mayTake(String username, TipOffAction action) {
    return isHandler(username) || isUnclaimed() && action == TipOffAction.ASSIGN;
  }

  public TipOff take(
      TipOffAction action,
      String handler,
      Boolean verified,
      BigDecimal verifiedAmount,
      String note,
      String linkedCaseId,
      String text,
      String actor,
      RewardRule rule,
      LocalDate today,
      Instant now) {
    if (!mayTake(actor, action)) {
      throw Refusal.rule("not-a-handler", null, "only the tip-off's handlers act on it");
    }
    TipOffStatus next = status;
    List<String> nextHandlers = handlers;
    BigDecimal amount = this.verifiedAmount;
    String nextCase = caseId;
    String nextFeedback = feedback;
    Reward nextReward = reward;
    String entryNote = note;
    switch (action) {
      case ASSIGN -> {
        if (blank(handler)) {
          throw Refusal.rule("handler-required", "handler", "name the handler to assign");
        }
        List<String> all = new ArrayList<>(handlers);
        if (!all.contains(handler.strip())) {
          all.add(handler.strip());
        }
        nextHandlers = all;
        entryNote = handler.strip();
      }
      case ACKNOWLEDGE -> {
        require(TipOffStatus.RECEIVED, action);
        next = TipOffStatus.ACKNOWLEDGED;
      }
      case VERIFY -> {
        require(TipOffStatus.ACKNOWLEDGED, action);
        if (verified == null) {
          throw Refusal.rule(
              "verified-required", "verified", "say whether the tip-off was verified");
        }
        if (verified) {
          if (verifiedAmount == null || verifiedAmount.signum() <= 0) {
            throw Refusal.rule(
                "verified-amount-required",
                "verifiedAmount",
                "a verified tip-off names the verified amount the reward is computed from");
          }
          amount = verifiedAmount;
          next = TipOffStatus.VERIFIED;
          nextReward = anonymous ? null : rule.rewardFor(verifiedAmount);
          entryNote = nextReward == null ? "匿名举报，无法发放奖励" : nextReward.rule();
        } else {
          next = TipOffStatus.UNFOUNDED;
        }
      }
      case HANDLE -> {
        if (status != TipOffStatus.VERIFIED && status != TipOffStatus.UNFOUNDED) {
          throw notAllowed(action);
        }
        next = TipOffStatus.HANDLED;
        nextCase = blank(linkedCaseId) ? caseId : linkedCaseId.strip();
      }
      case FEEDBACK -> {
        require(TipOffStatus.HANDLED, action);
        if (blank(text)) {
          throw Refusal.rule(
              "feedback-text-required",
              "text",
              "the feedback tells the whistleblower " + "the outcome");
        }
        next = TipOffStatus.FEEDBACK_GIVEN;
        nextFeedback = text.strip();
      }
      case PAY_REWARD -> {
        if (reward == null) {
          throw Refusal.rule(
              anonymous ? "reward-needs-identity" : "no-reward",
              "action",
              anonymous
                  ? "an anonymous whistleblower cannot be paid a reward"
                  : "no reward was approved for this tip-off");
        }
        if (reward.status() == RewardStatus.PAID) {
          throw new Refusal(
              Refusal.Kind.CONFLICT,
              "reward-already-paid",
              "action",
              "the reward was paid on " + reward.paidOn());
        }
        nextReward = reward.paid(today);
      }
      default -> throw new IllegalStateException("unhandled " + action);
    }
    List<TipOffEntry> entries = new ArrayList<>(history);
    entries.add(new TipOffEntry(action.label(), now, actor, entryNote));
    return new TipOff(
        id,
        version + 1,
        receiptCode,
        countyCode,
        regionPath,
        institutionId,
        institutionName,
        content,
        channel,
        anonymous,
        whistleblower,
        next,
        receivedOn,
        receivedBy,
        nextHandlers,
        amount,
        nextCase,
        nextFeedback,
        nextReward,
        entries);
  }

  private void require(TipOffStatus expected, TipOffAction action) {
    if (status != expected) {
      throw notAllowed(action);
    }
  }

  private Refusal notAllowed(TipOffAction action) {
    return new Refusal(
        Refusal.Kind.CONFLICT,
        "transition-not-allowed",
        "action",
        "a tip-off "
            + status
            + " ("
            + status.label()
            + ") cannot take "
            + action
            + " ("
            + action.label()
            + ")");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
