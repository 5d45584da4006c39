package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;

/**
 * Recovery of the money a decision orders (docs/domain.md §4: recovery of funds): the payments
 * received and, where approved, an instalment plan (《行政处罚法》第六十六条: 确有经济困难 …
 * 经当事人申请和行政机关批准，可以暂缓或者分期缴纳).
 */
public record Recovery(
    String instalmentReason, List<Instalment> instalments, List<Payment> payments) {

  public static final Recovery NONE = new Recovery(null, List.of(), List.of());

  public Recovery {
    instalments = instalments == null ? List.of() : List.copyOf(instalments);
    payments = payments == null ? List.of() : List.copyOf(payments);
  }

  public BigDecimal paid(PaymentKind kind) {
    return payments.stream()
        .filter(p -> p.kind() == kind)
        .map(Payment::amount)
        .reduce(Yuan.ZERO, BigDecimal::add);
  }

  public BigDecimal paidInAll() {
    return paid(PaymentKind.FINE).add(paid(PaymentKind.RETURN));
  }

  public Recovery with(Payment payment) {
    List<Payment> all = new ArrayList<>(payments);
    all.add(payment);
    return new Recovery(instalmentReason, instalments, all);
  }

  public Recovery planned(String reason, List<Instalment> plan) {
    return new Recovery(reason, plan, payments);
  }

  /**
   * The due day of the first instalment not yet covered by the payments, or null (no plan, or all
   * covered).
   */
  public LocalDate nextInstalmentDue() {
    BigDecimal paid = paidInAll();
    BigDecimal cumulative = BigDecimal.ZERO;
    for (Instalment instalment : instalments) {
      cumulative = cumulative.add(instalment.amount());
      if (cumulative.compareTo(paid) > 0) {
        return instalment.due();
      }
    }
    return null;
  }

  /**
   * Whether instalment {@code index} is covered by the payments so far (payments settle instalments
   * in order).
   */
  public boolean covers(int index) {
    BigDecimal cumulative = BigDecimal.ZERO;
    for (int i = 0; i <= index; i++) {
      cumulative = cumulative.add(instalments.get(i).amount());
    }
    return paidInAll().compareTo(cumulative) >= 0;
  }

  /** Whether the decision orders any money at all (a fine or a return to the fund). */
  public boolean owes(Decision decision) {
    return orZero(decision.fineAmount()).signum() > 0
        || orZero(decision.returnAmount()).signum() > 0;
  }

  /** Whether the payments cover the decision's fine and its return exactly. */
  public boolean settles(Decision decision) {
    return paid(PaymentKind.FINE).compareTo(orZero(decision.fineAmount())) == 0
        && paid(PaymentKind.RETURN).compareTo(orZero(decision.returnAmount())) == 0;
  }

  /**
   * A payment towards the decision, refused when it is not positive or exceeds what is outstanding
   * of its kind.
   */
  public Recovery pay(Payment payment, Decision decision) {
    if (payment.amount() == null || payment.amount().signum() <= 0) {
      throw Refusal.rule("amount-not-positive", "amount", "a payment is a positive sum of yuan");
    }
    BigDecimal owed =
        orZero(payment.kind() == PaymentKind.FINE ? decision.fineAmount() : decision.returnAmount())
            .subtract(paid(payment.kind()));
    if (payment.amount().compareTo(owed) > 0) {
      throw Refusal.rule(
          "overpayment",
          "amount",
          payment.kind().label()
              + " outstanding is "
              + owed.toPlainString()
              + " yuan, not "
              + payment.amount().toPlainString());
    }
    return with(payment);
  }

  /**
   * An approved instalment plan (《行政处罚法》第六十六条): a reason, due days from {@code today} on in order,
   * amounts adding up to what is still owed.
   */
  public Recovery plan(String reason, List<Instalment> plan, LocalDate today, Decision decision) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.rule(
          "reason-required",
          "reason",
          "instalments are approved on the party's application for economic hardship (《行政处罚法》第六十六条)");
    }
    if (plan == null || plan.isEmpty()) {
      throw Refusal.rule(
          "instalments-required", "instalments", "a plan has at least one instalment");
    }
    BigDecimal sum = Yuan.ZERO;
    LocalDate previous = today.minusDays(1);
    for (int i = 0; i < plan.size(); i++) {
      Instalment instalment = plan.get(i);
      if (instalment.amount() == null || instalment.amount().signum() <= 0) {
        throw Refusal.rule(
            "amount-not-positive",
            "instalments[" + i + "].amount",
            "an instalment is a positive sum of yuan");
      }
      if (instalment.due() == null || !instalment.due().isAfter(previous)) {
        throw Refusal.rule(
            "instalment-dates-out-of-order",
            "instalments[" + i + "].due",
            "instalments fall due from today on, each after the previous one");
      }
      previous = instalment.due();
      sum = sum.add(instalment.amount());
    }
    BigDecimal owed =
        orZero(decision.fineAmount()).add(orZero(decision.returnAmount())).subtract(paidInAll());
    if (sum.compareTo(owed) != 0) {
      throw Refusal.rule(
          "instalments-do-not-add-up",
          "instalments",
          "the instalments add up to "
              + sum.toPlainString()
              + " yuan, but "
              + owed.toPlainString()
              + " is owed");
    }
    return planned(reason.strip(), plan);
  }

  static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? Yuan.ZERO : amount;
  }
}
