package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.ybjg.chassis.domain.Yuan;

/**
 * The late-payment surcharge on a fine (加处罚款, 《中华人民共和国行政处罚法》第七十二条第一款第一项): a fine not paid by its
 * due day (15 days from service, 第六十七条第三款) accrues 3 % of the unpaid fine for every day late, and
 * the surcharge never exceeds the fine itself. An instalment or deferral approved under 第六十六条
 * replaces the due day: then only an instalment not paid by its own due day accrues (on the fine
 * still unpaid, at most the overdue instalment). Calendar days throughout.
 *
 * @param amount the surcharge accrued up to the day asked about (or the day the fine was paid)
 * @param accruesFrom the first late day (the day after the due day), null while none is late
 * @param days how many late days accrued something
 * @param capped whether the cap (the fine) was reached
 */
public record LateSurcharge(BigDecimal amount, LocalDate accruesFrom, int days, boolean capped) {

  /** 百分之三 per day (第七十二条). */
  public static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

  public static final LateSurcharge NONE = new LateSurcharge(Yuan.ZERO, null, 0, false);

  /**
   * The surcharge on {@code fine} due on {@code due} (null: not yet served, nothing due), with the
   * approved {@code instalments} (empty: none) and the {@code payments} so far, up to {@code until}
   * (today, or the day the fine was paid in full).
   *
   * @param paidInFullOn the day the fine was paid in full (the surcharge stops there), or null
   */
  public static LateSurcharge of(
      BigDecimal fine,
      LocalDate due,
      List<Instalment> instalments,
      List<Payment> payments,
      LocalDate paidInFullOn,
      LocalDate until) {
    if (fine == null || fine.signum() <= 0 || (due == null && instalments.isEmpty())) {
      return NONE;
    }
    LocalDate end = paidInFullOn != null && paidInFullOn.isBefore(until) ? paidInFullOn : until;
    BigDecimal total = Yuan.ZERO;
    LocalDate first = null;
    int days = 0;
    LocalDate start =
        instalments.isEmpty() ? due.plusDays(1) : instalments.get(0).due().plusDays(1);
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      BigDecimal base = lateOn(day, fine, due, instalments, payments);
      if (base.signum() <= 0) {
        continue;
      }
      first = first == null ? day : first;
      days++;
      total = total.add(base.multiply(DAILY_RATE)).setScale(2, RoundingMode.HALF_UP);
      if (total.compareTo(fine) >= 0) {
        return new LateSurcharge(fine.setScale(2, RoundingMode.HALF_UP), first, days, true);
      }
    }
    return first == null ? NONE : new LateSurcharge(total, first, days, false);
  }

  /** The part of the fine late on {@code day}: what was not paid before that day and was due. */
  private static BigDecimal lateOn(
      LocalDate day,
      BigDecimal fine,
      LocalDate due,
      List<Instalment> instalments,
      List<Payment> payments) {
    BigDecimal fineUnpaid = fine.subtract(paidBefore(day, payments, PaymentKind.FINE));
    if (instalments.isEmpty()) {
      return day.isAfter(due) ? fineUnpaid : Yuan.ZERO;
    }
    BigDecimal dueBefore =
        instalments.stream()
            .filter(i -> i.due().isBefore(day))
            .map(Instalment::amount)
            .reduce(Yuan.ZERO, BigDecimal::add);
    BigDecimal paid =
        paidBefore(day, payments, PaymentKind.FINE)
            .add(paidBefore(day, payments, PaymentKind.RETURN));
    BigDecimal overdue = dueBefore.subtract(paid);
    return overdue.signum() <= 0 ? Yuan.ZERO : overdue.min(fineUnpaid);
  }

  private static BigDecimal paidBefore(LocalDate day, List<Payment> payments, PaymentKind kind) {
    return payments.stream()
        .filter(p -> p.kind() == kind && p.on().isBefore(day))
        .map(Payment::amount)
        .reduce(Yuan.ZERO, BigDecimal::add);
  }
}
