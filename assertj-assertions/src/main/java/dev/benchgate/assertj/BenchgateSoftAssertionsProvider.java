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
 * Benchgate's soft {@code assertThat} methods, for any soft assertions class to mix in; {@link
 * BenchgateSoftAssertions} is the ready-made one.
 *
 * <pre>{@code
 * class MySoftAssertions extends SoftAssertions implements BenchgateSoftAssertionsProvider {}
 * }</pre>
 */
public interface BenchgateSoftAssertionsProvider extends SoftAssertionsProvider {

  /**
   * Starts soft assertions on a benchmark run.
   *
   * <pre>{@code
   * softly.assertThat(run).isCompleted().hasScoreAtLeast(0.8);
   * }</pre>
   *
   * @param actual the run, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default BenchmarkRunAssert assertThat(BenchmarkRunView actual) {
    return proxy(BenchmarkRunAssert.class, BenchmarkRunView.class, actual);
  }

  /**
   * Starts soft assertions on a benchmark outcome.
   *
   * <pre>{@code
   * softly.assertThat(outcome).hasPassRateAtLeast(0.9, atScore(0.5)).hasNoScoringErrors();
   * }</pre>
   *
   * @param actual the outcome, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default BenchmarkOutcomeAssert assertThat(BenchmarkOutcome actual) {
    return proxy(BenchmarkOutcomeAssert.class, BenchmarkOutcome.class, actual);
  }

  /**
   * Starts soft assertions on a benchmark job with every agent's run.
   *
   * <pre>{@code
   * softly.assertThat(job).isCompleted().ranksFirst("candidate");
   * }</pre>
   *
   * @param actual the job, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default BenchmarkJobOutcomeAssert assertThat(BenchmarkJobOutcome actual) {
    return proxy(BenchmarkJobOutcomeAssert.class, BenchmarkJobOutcome.class, actual);
  }

  /**
   * Starts soft assertions on repeated runs of one agent.
   *
   * <pre>{@code
   * softly.assertThat(runs).hasPassAtKAtLeast(1, 0.7).hasAtMostFlakyScenarios(3);
   * }</pre>
   *
   * @param actual the runs, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default RepeatedOutcomeAssert assertThat(RepeatedOutcome actual) {
    return proxy(RepeatedOutcomeAssert.class, RepeatedOutcome.class, actual);
  }

  /**
   * Starts soft assertions on a comparison of a candidate outcome with a baseline.
   *
   * <pre>{@code
   * softly.assertThat(OutcomeComparison.of(baseline, candidate)).hasMeanScoreDropAtMost(0.02);
   * }</pre>
   *
   * @param actual the comparison, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default OutcomeComparisonAssert assertThat(OutcomeComparison actual) {
    return proxy(OutcomeComparisonAssert.class, OutcomeComparison.class, actual);
  }

  /**
   * Starts soft assertions on a scenario run.
   *
   * <pre>{@code
   * softly.assertThat(scenarioRun).isScored().hasScoreAtLeast(0.5);
   * }</pre>
   *
   * @param actual the scenario run, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default ScenarioRunAssert assertThat(ScenarioRunView actual) {
    return proxy(ScenarioRunAssert.class, ScenarioRunView.class, actual);
  }

  /**
   * Starts soft assertions on the result of a scoring function.
   *
   * <pre>{@code
   * softly.assertThat(result).isComplete();
   * }</pre>
   *
   * @param actual the result, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default ScoringFunctionResultAssert assertThat(ScoringFunctionResult actual) {
    return proxy(ScoringFunctionResultAssert.class, ScoringFunctionResult.class, actual);
  }

  /**
   * Starts soft assertions on a scenario definition.
   *
   * <pre>{@code
   * softly.assertThat(scenario).isActive();
   * }</pre>
   *
   * @param actual the scenario, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default ScenarioAssert assertThat(ScenarioView actual) {
    return proxy(ScenarioAssert.class, ScenarioView.class, actual);
  }

  /**
   * Starts soft assertions on a benchmark definition.
   *
   * <pre>{@code
   * softly.assertThat(benchmark).isActive();
   * }</pre>
   *
   * @param actual the benchmark, may be {@code null}
   * @return the assertion, collecting its failures
   */
  default BenchmarkAssert assertThat(BenchmarkView actual) {
    return proxy(BenchmarkAssert.class, BenchmarkView.class, actual);
  }
}
