package org.ybjg.registry.filing.domain;

/** The documents 承医保发〔2019〕2号 §5 asks for by the end of February, filed as metadata. */
public enum AttachmentKind {
  LEDGER("药品进销存台账"),
  INVOICE("药品发票和随货同行单"),
  TRIAL_BALANCE("财务末级科目余额表"),
  OTHER("其他");

  private final String label;

  AttachmentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
