package org.ybjg.cases.casefile.domain;

/** A step whose legal conditions are not met (422): {@code code} is stable, {@code field} names the input. */
public class ProcedureRefused extends RuntimeException {

  private final String code;
  private final String field;

  public ProcedureRefused(String code, String field, String message) {
    super(message);
    this.code = code;
    this.field = field;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
