package org.ybjg.chassis.event;

/**
 * A message that can never be processed, however often it is retried: it goes to the DLT at once.
 */
public class MalformedEventException extends RuntimeException {
  public MalformedEventException(String message) {
    super(message);
  }

  public MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
