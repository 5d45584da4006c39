package org.ybjg.registry.institution.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A suspension of fund-paid services (暂停医保服务) for a period, of the whole institution (no
 * departments) or of the responsible departments (docs/law.md#regulation art. 38/40: "suspend the
 * responsible department's fund-paid services 6–12 months"). Both ends are inclusive.
 */
public record Suspension(LocalDate from, LocalDate until, List<String> departments) {

  public Suspension {
    if (from == null || until == null) {
      throw new AgreementTransitionRejected("暂停医保服务须有起止日期");
    }
    if (until.isBefore(from)) {
      throw new AgreementTransitionRejected("暂停截止日期 " + until + " 早于开始日期 " + from);
    }
    departments =
        departments == null
            ? List.of()
            : departments.stream()
                .filter(d -> d != null && !d.isBlank())
                .map(String::trim)
                .distinct()
                .toList();
  }

  /**
   * Reads a decision's measure: it starts on {@code from} (default: the decision date) and ends on
   * {@code until}, or {@code months} later (the day before the same date {@code months} on).
   */
  public static Suspension of(
      LocalDate from,
      LocalDate until,
      Integer months,
      List<String> departments,
      LocalDate decidedOn) {
    LocalDate start = from != null ? from : decidedOn;
    if (start == null) {
      throw new AgreementTransitionRejected("暂停医保服务缺少开始日期");
    }
    LocalDate end = until;
    if (end == null && months != null && months > 0) {
      end = start.plusMonths(months).minusDays(1);
    }
    if (end == null) {
      throw new AgreementTransitionRejected("暂停医保服务缺少截止日期或期限（月）");
    }
    return new Suspension(start, end, departments);
  }

  public boolean wholeInstitution() {
    return departments.isEmpty();
  }

  /** "骨科、检验科" or "全院" (the whole institution). */
  public String scopeText() {
    return scopeText(departments);
  }

  /** The scope text of a suspension of {@code departments} (none: the whole institution). */
  static String scopeText(List<String> departments) {
    return departments.isEmpty() ? "全院" : String.join("、", departments);
  }
}
