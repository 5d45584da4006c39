package org.ybjg.chassis;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opaque, time-ordered identifiers: 12 hex digits of milliseconds, then a counter and randomness,
 * so records sort by creation in an index without a separate timestamp.
 */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicLong LAST = new AtomicLong();

  private Ids() {}

  public static String next() {
    long now = System.currentTimeMillis();
    long stamp = LAST.updateAndGet(previous -> Math.max(previous + 1, now << 12));
    return String.format("%015x%08x", stamp, RANDOM.nextInt() & 0xffffffffL);
  }
}
