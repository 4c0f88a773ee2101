package dev.benchgate.junit.internal.source;

import dev.benchgate.core.AwaitProgress;
import dev.benchgate.core.error.BenchmarkJobTimeoutException;
import dev.benchgate.core.error.BenchmarkRunTimeoutException;
import dev.benchgate.core.text.UntrustedText;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.internal.config.Durations;
import java.time.Duration;
import java.util.Optional;

/**
 * A run was still not finished when {@value ConfigurationKeys#AWAIT_TIMEOUT} ran out. Its message
 * says what was awaited, for how long and how far the run had got; the client's {@link
 * BenchmarkRunTimeoutException} is its cause.
 *
 * <pre>{@code
 * // Benchmark run nightly (bmr_1) did not finish within 30m (benchgate.await.timeout): last seen
 * // running, 37/50 scenario runs finished
 * }</pre>
 */
final class RunNotFinishedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What did not finish: {@code "run"} or {@code "job"}. */
  private final String subject;

  /**
   * Creates the exception.
   *
   * @param timedOut what the client threw
   * @param timeout the configured deadline
   * @param lastProgress the last progress the wait reported, if any
   */
  RunNotFinishedException(
      BenchmarkRunTimeoutException timedOut,
      Duration timeout,
      Optional<AwaitProgress> lastProgress) {
    super(
        "Benchmark run "
            + UntrustedText.printable(timedOut.lastSeen().displayName())
            + " did not finish within "
            + Durations.format(timeout)
            + " ("
            + ConfigurationKeys.AWAIT_TIMEOUT
            + "): last seen "
            + UntrustedText.printable(timedOut.lastSeen().stateValue())
            + lastProgress
                .flatMap(AwaitProgress::scenarioRunCount)
                .map(
                    count ->
                        ", " + count.finished() + "/" + count.total() + " scenario runs finished")
                .orElse(""),
        timedOut);
    this.subject = "run";
  }

  /**
   * Creates the exception for a benchmark job.
   *
   * @param timedOut what the client threw, which names the job, the time waited and its last state
   * @param timeout the configured deadline
   */
  RunNotFinishedException(BenchmarkJobTimeoutException timedOut, Duration timeout) {
    super(
        UntrustedText.printable(timedOut.getMessage())
            + " (the limit is "
            + ConfigurationKeys.AWAIT_TIMEOUT
            + "="
            + Durations.format(timeout)
            + ")",
        timedOut);
    this.subject = "job";
  }

  /**
   * Says what did not finish.
   *
   * @return {@code "run"} or {@code "job"}
   */
  String subject() {
    return subject;
  }
}
