package org.ybjg.cases.casefile.domain;

/**
 * The document number of a decision (文号), e.g. {@code 990102医保决〔2026〕1号}: issuing county, year and
 * a sequence that starts at 1 each year and has no gaps (docs/architecture.md: human document
 * numbers per issuing bureau and year, gap-free).
 */
public record DecisionNumber(String issuer, int year, long sequence) {

  public DecisionNumber {
    if (issuer == null || !issuer.matches("[0-9]{6}")) {
      throw new IllegalArgumentException(
          "the issuer of a decision number is a 6-digit region code: " + issuer);
    }
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("not a year: " + year);
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("decision numbers start at 1: " + sequence);
    }
  }

  /**
   * The number after the highest one issued so far in this county and year (null: none yet, so 1).
   */
  public static DecisionNumber following(String issuer, int year, Long highestIssued) {
    return new DecisionNumber(issuer, year, highestIssued == null ? 1 : highestIssued + 1);
  }

  /** As printed on the decision: {@code 990102医保决〔2026〕1号}. */
  public String text() {
    return issuer + "医保决〔" + year + "〕" + sequence + "号";
  }

  @Override
  public String toString() {
    return text();
  }
}
