package org.ybjg.local.platform.demo;

/** The demo province could not be loaded through the gateway. */
public class DemoLoadException extends RuntimeException {

  public DemoLoadException(String message) {
    super(message);
  }

  public DemoLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
