package org.ybjg.registry.filing.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.chassis.domain.Refusal;

/**
 * The filing rules as data (configured in application.yml): the deadline of year Y is {@code
 * deadline} in year Y+1 (承医保发〔2019〕2号 §5: "每年2月底前"; {@code --02-29} means the last day of February
 * in any year), and the attachment kinds a filing must carry.
 */
public record FilingPolicy(MonthDay deadline, Set<AttachmentKind> requiredAttachments) {

  public FilingPolicy {
    Objects.requireNonNull(deadline, "deadline");
    requiredAttachments =
        requiredAttachments == null || requiredAttachments.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(requiredAttachments));
  }

  /**
   * The deadline of the filing that covers {@code year}: {@link #deadline} of the following year.
   */
  public LocalDate deadlineOf(int year) {
    return deadline.atYear(year + 1);
  }

  /**
   * The deadline on the working-day calendar: when {@link #deadlineOf(int)} is a weekend or holiday
   * not worked, the filing is due on the next working day (《民法典》 art. 203:
   * 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日). For 2026 the last day of February is a Saturday worked
   * (国办发明电〔2025〕7号) and stays; 28 February 2027 is a Sunday.
   */
  public LocalDate deadlineOf(int year, WorkingDayCalendar calendar) {
    return calendar.nextWorkingDayFrom(deadlineOf(year));
  }

  /**
   * Checks a submission for {@code year} made on {@code today}.
   *
   * @throws Refusal {@code filing-year-in-future}, {@code ranking-out-of-order} or {@code
   *     filing-incomplete}
   */
  public void check(int year, FilingContents contents, LocalDate today) {
    if (year > today.getYear()) {
      throw Refusal.rule(
          "filing-year-in-future",
          "year",
          "The filing of " + year + " cannot be submitted before that year.");
    }
    checkRanks(
        "contents.drugSalesRanking",
        contents.drugSalesRanking().size(),
        i -> contents.drugSalesRanking().get(i).rank());
    checkRanks(
        "contents.serviceItemRanking",
        contents.serviceItemRanking().size(),
        i -> contents.serviceItemRanking().get(i).rank());
    Set<AttachmentKind> missing = EnumSet.noneOf(AttachmentKind.class);
    missing.addAll(requiredAttachments);
    contents.attachments().forEach(attachment -> missing.remove(attachment.kind()));
    if (!missing.isEmpty()) {
      List<String> names = missing.stream().map(kind -> kind.name() + " " + kind.label()).toList();
      // 承医保发〔2019〕2号 §5: not providing the materials counts as refusing inspection
      throw Refusal.rule(
          "filing-incomplete",
          "contents.attachments",
          "The filing lacks the required attachments: " + String.join(", ", names) + ".");
    }
  }

  /** A ranking is numbered 1..n in order (ties are not ranks of a sales list). */
  private static void checkRanks(String field, int size, IntUnaryOperator rankAt) {
    for (int i = 0; i < size; i++) {
      if (rankAt.applyAsInt(i) != i + 1) {
        throw Refusal.rule(
            "ranking-out-of-order",
            field + "[" + i + "].rank",
            "Ranks must run 1.."
                + size
                + " in order; entry "
                + (i + 1)
                + " has rank "
                + rankAt.applyAsInt(i)
                + ".");
      }
    }
  }
}
