package dev.benchgate.assertj;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Benchgate's BDD-style soft {@code then} methods, for any soft assertions class to mix in; {@link
 * BenchgateBddSoftAssertions} is the ready-made one.
 *
 * <pre>{@code
 * class MyBddSoftAssertions extends BDDSoftAssertions implements BenchgateBddSoftAssertionsProvider {}
 * }</pre>
 */
public interface BenchgateBddSoftAssertionsProvider extends SoftAssertionsProvider {

  /**
   * Starts soft assertions on a benchmark run.
   *
   * <pre>{@code
   * softly.then(run).isCompleted().hasScoreAtLeast(0.8);
   * }</pre>
   *
   * @param actual the run, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default BenchmarkRunAssert then(BenchmarkRunView actual) {
    return proxy(BenchmarkRunAssert.class, BenchmarkRunView.class, actual);
  }

  /**
   * Starts soft assertions on a benchmark outcome.
   *
   * <pre>{@code
   * softly.then(outcome).hasPassRateAtLeast(0.9, atScore(0.5)).hasNoScoringErrors();
   * }</pre>
   *
   * @param actual the outcome, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default BenchmarkOutcomeAssert then(BenchmarkOutcome actual) {
    return proxy(BenchmarkOutcomeAssert.class, BenchmarkOutcome.class, actual);
  }

  /**
   * Starts soft assertions on a benchmark job with every agent's run.
   *
   * <pre>{@code
   * softly.then(job).isCompleted().ranksFirst("candidate");
   * }</pre>
   *
   * @param actual the job, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default BenchmarkJobOutcomeAssert then(BenchmarkJobOutcome actual) {
    return proxy(BenchmarkJobOutcomeAssert.class, BenchmarkJobOutcome.class, actual);
  }

  /**
   * Starts soft assertions on repeated runs of one agent.
   *
   * <pre>{@code
   * softly.then(runs).hasPassAtKAtLeast(1, 0.7).hasAtMostFlakyScenarios(3);
   * }</pre>
   *
   * @param actual the runs, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default RepeatedOutcomeAssert then(RepeatedOutcome actual) {
    return proxy(RepeatedOutcomeAssert.class, RepeatedOutcome.class, actual);
  }

  /**
   * Starts soft assertions on a comparison of a candidate outcome with a baseline.
   *
   * <pre>{@code
   * softly.then(OutcomeComparison.of(baseline, candidate)).hasMeanScoreDropAtMost(0.02);
   * }</pre>
   *
   * @param actual the comparison, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default OutcomeComparisonAssert then(OutcomeComparison actual) {
    return proxy(OutcomeComparisonAssert.class, OutcomeComparison.class, actual);
  }

  /**
   * Starts soft assertions on a scenario run.
   *
   * <pre>{@code
   * softly.then(scenarioRun).isScored().hasScoreAtLeast(0.5);
   * }</pre>
   *
   * @param actual the scenario run, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default ScenarioRunAssert then(ScenarioRunView actual) {
    return proxy(ScenarioRunAssert.class, ScenarioRunView.class, actual);
  }

  /**
   * Starts soft assertions on the result of a scoring function.
   *
   * <pre>{@code
   * softly.then(result).isComplete();
   * }</pre>
   *
   * @param actual the result, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default ScoringFunctionResultAssert then(ScoringFunctionResult actual) {
    return proxy(ScoringFunctionResultAssert.class, ScoringFunctionResult.class, actual);
  }

  /**
   * Starts soft assertions on a scenario definition.
   *
   * <pre>{@code
   * softly.then(scenario).isActive();
   * }</pre>
   *
   * @param actual the scenario, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default ScenarioAssert then(ScenarioView actual) {
    return proxy(ScenarioAssert.class, ScenarioView.class, actual);
  }

  /**
   * Starts soft assertions on a benchmark definition.
   *
   * <pre>{@code
   * softly.then(benchmark).isActive();
   * }</pre>
   *
   * @param actual the benchmark, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default BenchmarkAssert then(BenchmarkView actual) {
    return proxy(BenchmarkAssert.class, BenchmarkView.class, actual);
  }
}
