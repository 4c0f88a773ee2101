package dev.benchgate.core;

import java.time.Duration;

/**
 * Measures how long {@link RunloopClient#awaitCompletion} has waited, and waits for it: the waits
 * count as long as the {@link Sleeper} was asked to wait, the polls in between as long as the
 * {@link Ticker} measures them. A sleeper that returns at once (a test's, say) thus still moves the
 * deadline by each wait, so that waiting never turns into polling the API in a tight loop; with the
 * real sleeper, the sum is the time that passed.
 */
final class AwaitTimer {
  private final Sleeper sleeper;
  private final Ticker ticker;
  private long waitedNanos;
  private long pollingSince;

  AwaitTimer(Sleeper sleeper, Ticker ticker) {
    this.sleeper = sleeper;
    this.ticker = ticker;
    this.pollingSince = ticker.nanoTime();
  }

  /** Returns the time waited so far. */
  Duration elapsed() {
    return Duration.ofNanos(waitedNanos + ticker.nanoTime() - pollingSince);
  }

  /** Waits through the sleeper, and counts the wait as asked. */
  void sleep(Duration wait) throws InterruptedException {
    waitedNanos += ticker.nanoTime() - pollingSince;
    try {
      sleeper.sleep(wait);
      waitedNanos += wait.toNanos();
    } finally {
      pollingSince = ticker.nanoTime();
    }
  }
}
