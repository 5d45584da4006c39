package org.ybjg.registry.institution.domain;

import java.util.List;

/**
 * The basic information of an institution a provincial system keeps and sends in bulk imports.
 *
 * @param regionPath the county and its ancestors from the region table, nearest first
 */
public record BasicInfo(String name, InstitutionType type, InstitutionLevel level, Ownership ownership,
    String countyCode, List<String> regionPath) {

  public BasicInfo {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
  }
}
