package dev.benchgate.core.repeated;

import dev.benchgate.core.compare.ScenarioResult;
import dev.benchgate.core.compare.Scores;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run's try at one scenario, among repeated runs ({@link RepeatedScenario#attempts()}): the
 * scenario runs of the scenario in that run (usually one; several averaged, as {@link
 * ScenarioResult} averages them), or none when the run did not run the scenario at all.
 *
 * <pre>{@code
 * for (ScenarioAttempt attempt : scenario.attempts()) {
 *   System.out.println(attempt.run().runId() + ": " + attempt.describe());
 * }
 * }</pre>
 *
 * @param run the run the attempt belongs to
 * @param result what the run says about the scenario, or {@code null} when it has no scenario run
 *     of it
 */
public record ScenarioAttempt(BenchmarkOutcome run, ScenarioResult result) {

  /** Rejects a missing run. */
  public ScenarioAttempt {
    Objects.requireNonNull(run, "run");
  }

  /**
   * Tells whether the attempt passes: its score reaches the passing score, give or take {@link
   * Scores#TOLERANCE}. An attempt without a score (an infrastructure outcome, or no scenario run)
   * does not pass.
   *
   * @param passingScore the lowest passing score
   * @return {@code true} when it passed
   */
  public boolean passes(double passingScore) {
    return result != null && result.passes(passingScore);
  }

  /**
   * Tells whether the run has no scenario run of the scenario.
   *
   * @return {@code true} when it did not run the scenario
   */
  public boolean isMissing() {
    return result == null;
  }

  /**
   * Tells whether the attempt ended without a score for a reason other than the agent: failed,
   * timed out or canceled (a setup failure of a benchmark job included).
   *
   * @return {@code true} for an infrastructure outcome
   */
  public boolean isInfrastructureFailure() {
    return result != null && result.isInfrastructureFailure();
  }

  /**
   * Returns the attempt's scenario runs.
   *
   * @return them, empty when the run did not run the scenario
   */
  public List<ScenarioRunView> scenarioRuns() {
    return result == null ? List.of() : result.runs();
  }

  /**
   * Returns the attempt's score.
   *
   * @return the mean score of its scored scenario runs, or empty when none has a score
   */
  public Optional<Double> score() {
    return result == null ? Optional.empty() : Optional.ofNullable(result.meanScore());
  }
}
