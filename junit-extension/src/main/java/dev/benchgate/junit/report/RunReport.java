package dev.benchgate.junit.report;

import com.squareup.moshi.Json;
import dev.benchgate.core.compare.ConfidenceInterval;
import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.compare.ScenarioResult;
import dev.benchgate.core.compare.Scores;
import dev.benchgate.core.compare.SignificanceTest;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A benchmark run as the end-of-run report shows it: its figures, its scenarios worst first, and
 * its baseline comparison when a test compared it with one.
 *
 * @param runId the run's id
 * @param name the run's name, may be {@code null}
 * @param state the run's state
 * @param score the run's score as the API computed it, may be {@code null}
 * @param benchmarkId the benchmark's id, may be {@code null}
 * @param benchmarkName the benchmark's name, may be {@code null}
 * @param scenarioRunCount how many scenario runs the run has
 * @param passThreshold the score at which a scenario counts as passed
 * @param passRate the share of scenarios at or above the threshold, {@code null} without scenarios
 * @param stateCounts how many scenario runs ended in each state, by state
 * @param infrastructureFailures how many scenarios ended without a score because of infrastructure
 * @param scoringErrors how many scenario runs had a scorer fail
 * @param missingScenarios how many of the benchmark's scenarios have no finished run
 * @param baseline the comparison with a baseline, {@code null} without one
 * @param scenarios the scenarios, regressions first, then the lowest scores
 */
public record RunReport(
    @Json(name = "run_id") String runId,
    String name,
    String state,
    Double score,
    @Json(name = "benchmark_id") String benchmarkId,
    @Json(name = "benchmark_name") String benchmarkName,
    @Json(name = "scenario_run_count") int scenarioRunCount,
    @Json(name = "pass_threshold") double passThreshold,
    @Json(name = "pass_rate") Double passRate,
    @Json(name = "state_counts") Map<String, Integer> stateCounts,
    @Json(name = "infrastructure_failures") int infrastructureFailures,
    @Json(name = "scoring_errors") int scoringErrors,
    @Json(name = "missing_scenarios") int missingScenarios,
    BaselineReport baseline,
    List<ScenarioReport> scenarios) {

  /** Copies the collections. */
  public RunReport {
    stateCounts = Map.copyOf(stateCounts);
    scenarios = List.copyOf(scenarios);
  }

  /**
   * Summarises an outcome, optionally against a baseline, in time linear in its scenario runs (the
   * comparison's own statistics aside).
   *
   * @param outcome the run's outcome
   * @param comparison its comparison with a baseline, or {@code null}
   * @param passThreshold the score at which a scenario counts as passed
   * @param alpha the significance level of the regression tests against the baseline
   * @return the report of the run
   */
  public static RunReport of(
      BenchmarkOutcome outcome, OutcomeComparison comparison, double passThreshold, double alpha) {
    List<ScenarioReport> scenarios = new ArrayList<>();
    for (ScenarioResult result : ScenarioResult.byScenario(outcome).values()) {
      // The comparison indexes its scenarios by id: one lookup each, linear in all.
      Double baselineScore =
          comparison == null
              ? null
              : comparison
                  .scenario(result.scenarioId())
                  .map(scenario -> scenario.baseline().meanScore())
                  .orElse(null);
      scenarios.add(
          new ScenarioReport(
              result.scenarioId(),
              result.scenarioName(),
              worstState(result.runs()),
              result.meanScore(),
              result.runCount(),
              result.isInfrastructureFailure(),
              result.runs().stream().anyMatch(ScenarioRunView::hasScoringErrors),
              baselineScore,
              baselineScore == null || result.meanScore() == null
                  ? null
                  : result.meanScore() - baselineScore));
    }
    scenarios.sort(WORST_FIRST);
    Map<String, Integer> stateCounts = new TreeMap<>();
    for (ScenarioRunView run : outcome.scenarioRuns()) {
      stateCounts.merge(run.stateValue() == null ? "unknown" : run.stateValue(), 1, Integer::sum);
    }
    long passed =
        scenarios.stream()
            .filter(s -> s.score() != null && Scores.isAtLeast(s.score(), passThreshold))
            .count();
    return new RunReport(
        outcome.runId(),
        outcome.run().name(),
        outcome.run().stateValue(),
        outcome.run().score(),
        outcome.run().benchmarkId(),
        outcome.benchmark().map(BenchmarkView::name).orElse(null),
        outcome.scenarioRuns().size(),
        passThreshold,
        scenarios.isEmpty() ? null : (double) passed / scenarios.size(),
        stateCounts,
        (int) scenarios.stream().filter(ScenarioReport::infrastructureFailure).count(),
        (int) outcome.scenarioRuns().stream().filter(ScenarioRunView::hasScoringErrors).count(),
        outcome.scenarioIdsWithoutFinishedRun().size(),
        comparison == null ? null : baseline(comparison, passThreshold, alpha),
        scenarios);
  }

  /**
   * Returns a short name for people.
   *
   * @return the name with the id, or the id alone
   */
  public String displayName() {
    return name == null || name.isBlank() ? runId : name + " (" + runId + ")";
  }

  /** Regressions (largest drop first), then unscored scenarios, then the lowest scores. */
  private static final Comparator<ScenarioReport> WORST_FIRST =
      Comparator.comparing((ScenarioReport s) -> !isRegression(s))
          .thenComparing(s -> isRegression(s) ? s.delta() : 0.0)
          .thenComparing(s -> s.score() != null)
          .thenComparing(s -> s.score() == null ? 0.0 : s.score())
          .thenComparing(ScenarioReport::name);

  /** Whether a scenario scored lower than in the baseline, by more than the score tolerance. */
  static boolean isRegression(ScenarioReport scenario) {
    return scenario.delta() != null && !Scores.isAtLeast(scenario.delta(), 0);
  }

  private static BaselineReport baseline(
      OutcomeComparison comparison, double passThreshold, double alpha) {
    Optional<ConfidenceInterval> interval = comparison.meanScoreDeltaInterval();
    OptionalDouble mean = comparison.meanScoreDelta();
    SignificanceTest scores = comparison.scoreRegressionTest();
    SignificanceTest flips = comparison.flipRegressionTest(passThreshold);
    String verdict =
        scores.isSignificantAt(alpha) || flips.isSignificantAt(alpha)
            ? BaselineReport.SIGNIFICANT_REGRESSION
            : scores.isUnderpoweredAt(alpha) || flips.isUnderpoweredAt(alpha)
                ? BaselineReport.UNDERPOWERED
                : BaselineReport.NO_SIGNIFICANT_REGRESSION;
    return new BaselineReport(
        comparison.baseline().runId(),
        comparison.baseline().run().name(),
        comparison.baseline().run().score(),
        mean.isPresent() ? mean.getAsDouble() : null,
        interval.map(ConfidenceInterval::lower).orElse(null),
        interval.map(ConfidenceInterval::upper).orElse(null),
        comparison.scoreChangeTwoSidedPValue(),
        comparison.regressions(0).size(),
        comparison.newFailures(passThreshold).size(),
        comparison.newInfrastructureFailures().size(),
        comparison.missingScenarios().size(),
        comparison.scenarios().size(),
        scores.scenarios(),
        comparison.newPasses(passThreshold).size(),
        OutcomeComparison.DEFAULT_CONFIDENCE,
        interval.map(ci -> constant(ci.method())).orElse(null),
        alpha,
        scores.pValue(),
        constant(scores.method()),
        flips.pValue(),
        SignificanceTest.scenariosNeededAt(alpha),
        verdict);
  }

  /** An enum constant as the report's JSON names values: {@code normal_approximation}. */
  private static String constant(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** Of several runs of one scenario, the one least finished or most broken speaks for all. */
  static String worstState(List<ScenarioRunView> runs) {
    return runs.stream()
        .min(
            Comparator.comparing((ScenarioRunView run) -> run.score() != null)
                .thenComparing(
                    ScenarioRunView::stateValue, Comparator.nullsFirst(Comparator.naturalOrder())))
        .map(ScenarioRunView::stateValue)
        .orElse(null);
  }
}
