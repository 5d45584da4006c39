package org.ybjg.chassis.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ids of documents this process has just given outbox entries, so that the {@link OutboxRelay} can
 * fetch them by {@code _id} instead of searching the collection for pending entries. Only a hint:
 * what is lost (a restart, a full queue, another process's writes) the relay's periodic sweep still
 * finds. A hint also wakes the relay, so an event is published right after the write that stored it
 * instead of at the relay's next poll.
 */
public final class PendingOutboxes {

  /** Beyond this many ids per collection new hints are dropped and left to the sweep. */
  static final int MAX_PER_COLLECTION = 200_000;

  private final ConcurrentMap<String, Queue<Object>> ids = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, AtomicInteger> sizes = new ConcurrentHashMap<>();
  private final Semaphore hinted = new Semaphore(0);

  public void add(String collection, Object id) {
    AtomicInteger size = sizes.computeIfAbsent(collection, c -> new AtomicInteger());
    if (size.incrementAndGet() > MAX_PER_COLLECTION) {
      size.decrementAndGet();
      return;
    }
    ids.computeIfAbsent(collection, c -> new ConcurrentLinkedQueue<>()).add(id);
    hinted.release();
  }

  /** Ends a wait at once (the relay is stopping). */
  public void wakeUp() {
    hinted.release();
  }

  /**
   * Waits until a hint arrives or the timeout passes (the relay's poll interval), whichever is
   * first.
   */
  public void awaitHint(long timeout, TimeUnit unit) throws InterruptedException {
    if (hinted.tryAcquire(timeout, unit)) {
      hinted.drainPermits();
    }
  }

  /** Removes and answers up to {@code max} hinted ids of the collection, oldest first. */
  public List<Object> take(String collection, int max) {
    Queue<Object> queue = ids.get(collection);
    List<Object> taken = new ArrayList<>();
    if (queue == null) {
      return taken;
    }
    Object id;
    while (taken.size() < max && (id = queue.poll()) != null) {
      taken.add(id);
    }
    sizes.get(collection).addAndGet(-taken.size());
    return taken;
  }
}
