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
import org.assertj.core.api.InstanceOfAssertFactory;

/**
 * {@link InstanceOfAssertFactory} constants for Benchgate's model, to move from any AssertJ
 * assertion to a Benchgate one with {@code asInstanceOf}, {@code extracting} or {@code element}.
 * Navigation built on them keeps soft assertions soft.
 *
 * <pre>{@code
 * assertThat(outcome).scenarioRuns().element(0, SCENARIO_RUN).isScored();
 * assertThat(someObject).asInstanceOf(BENCHMARK_RUN).isCompleted();
 * }</pre>
 */
public interface BenchgateInstanceOfAssertFactories {

  /**
   * Moves to a {@link BenchmarkRunAssert}.
   *
   * <pre>{@code
   * assertThat(outcome).extracting(BenchmarkOutcome::run, BENCHMARK_RUN).isCompleted();
   * }</pre>
   */
  InstanceOfAssertFactory<BenchmarkRunView, BenchmarkRunAssert> BENCHMARK_RUN =
      new InstanceOfAssertFactory<>(BenchmarkRunView.class, BenchmarkRunAssert::new);

  /**
   * Moves to a {@link BenchmarkOutcomeAssert}.
   *
   * <pre>{@code
   * assertThat(someObject).asInstanceOf(BENCHMARK_OUTCOME).hasPassRateAtLeast(0.9, atScore(0.5));
   * }</pre>
   */
  InstanceOfAssertFactory<BenchmarkOutcome, BenchmarkOutcomeAssert> BENCHMARK_OUTCOME =
      new InstanceOfAssertFactory<>(BenchmarkOutcome.class, BenchmarkOutcomeAssert::new);

  /**
   * Moves to a {@link BenchmarkJobOutcomeAssert}.
   *
   * <pre>{@code
   * assertThat(someObject).asInstanceOf(BENCHMARK_JOB_OUTCOME).ranksFirst("candidate");
   * }</pre>
   */
  InstanceOfAssertFactory<BenchmarkJobOutcome, BenchmarkJobOutcomeAssert> BENCHMARK_JOB_OUTCOME =
      new InstanceOfAssertFactory<>(BenchmarkJobOutcome.class, BenchmarkJobOutcomeAssert::new);

  /**
   * Moves to the {@link AllAgentsAssert} of a benchmark job: the gates of a run applied to every
   * agent.
   *
   * <pre>{@code
   * assertThat(someObject).asInstanceOf(ALL_AGENTS).hasNoScoringErrors();
   * }</pre>
   */
  InstanceOfAssertFactory<BenchmarkJobOutcome, AllAgentsAssert> ALL_AGENTS =
      new InstanceOfAssertFactory<>(BenchmarkJobOutcome.class, AllAgentsAssert::new);

  /**
   * Moves to a {@link RepeatedOutcomeAssert}.
   *
   * <pre>{@code
   * assertThat(someObject).asInstanceOf(REPEATED_OUTCOME).hasPassAtKAtLeast(1, 0.7);
   * }</pre>
   */
  InstanceOfAssertFactory<RepeatedOutcome, RepeatedOutcomeAssert> REPEATED_OUTCOME =
      new InstanceOfAssertFactory<>(RepeatedOutcome.class, RepeatedOutcomeAssert::new);

  /**
   * Moves to an {@link OutcomeComparisonAssert}.
   *
   * <pre>{@code
   * assertThat(report).extracting(Report::comparison, OUTCOME_COMPARISON).hasNoMissingScenarios();
   * }</pre>
   */
  InstanceOfAssertFactory<OutcomeComparison, OutcomeComparisonAssert> OUTCOME_COMPARISON =
      new InstanceOfAssertFactory<>(OutcomeComparison.class, OutcomeComparisonAssert::new);

  /**
   * Moves to a {@link ScenarioRunAssert}.
   *
   * <pre>{@code
   * assertThat(outcome).scenarioRuns().first(SCENARIO_RUN).isScored();
   * }</pre>
   */
  InstanceOfAssertFactory<ScenarioRunView, ScenarioRunAssert> SCENARIO_RUN =
      new InstanceOfAssertFactory<>(ScenarioRunView.class, ScenarioRunAssert::new);

  /**
   * Moves to a {@link ScoringFunctionResultAssert}.
   *
   * <pre>{@code
   * assertThat(results).first(SCORING_FUNCTION_RESULT).isComplete();
   * }</pre>
   */
  InstanceOfAssertFactory<ScoringFunctionResult, ScoringFunctionResultAssert>
      SCORING_FUNCTION_RESULT =
          new InstanceOfAssertFactory<>(
              ScoringFunctionResult.class, ScoringFunctionResultAssert::new);

  /**
   * Moves to a {@link ScenarioAssert}.
   *
   * <pre>{@code
   * assertThat(outcome.scenarios()).first(SCENARIO).isActive();
   * }</pre>
   */
  InstanceOfAssertFactory<ScenarioView, ScenarioAssert> SCENARIO =
      new InstanceOfAssertFactory<>(ScenarioView.class, ScenarioAssert::new);

  /**
   * Moves to a {@link BenchmarkAssert}.
   *
   * <pre>{@code
   * assertThat(outcome.benchmark()).get(BENCHMARK).isActive();
   * }</pre>
   */
  InstanceOfAssertFactory<BenchmarkView, BenchmarkAssert> BENCHMARK =
      new InstanceOfAssertFactory<>(BenchmarkView.class, BenchmarkAssert::new);
}
