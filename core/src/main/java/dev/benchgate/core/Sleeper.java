package dev.benchgate.core;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries and between polls. The client never calls {@code Thread.sleep} directly, so
 * that tests can hand it a sleeper that only records the waits. Waiting for a run counts each wait
 * as the time it asked for, so a sleeper that returns at once still brings the deadline of {@link
 * RunloopClient#awaitCompletion(String, Duration)} after the same number of polls.
 *
 * <pre>{@code
 * List<Duration> waits = new ArrayList<>();
 * RunloopClient client = RunloopClient.builder().apiKey(key).sleeper(waits::add).build();
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits.
   *
   * @param duration how long, never negative
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns the sleeper that really waits, the default.
   *
   * <pre>{@code
   * Sleeper.system().sleep(Duration.ofSeconds(1));
   * }</pre>
   *
   * @return a sleeper that blocks the calling thread
   */
  static Sleeper system() {
    return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }
}
