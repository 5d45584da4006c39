package org.ybjg.inspection.roster.imports.domain;

import java.util.Locale;

/**
 * Which roster entry an import row updates. A person with a law-enforcement certificate is
 * identified by its number: the certificate is issued to one person and is already unique in the
 * roster (行政执法证号). Anyone without one (experts, auditors, third parties) by name and employer — the
 * two facts a provincial list always carries; when the employer is missing too, by name and home
 * county, so that two namesakes in different counties are never merged.
 */
public record RosterKey(
    String certificateNumber, String name, String employer, String homeCountyCode) {

  public static RosterKey of(
      String certificateNumber, String name, String employer, String homeCountyCode) {
    if (certificateNumber != null) {
      return new RosterKey(certificateNumber, null, null, null);
    }
    return new RosterKey(null, name, employer, employer == null ? homeCountyCode : null);
  }

  public boolean byCertificate() {
    return certificateNumber != null;
  }

  /** How a person reads the key in a row error. */
  public String describe() {
    if (byCertificate()) {
      return "证号 " + certificateNumber;
    }
    return String.format(
        Locale.ROOT,
        "姓名 %s、%s",
        name,
        employer != null ? "工作单位 " + employer : "所在县 " + homeCountyCode);
  }
}
