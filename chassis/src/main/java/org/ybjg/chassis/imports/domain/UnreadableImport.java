package org.ybjg.chassis.imports.domain;

/**
 * The body of an import cannot be read as rows at all (empty, no header, broken quoting, not an
 * array).
 */
public class UnreadableImport extends RuntimeException {

  public UnreadableImport(String message) {
    super(message);
  }
}
