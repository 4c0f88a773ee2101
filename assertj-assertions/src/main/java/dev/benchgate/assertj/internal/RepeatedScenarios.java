package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.core.compare.Scores;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.repeated.RepeatedScenario;
import dev.benchgate.core.repeated.ScenarioAttempt;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The scenarios of repeated runs as their messages list them, so that every such message reads
 * alike: by name with their pass counts, and the tries that did not pass with why (a score too low,
 * an infrastructure outcome with the reason a benchmark job gave, or no scenario run at all).
 *
 * <pre>
 *   - retry-flag: 2 of 5 runs passed (scenario scn_b2); not in bmr_2: score 0.2, bmr_5: failed, no score [infrastructure outcome: EnvironmentSetupError: devbox failed to start]
 * </pre>
 */
final class RepeatedScenarios {
  private RepeatedScenarios() {}

  /** A scenario's pass count, as in {@code retry-flag: 2 of 5 runs passed (scenario scn_b2)}. */
  static String passCount(RepeatedScenario scenario) {
    String name = escape(scenario.scenarioName());
    return name
        + ": "
        + scenario.passed()
        + " of "
        + Format.count(scenario.runs(), "run", "runs")
        + " passed"
        + (scenario.scenarioName().equals(scenario.scenarioId())
            ? ""
            : " (scenario " + escape(scenario.scenarioId()) + ")");
  }

  /** A scenario's pass count with the tries that did not pass and why. */
  static String withFailedTries(RepeatedScenario scenario) {
    String failed =
        scenario.attempts().stream()
            .filter(attempt -> !attempt.passes(scenario.passingScore()))
            .map(attempt -> escape(attempt.run().runId()) + ": " + describe(attempt))
            .collect(Collectors.joining(", "));
    return passCount(scenario) + (failed.isEmpty() ? "" : "; not in " + failed);
  }

  /** Scenarios ordered by a figure, lowest first, then by name. */
  static List<RepeatedScenario> worstFirst(
      List<RepeatedScenario> scenarios, ToDoubleFunction<RepeatedScenario> figure) {
    return scenarios.stream()
        .sorted(
            Comparator.comparingDouble(figure)
                .thenComparing(RepeatedScenario::scenarioName)
                .thenComparing(RepeatedScenario::scenarioId))
        .toList();
  }

  /**
   * The mean score of a scenario over its scenario runs in every run, a scenario run without a
   * score counting as 0, as the mean-score gates take it.
   */
  static double meanScore(RepeatedScenario scenario) {
    List<ScenarioRunView> runs =
        scenario.attempts().stream().flatMap(attempt -> attempt.scenarioRuns().stream()).toList();
    return runs.stream()
        .mapToDouble(run -> run.score() == null ? 0 : run.score())
        .average()
        .orElse(0);
  }

  /** Whether a scenario's mean score misses a threshold, give or take the tolerance. */
  static boolean isBelow(RepeatedScenario scenario, double threshold) {
    return !Scores.isAtLeast(meanScore(scenario), threshold);
  }

  /** A scenario's mean, as mean-score messages list it. */
  static String mean(RepeatedScenario scenario) {
    int runs =
        scenario.attempts().stream().mapToInt(attempt -> attempt.scenarioRuns().size()).sum();
    return Names.repeatedScenario(scenario)
        + ": mean "
        + Format.estimate(meanScore(scenario))
        + " over "
        + Format.count(runs, "scenario run", "scenario runs");
  }

  /** Why one try did not pass. */
  private static String describe(ScenarioAttempt attempt) {
    if (attempt.isMissing()) {
      return "no scenario run";
    }
    if (attempt.score().isPresent()) {
      return "score " + Format.score(attempt.score().get());
    }
    ScenarioRunView first = attempt.scenarioRuns().get(0);
    String state =
        first.state() == ScenarioRunState.UNRECOGNIZED
            ? Format.quoted(first.stateValue()) + " (unknown state)"
            : escape(first.stateValue());
    return state
        + ", no score"
        + Explanations.infrastructureTag(first, attempt.run().failureReason(first));
  }
}
