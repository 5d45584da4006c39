package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ybjg.chassis.domain.Yuan;

/**
 * Recovery of the money a decision orders (DOMAIN.md §4: recovery of funds): the payments received and, where
 * approved, an instalment plan (《行政处罚法》第六十六条: 确有经济困难 … 经当事人申请和行政机关批准，可以暂缓或者分期缴纳).
 */
public record Recovery(String instalmentReason, List<Instalment> instalments, List<Payment> payments) {

  public static final Recovery NONE = new Recovery(null, List.of(), List.of());

  public Recovery {
    instalments = instalments == null ? List.of() : List.copyOf(instalments);
    payments = payments == null ? List.of() : List.copyOf(payments);
  }

  public BigDecimal paid(PaymentKind kind) {
    return payments.stream().filter(p -> p.kind() == kind).map(Payment::amount)
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

  /** The due day of the first instalment not yet covered by the payments, or null (no plan, or all covered). */
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

  /** Whether instalment {@code index} is covered by the payments so far (payments settle instalments in order). */
  public boolean covers(int index) {
    BigDecimal cumulative = BigDecimal.ZERO;
    for (int i = 0; i <= index; i++) {
      cumulative = cumulative.add(instalments.get(i).amount());
    }
    return paidInAll().compareTo(cumulative) >= 0;
  }
}
