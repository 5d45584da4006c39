package org.ybjg.cases.casefile.domain;

/** What a payment settles: the fine (罚款) or the fund money ordered returned (退回医保基金). */
public enum PaymentKind {
  FINE("罚款"),
  RETURN("退回基金");

  private final String label;

  PaymentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
