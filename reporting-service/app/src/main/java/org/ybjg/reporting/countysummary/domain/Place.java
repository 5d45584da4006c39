package org.ybjg.reporting.countysummary.domain;

/** A region of the region table (province, city or county): GB/T 2260 code and name. */
public record Place(String code, String name) {

  public Place {
    if (code == null || !code.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("not a GB/T 2260 code: " + code);
    }
  }
}
