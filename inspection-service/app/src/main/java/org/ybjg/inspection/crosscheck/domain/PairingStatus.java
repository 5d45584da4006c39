package org.ybjg.inspection.crosscheck.domain;

import org.ybjg.inspection.common.domain.Coded;

/** A pairing is first committed (the hash of the secret published), then fixed by the ceremony. */
public enum PairingStatus implements Coded {
  COMMITTED("承诺已公布"),
  FIXED("已抽定");

  private final String label;

  PairingStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
