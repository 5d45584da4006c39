package org.ybjg.cases.tipoff.domain;

/** A tip-off step refused: {@code conflict} (409) or a rule (422); {@code code} is the problem type. */
public class TipOffRefused extends RuntimeException {

  private final String code;
  private final String field;
  private final boolean conflict;

  public TipOffRefused(String code, String field, boolean conflict, String message) {
    super(message);
    this.code = code;
    this.field = field;
    this.conflict = conflict;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }

  public boolean conflict() {
    return conflict;
  }
}
