package dev.benchgate.core;

import dev.benchgate.core.model.BenchmarkRunView;
import java.time.Duration;
import java.util.Objects;

/**
 * How far a benchmark run has got, told after each poll while {@link
 * RunloopClient#awaitCompletion(String, Duration, Duration, java.util.function.Consumer)} waits.
 *
 * <pre>{@code
 * client.awaitCompletion("bmr_123", Duration.ofMinutes(30), Duration.ofSeconds(10),
 *     progress -> System.out.println(progress.describe()));   // bmr_123: 37/50 scenario runs finished
 * }</pre>
 *
 * @param run the run as this poll returned it
 * @param finishedScenarioRuns how many of its scenario runs are in a finished state
 * @param totalScenarioRuns how many scenario runs it will have: its benchmark's scenario count when
 *     the run has a benchmark, else the number of scenario runs so far
 * @param elapsed time since waiting began
 */
public record AwaitProgress(
    BenchmarkRunView run, int finishedScenarioRuns, int totalScenarioRuns, Duration elapsed) {

  /** Rejects missing parts. */
  public AwaitProgress {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * Describes the progress in one line for a log.
   *
   * @return e.g. {@code "bmr_123: 37/50 scenario runs finished"}
   */
  public String describe() {
    return run.id()
        + ": "
        + finishedScenarioRuns
        + "/"
        + totalScenarioRuns
        + " scenario runs finished";
  }
}
