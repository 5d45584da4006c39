package org.ybjg.registry.institution.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ybjg.chassis.domain.Refusal;

/**
 * The departments (科室) an institution has on record, in the order they were added. Codes and names
 * are each unique within the institution: doctors belong to a department by its code, suspensions
 * name departments by name.
 */
public record Departments(List<Department> all) {

  public Departments {
    all = all == null ? List.of() : List.copyOf(all);
  }

  public Optional<Department> byCode(String code) {
    return all.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /** These departments and {@code department}, whose code and name must both be new here. */
  Departments with(Department department) {
    for (Department existing : all) {
      if (existing.code().equals(department.code())) {
        throw new InstitutionConflict("duplicate-department", "科室编码 " + department.code() + " 已存在");
      }
      if (existing.name().equals(department.name())) {
        throw new InstitutionConflict("duplicate-department", "科室“" + department.name() + "”已存在");
      }
    }
    List<Department> next = new ArrayList<>(all);
    next.add(department);
    return new Departments(next);
  }

  /**
   * Refuses a suspension naming a department this institution does not have: it would suspend
   * nothing.
   */
  void requireNamed(List<String> names) {
    for (String named : names) {
      if (all.stream().noneMatch(d -> d.name().equals(named))) {
        throw Refusal.rule("unknown-department", "departments", "本机构没有名为“" + named + "”的科室（先登记科室）");
      }
    }
  }
}
