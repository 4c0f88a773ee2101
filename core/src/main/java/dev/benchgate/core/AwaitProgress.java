package dev.benchgate.core;

import dev.benchgate.core.model.BenchmarkRunView;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

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
 * @param scenarioRunCount how many of its scenario runs have finished; empty when counting them
 *     failed this time (the wait goes on, and the next poll counts again)
 * @param elapsed time since waiting began
 */
public record AwaitProgress(
    BenchmarkRunView run, Optional<ScenarioRunCount> scenarioRunCount, Duration elapsed) {

  /** Rejects missing parts. */
  public AwaitProgress {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(scenarioRunCount, "scenarioRunCount");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * How many scenario runs of a run have finished.
   *
   * <pre>{@code
   * progress.scenarioRunCount().ifPresent(count -> bar.update(count.finished(), count.total()));
   * }</pre>
   *
   * @param finished how many of its scenario runs are in a finished state
   * @param total how many scenario runs it will have: its benchmark's scenario count when the run
   *     has a benchmark, else the number of scenario runs so far
   */
  public record ScenarioRunCount(int finished, int total) {}

  /**
   * Describes the progress in one line for a log.
   *
   * @return e.g. {@code "bmr_123: 37/50 scenario runs finished"}, or {@code "bmr_123: running,
   *     scenario runs not counted this time"}
   */
  public String describe() {
    return run.id()
        + ": "
        + scenarioRunCount
            .map(count -> count.finished() + "/" + count.total() + " scenario runs finished")
            .orElseGet(() -> run.stateValue() + ", scenario runs not counted this time");
  }
}
