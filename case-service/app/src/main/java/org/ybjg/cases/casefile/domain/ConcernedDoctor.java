package org.ybjg.cases.casefile.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ybjg.chassis.domain.Refusal;

/**
 * A 医保医师 of the institution that a decision names as concerned (docs/domain.md §2: credit records
 * for doctors from case decisions). The registry records the doctor's credit from the published
 * decision.
 *
 * @param doctorId the doctor's registry id (医保医师编码)
 * @param practiceCode the practising code as written in the decision, or null
 */
public record ConcernedDoctor(String doctorId, String name, String practiceCode) {

  /** At most this many doctors are named in one decision. */
  public static final int MAX = 50;

  /**
   * Checks and trims what an officer names: id and name not blank, no doctor twice, at most {@link
   * #MAX}.
   *
   * @throws Refusal naming the offending field, e.g. {@code doctors[1].name}
   */
  public static List<ConcernedDoctor> checked(List<ConcernedDoctor> requested) {
    if (requested == null || requested.isEmpty()) {
      return List.of();
    }
    if (requested.size() > MAX) {
      throw Refusal.rule(
          "too-many-doctors", "doctors", "a decision names at most " + MAX + " doctors");
    }
    List<ConcernedDoctor> checked = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < requested.size(); i++) {
      ConcernedDoctor doctor = requested.get(i);
      String field = "doctors[" + i + "]";
      if (doctor == null || blank(doctor.doctorId())) {
        throw Refusal.rule("doctor-incomplete", field + ".doctorId", "医保医师编码不能为空");
      }
      if (blank(doctor.name())) {
        throw Refusal.rule("doctor-incomplete", field + ".name", "医保医师姓名不能为空");
      }
      String id = doctor.doctorId().strip();
      if (!seen.add(id)) {
        throw Refusal.rule("doctor-duplicate", field + ".doctorId", "医保医师 " + id + " 重复列出");
      }
      checked.add(
          new ConcernedDoctor(
              id,
              doctor.name().strip(),
              blank(doctor.practiceCode()) ? null : doctor.practiceCode().strip()));
    }
    return List.copyOf(checked);
  }

  /** The document line's text for this doctor: 张三（编码 D001） or 张三 without a practising code. */
  public String describe() {
    return practiceCode == null ? name : name + "（编码 " + practiceCode + "）";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
