package org.ybjg.local.platform;

/** The platform could not start; the message says what to look at. */
public class PlatformStartException extends RuntimeException {

  public PlatformStartException(String message) {
    super(message);
  }

  public PlatformStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
