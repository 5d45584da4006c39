package org.ybjg.chassis.problem;

/** The request clashes with the resource's current state (duplicate, impossible transition): 409. */
public class ConflictException extends RuntimeException {
  private final String problemType;

  public ConflictException(String problemType, String message) {
    super(message);
    this.problemType = problemType;
  }

  public String problemType() {
    return problemType;
  }
}
