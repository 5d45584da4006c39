package org.ybjg.cases.tipoff.domain;

/** How a tip-off came in. */
public enum TipOffChannel {
  PHONE("电话"),
  LETTER("信件"),
  ONLINE("网络"),
  VISIT("来访");

  private final String label;

  TipOffChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
