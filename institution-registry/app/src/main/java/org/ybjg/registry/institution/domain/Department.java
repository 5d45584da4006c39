package org.ybjg.registry.institution.domain;

import org.ybjg.chassis.domain.Refusal;

/**
 * A department (科室) of an institution, e.g. 骨科. Suspensions may name departments (暂停相关责任科室医保服务,
 * docs/law.md#regulation art. 38/40; 承医保发〔2019〕2号 §1 医保科室), and 医保医师 belong to one.
 *
 * @param code the institution's own code of the department, unique within the institution
 * @param name its name, unique within the institution (suspensions name departments by name)
 */
public record Department(String code, String name) {

  public Department {
    if (code == null || code.isBlank() || name == null || name.isBlank()) {
      throw Refusal.rule(
          "department-incomplete", code == null || code.isBlank() ? "code" : "name", "科室须有编码和名称");
    }
    code = code.trim();
    name = name.trim();
  }
}
