package dev.benchgate.junit.report;

import com.squareup.moshi.Json;
import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.compare.ScenarioComparison;
import dev.benchgate.core.compare.ScenarioResult;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
   * @return the report of the run
   */
  public static RunReport of(
      BenchmarkOutcome outcome, OutcomeComparison comparison, double passThreshold) {
    // Indexed once: looking each scenario up in the comparison's list would be quadratic.
    Map<String, ScenarioComparison> compared = new HashMap<>();
    if (comparison != null) {
      comparison.scenarios().forEach(scenario -> compared.put(scenario.scenarioId(), scenario));
    }
    List<ScenarioReport> scenarios = new ArrayList<>();
    for (ScenarioResult result : ScenarioResult.byScenario(outcome).values()) {
      ScenarioComparison counterpart = compared.get(result.scenarioId());
      Double baselineScore = counterpart == null ? null : counterpart.baseline().meanScore();
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
        scenarios.stream().filter(s -> s.score() != null && s.score() >= passThreshold).count();
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
        comparison == null ? null : baseline(comparison, passThreshold),
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
      Comparator.comparing((ScenarioReport s) -> s.delta() == null || s.delta() >= 0)
          .thenComparing(s -> s.delta() == null ? 0.0 : s.delta())
          .thenComparing(s -> s.score() != null)
          .thenComparing(s -> s.score() == null ? 0.0 : s.score())
          .thenComparing(ScenarioReport::name);

  private static BaselineReport baseline(OutcomeComparison comparison, double passThreshold) {
    var interval = comparison.meanScoreDeltaInterval();
    var mean = comparison.meanScoreDelta();
    return new BaselineReport(
        comparison.baseline().runId(),
        comparison.baseline().run().name(),
        comparison.baseline().run().score(),
        mean.isPresent() ? mean.getAsDouble() : null,
        interval.map(ci -> ci.lower()).orElse(null),
        interval.map(ci -> ci.upper()).orElse(null),
        comparison.scoreChangePValue(),
        comparison.regressions(0).size(),
        comparison.newFailures(passThreshold).size(),
        comparison.newInfrastructureFailures().size(),
        comparison.missingScenarios().size());
  }

  /** Of several runs of one scenario, the one least finished or most broken speaks for all. */
  private static String worstState(List<ScenarioRunView> runs) {
    return runs.stream()
        .min(
            Comparator.comparing((ScenarioRunView run) -> run.score() != null)
                .thenComparing(
                    ScenarioRunView::stateValue, Comparator.nullsFirst(Comparator.naturalOrder())))
        .map(ScenarioRunView::stateValue)
        .orElse(null);
  }
}
