package org.ybjg.registry.filing.domain;

import java.util.List;
import java.util.Objects;

/**
 * The institution a filing belongs to, as the filing keeps it (for region-scoped lists without a
 * join).
 */
public record FiledInstitution(
    String id, String nationalCode, String name, String countyCode, List<String> regionPath) {

  public FiledInstitution {
    Objects.requireNonNull(id, "id");
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
  }
}
