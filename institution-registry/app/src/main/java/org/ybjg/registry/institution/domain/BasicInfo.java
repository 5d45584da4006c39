package org.ybjg.registry.institution.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The basic information of an institution a provincial system keeps and sends in bulk imports.
 *
 * @param regionPath the county and its ancestors from the region table, nearest first
 */
public record BasicInfo(
    String name,
    InstitutionType type,
    InstitutionLevel level,
    Ownership ownership,
    String countyCode,
    List<String> regionPath) {

  public BasicInfo {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
  }

  /**
   * What differs from {@code current}, one "名称 旧 → 新" per field; empty when the import changes
   * nothing.
   */
  List<String> differencesFrom(Institution current) {
    List<String> changes = new ArrayList<>();
    if (!name.equals(current.name())) {
      changes.add("名称 " + current.name() + " → " + name);
    }
    if (type != current.type()) {
      changes.add("类型 " + current.type().label() + " → " + type.label());
    }
    if (level != current.level()) {
      changes.add("级别 " + current.level().label() + " → " + level.label());
    }
    if (ownership != current.ownership()) {
      changes.add("所有制 " + current.ownership().label() + " → " + ownership.label());
    }
    if (!countyCode.equals(current.countyCode())) {
      changes.add("所在县区 " + current.countyCode() + " → " + countyCode);
    }
    return changes;
  }
}
