package org.ybjg.cases.casefile.domain;

/**
 * What a payment settles: the fine (罚款), the fund money ordered returned (退回医保基金) or the
 * late-payment surcharge on the fine (加处罚款).
 */
public enum PaymentKind {
  FINE("罚款"),
  RETURN("退回基金"),
  /** 加处罚款 (《行政处罚法》第七十二条): the late-payment surcharge accrued on the fine. */
  SURCHARGE("加处罚款");

  private final String label;

  PaymentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
