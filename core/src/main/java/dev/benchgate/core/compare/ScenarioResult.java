package dev.benchgate.core.compare;

import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one outcome says about one scenario: its scenario runs (usually one; several when the run
 * repeated the scenario) and their mean score.
 *
 * <pre>{@code
 * ScenarioResult result = comparison.scenarios().get(0).candidate();
 * if (result.isAggregated()) System.out.println("mean of " + result.runCount() + " runs");
 * }</pre>
 *
 * @param scenarioId the scenario's id
 * @param scenarioName the scenario's name for people
 * @param runs the scenario runs of this scenario in the outcome, at least one
 * @param meanScore the mean score of the runs that have one, or {@code null} when none has
 */
public record ScenarioResult(
    String scenarioId, String scenarioName, List<ScenarioRunView> runs, Double meanScore) {

  /** Copies the runs and checks there is at least one. */
  public ScenarioResult {
    Objects.requireNonNull(scenarioId, "scenarioId");
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("A scenario result needs at least one scenario run");
    }
  }

  /**
   * Aggregates the scenario runs of one scenario.
   *
   * @param scenarioId the scenario's id
   * @param scenarioName its name for people
   * @param runs its scenario runs, at least one
   * @return the result, with the mean of the scores present
   */
  public static ScenarioResult of(
      String scenarioId, String scenarioName, List<ScenarioRunView> runs) {
    double sum = 0;
    int scored = 0;
    for (ScenarioRunView run : runs) {
      if (run.score() != null) {
        sum += run.score();
        scored++;
      }
    }
    return new ScenarioResult(scenarioId, scenarioName, runs, scored == 0 ? null : sum / scored);
  }

  /**
   * Groups an outcome's scenario runs by scenario.
   *
   * @param outcome the outcome
   * @return one result per scenario id, in the outcome's order (by scenario name), unmodifiable
   */
  public static Map<String, ScenarioResult> byScenario(BenchmarkOutcome outcome) {
    Map<String, List<ScenarioRunView>> runs =
        new LinkedHashMap<>(hashCapacity(outcome.scenarioRuns().size()));
    for (ScenarioRunView run : outcome.scenarioRuns()) {
      // Most scenarios run once: a list of ten slots each would be most of the garbage.
      runs.computeIfAbsent(run.scenarioId(), id -> new ArrayList<>(1)).add(run);
    }
    Map<String, ScenarioResult> results = new LinkedHashMap<>(hashCapacity(runs.size()));
    runs.forEach(
        (scenarioId, scenarioRuns) ->
            results.put(
                scenarioId,
                of(scenarioId, outcome.scenarioName(scenarioRuns.get(0)), scenarioRuns)));
    return Collections.unmodifiableMap(results);
  }

  /** The capacity at which a hash map holds this many entries without growing. */
  static int hashCapacity(int entries) {
    return (int) Math.ceil(entries / 0.75);
  }

  /**
   * Returns how many scenario runs this result aggregates.
   *
   * @return the number of runs, at least one
   */
  public int runCount() {
    return runs.size();
  }

  /**
   * Tells whether several scenario runs were averaged into this result.
   *
   * @return {@code true} for more than one run
   */
  public boolean isAggregated() {
    return runs.size() > 1;
  }

  /**
   * Tells whether the scenario has a score.
   *
   * @return {@code true} when at least one of its runs was scored
   */
  public boolean isScored() {
    return meanScore != null;
  }

  /**
   * Tells whether the scenario has no score because every run failed, timed out or was canceled: an
   * infrastructure outcome, reported apart from low scores.
   *
   * @return {@code true} when no run was scored and at least one ended in such a state
   */
  public boolean isInfrastructureFailure() {
    return !isScored()
        && runs.stream()
            .map(ScenarioRunView::state)
            .anyMatch(ScenarioRunState::isInfrastructureFailure);
  }

  /**
   * Tells whether the scenario passes a score threshold.
   *
   * @param threshold the lowest passing score
   * @return {@code true} when its mean score is at least {@code threshold}, give or take {@link
   *     Scores#TOLERANCE}; an unscored scenario does not pass
   */
  public boolean passes(double threshold) {
    return meanScore != null && Scores.isAtLeast(meanScore, threshold);
  }

  /**
   * Describes the result for messages: the score, or why there is none.
   *
   * @return e.g. {@code 0.75}, {@code 0.62 (mean of 3 runs)} or {@code no score (timeout)}
   */
  public String describe() {
    if (meanScore == null) {
      return "no score ("
          + runs.stream()
              .map(ScenarioRunView::stateValue)
              .distinct()
              .sorted()
              .collect(Collectors.joining(", "))
          + ")";
    }
    String score = String.format(java.util.Locale.ROOT, "%.2f", meanScore);
    return isAggregated() ? score + " (mean of " + runs.size() + " runs)" : score;
  }
}
