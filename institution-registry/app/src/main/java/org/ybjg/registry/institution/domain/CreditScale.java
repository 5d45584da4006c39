package org.ybjg.registry.institution.domain;

import java.util.List;
import java.util.Objects;

/**
 * The credit grade scale as data (default A–E, configured in application.yml): grades from best to
 * worst, each with the most unrepaired records and serious records it allows. An institution gets
 * the first grade its counts fit; the last grade must allow anything.
 */
public record CreditScale(List<Grade> grades) {

  /**
   * @param maxRecords most unrepaired records of any severity
   * @param maxSerious most unrepaired serious records
   * @param blackList whether institutions of this grade are on the black list (失信名单)
   */
  public record Grade(
      String code, String label, int maxRecords, int maxSerious, boolean blackList) {
    public Grade {
      Objects.requireNonNull(code, "code");
    }
  }

  public CreditScale {
    grades = List.copyOf(grades);
    if (grades.isEmpty()) {
      throw new IllegalArgumentException("a credit scale needs at least one grade");
    }
  }

  /** The best grade: institutions with it (and a current agreement) are on the red list (守信名单). */
  public Grade best() {
    return grades.get(0);
  }

  public Grade gradeOf(List<CreditRecord> records) {
    long open = records.stream().filter(r -> !r.repaired()).count();
    long serious =
        records.stream()
            .filter(r -> !r.repaired() && r.severity() == CreditSeverity.SERIOUS)
            .count();
    for (Grade grade : grades) {
      if (open <= grade.maxRecords() && serious <= grade.maxSerious()) {
        return grade;
      }
    }
    return grades.get(grades.size() - 1);
  }

  public List<String> blackListed() {
    return grades.stream().filter(Grade::blackList).map(Grade::code).toList();
  }
}
