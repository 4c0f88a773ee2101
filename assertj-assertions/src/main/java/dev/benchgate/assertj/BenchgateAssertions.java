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
import org.assertj.core.api.Assertions;

/**
 * The entry point of Benchgate's assertions. It extends AssertJ's {@link Assertions}, so one static
 * import brings both Benchgate's and all of AssertJ's {@code assertThat} methods.
 *
 * <pre>{@code
 * import static dev.benchgate.assertj.BenchgateAssertions.*;
 *
 * assertThat(run).isCompleted().hasScoreAtLeast(0.8);
 * assertThat(outcome).hasNoScenarioRunsIn(FAILED, TIMEOUT).hasPassRateAtLeast(0.9, atScore(0.5));
 * assertThat(List.of(1, 2)).hasSize(2); // AssertJ's own
 * }</pre>
 */
public class BenchgateAssertions extends Assertions {

  /** Allows extension, as AssertJ's {@link Assertions} does; everything here is static. */
  protected BenchgateAssertions() {}

  /**
   * Starts assertions on a benchmark run.
   *
   * <pre>{@code
   * assertThat(run).isCompleted().hasScoreAtLeast(0.8);
   * }</pre>
   *
   * @param actual the run, may be {@code null}
   * @return the assertion
   */
  public static BenchmarkRunAssert assertThat(BenchmarkRunView actual) {
    return new BenchmarkRunAssert(actual);
  }

  /**
   * Starts assertions on a benchmark outcome: a run with its scenario runs.
   *
   * <pre>{@code
   * assertThat(outcome).coversAllScenariosOfItsBenchmark().hasPassRateAtLeast(0.9, atScore(0.5));
   * }</pre>
   *
   * @param actual the outcome, may be {@code null}
   * @return the assertion
   */
  public static BenchmarkOutcomeAssert assertThat(BenchmarkOutcome actual) {
    return new BenchmarkOutcomeAssert(actual);
  }

  /**
   * Starts assertions on a benchmark job with every agent's run.
   *
   * <pre>{@code
   * assertThat(job).isCompleted().ranksFirst("candidate");
   * assertThat(job).agent("candidate").comparedTo(job.agent("baseline")).hasNoSignificantRegression();
   * }</pre>
   *
   * @param actual the job, may be {@code null}
   * @return the assertion
   */
  public static BenchmarkJobOutcomeAssert assertThat(BenchmarkJobOutcome actual) {
    return new BenchmarkJobOutcomeAssert(actual);
  }

  /**
   * Starts assertions on repeated runs of one agent: pass@k, pass^k, flaky scenarios.
   *
   * <pre>{@code
   * assertThat(runs).hasPassAtKAtLeast(1, 0.7).hasAtMostFlakyScenarios(3);
   * }</pre>
   *
   * @param actual the runs, may be {@code null}
   * @return the assertion
   */
  public static RepeatedOutcomeAssert assertThat(RepeatedOutcome actual) {
    return new RepeatedOutcomeAssert(actual);
  }

  /**
   * Starts assertions on a comparison of a candidate outcome with a baseline, for a comparison at
   * hand; {@code assertThat(candidate).comparedTo(baseline)} makes one on the way.
   *
   * <pre>{@code
   * assertThat(OutcomeComparison.of(baseline, candidate)).hasNoScenarioRegressedByMoreThan(0.2);
   * }</pre>
   *
   * @param actual the comparison, may be {@code null}
   * @return the assertion
   */
  public static OutcomeComparisonAssert assertThat(OutcomeComparison actual) {
    return new OutcomeComparisonAssert(actual);
  }

  /**
   * Starts assertions on a scenario run.
   *
   * <pre>{@code
   * assertThat(scenarioRun).isScored().hasScoreAtLeast(0.5);
   * }</pre>
   *
   * @param actual the scenario run, may be {@code null}
   * @return the assertion
   */
  public static ScenarioRunAssert assertThat(ScenarioRunView actual) {
    return new ScenarioRunAssert(actual);
  }

  /**
   * Starts assertions on the result of a scoring function.
   *
   * <pre>{@code
   * assertThat(result).isComplete().outputContains("10 passed");
   * }</pre>
   *
   * @param actual the result, may be {@code null}
   * @return the assertion
   */
  public static ScoringFunctionResultAssert assertThat(ScoringFunctionResult actual) {
    return new ScoringFunctionResultAssert(actual);
  }

  /**
   * Starts assertions on a scenario definition.
   *
   * <pre>{@code
   * assertThat(scenario).isActive().hasWeightsSummingToOne();
   * }</pre>
   *
   * @param actual the scenario, may be {@code null}
   * @return the assertion
   */
  public static ScenarioAssert assertThat(ScenarioView actual) {
    return new ScenarioAssert(actual);
  }

  /**
   * Starts assertions on a benchmark definition.
   *
   * <pre>{@code
   * assertThat(benchmark).isActive().hasScenarioCount(50);
   * }</pre>
   *
   * @param actual the benchmark, may be {@code null}
   * @return the assertion
   */
  public static BenchmarkAssert assertThat(BenchmarkView actual) {
    return new BenchmarkAssert(actual);
  }

  /**
   * Makes a confidence level for a gate that must hold "not by luck", as AssertJ's {@code
   * within(0.05)} makes an offset.
   *
   * <pre>{@code
   * assertThat(outcome).hasMeanScoreAtLeast(0.8, withConfidence(0.95));
   * }</pre>
   *
   * @param level the confidence level, strictly between 0 and 1, e.g. 0.95
   * @return the confidence
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public static Confidence withConfidence(double level) {
    return new Confidence(level);
  }

  /**
   * Makes the score a scenario run needs to pass, for a pass-rate gate, as AssertJ's {@code
   * within(0.05)} makes an offset: the two numbers of the gate then cannot be swapped.
   *
   * <pre>{@code
   * assertThat(outcome).hasPassRateAtLeast(0.9, atScore(0.5)); // 90 % of the scenario runs score >= 0.5
   * }</pre>
   *
   * @param score the lowest score that passes, from 0 to 1
   * @return the passing score
   * @throws IllegalArgumentException if the score is not between 0 and 1
   */
  public static PassingScore atScore(double score) {
    return new PassingScore(score);
  }

  /**
   * Makes a percentage, for a budget given as a share of the scenario runs rather than a count.
   *
   * <pre>{@code
   * assertThat(outcome).hasInfrastructureFailuresAtMost(percent(10)); // at most a tenth of them
   * }</pre>
   *
   * @param value the percentage, from 0 to 100, e.g. 10 for a tenth
   * @return the percentage
   * @throws IllegalArgumentException if the value is not between 0 and 100
   */
  public static Percent percent(double value) {
    return new Percent(value);
  }
}
