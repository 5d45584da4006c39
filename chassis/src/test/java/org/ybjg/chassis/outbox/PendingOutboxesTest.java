package org.ybjg.chassis.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PendingOutboxesTest {

  private final PendingOutboxes pending = new PendingOutboxes();

  @Test
  void shouldAnswerHintedIdsOldestFirstAndEachOnce() {
    pending.add("cases", "a");
    pending.add("cases", "b");
    pending.add("cases", "c");

    assertThat(pending.take("cases", 2)).containsExactly("a", "b");
    assertThat(pending.take("cases", 5)).containsExactly("c");
    assertThat(pending.take("cases", 5)).isEmpty();
  }

  @Test
  void shouldWakeTheWaitingRelayWhenAWriteHintsAnEntry() throws Exception {
    CompletableFuture<Void> waiting =
        CompletableFuture.runAsync(
            () -> {
              try {
                // far longer than the test may take: only the hint can end this wait
                pending.awaitHint(1, TimeUnit.HOURS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    Thread.sleep(50);
    assertThat(waiting).isNotDone();

    pending.add("cases", "a");

    waiting.get(10, TimeUnit.SECONDS);
    assertThat(pending.take("cases", 5)).containsExactly("a");
  }

  @Test
  void shouldNotWakeForHintsAlreadyConsumedByAnEarlierWake() throws Exception {
    pending.add("cases", "a");
    pending.add("cases", "b");
    pending.awaitHint(1, TimeUnit.SECONDS);

    long started = System.nanoTime();
    pending.awaitHint(100, TimeUnit.MILLISECONDS);

    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(90);
  }
}
