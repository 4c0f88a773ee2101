package dev.benchgate.assertj;

import static dev.benchgate.assertj.internal.ShouldSatisfyForEveryAgent.shouldSatisfyForEveryAgent;
import static java.util.Objects.requireNonNull;

import dev.benchgate.assertj.internal.Names;
import dev.benchgate.assertj.internal.ScoreRequirement;
import dev.benchgate.assertj.internal.ShouldSatisfyForEveryAgent.AgentFailure;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.JobAgent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The gates of a benchmark run applied to every agent of a benchmark job at once; get them with
 * {@code assertThat(job).allAgents()}. Each gate runs the assertion of {@link
 * AbstractBenchmarkOutcomeAssert} of the same name on every agent's outcome, and fails once,
 * listing every agent that failed it with that agent's own message, and every agent of the job's
 * spec without a run to judge: a gate that could not judge an agent does not pass. A job without
 * agents fails every gate.
 *
 * <pre>{@code
 * assertThat(job).allAgents()
 *                .isCompleted()
 *                .hasInfrastructureFailuresAtMost(percent(10))
 *                .hasPassRateAtLeast(0.5, atScore(0.5));
 * assertThat(job).allAgents().satisfy(agent -> agent.scenarioRun("parse-dates").isScored());
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test; AssertJ's soft assertions read it from this
 *     type argument when they follow a navigation
 */
public abstract class AbstractAllAgentsAssert<
        SELF extends AbstractAllAgentsAssert<SELF, ACTUAL>, ACTUAL extends BenchmarkJobOutcome>
    extends AbstractBenchgateAssert<SELF, ACTUAL> {

  /**
   * Creates the assertion.
   *
   * @param actual the job whose agents are under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractAllAgentsAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that every agent passes a gate of its outcome, for any gate this class does not offer
   * by name.
   *
   * <pre>{@code
   * assertThat(job).allAgents().satisfy(agent -> agent.hasMeanScoreAtLeast(0.6).hasNoScoringErrors());
   * }</pre>
   *
   * @param gate the assertions to run on each agent's outcome
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, has no agent, an agent has no run, or an
   *     agent fails the gate
   */
  public SELF satisfy(Consumer<? super BenchmarkOutcomeAssert> gate) {
    requireNonNull(gate, "The gate must not be null");
    isNotNull();
    List<AgentFailure> failures = new ArrayList<>();
    for (JobAgent agent : actual.agents()) {
      try {
        gate.accept(new BenchmarkOutcomeAssert(agent.outcome()));
      } catch (AssertionError failed) {
        failures.add(new AgentFailure(Names.agent(agent), failed.getMessage()));
      }
    }
    if (!failures.isEmpty() || !actual.agentsWithoutRun().isEmpty() || actual.agents().isEmpty()) {
      throwAssertionError(shouldSatisfyForEveryAgent(actual, failures));
    }
    return myself;
  }

  /**
   * Verifies that every agent's run completed; see {@link
   * AbstractBenchmarkRunLevelAssert#isCompleted()}.
   *
   * <pre>{@code
   * assertThat(job).allAgents().isCompleted();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, an agent has no run, or a run did not
   *     complete
   */
  public SELF isCompleted() {
    return satisfy(AbstractBenchmarkRunLevelAssert::isCompleted);
  }

  /**
   * Verifies every agent's pass rate; see {@link
   * AbstractBenchmarkOutcomeAssert#hasPassRateAtLeast(double, PassingScore)}.
   *
   * <pre>{@code
   * assertThat(job).allAgents().hasPassRateAtLeast(0.8, atScore(0.5));
   * }</pre>
   *
   * @param rate the lowest acceptable pass rate, from 0 to 1
   * @param passingScore the score a scenario run needs to pass, from {@link
   *     BenchgateAssertions#atScore(double)}
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, an agent has no run, or an agent's pass rate
   *     is lower
   * @throws IllegalArgumentException if the rate is not between 0 and 1
   */
  public SELF hasPassRateAtLeast(double rate, PassingScore passingScore) {
    requireNonNull(passingScore, "The passing score must not be null");
    AbstractBenchmarkOutcomeAssert.requirePassRate(rate);
    return satisfy(agent -> agent.hasPassRateAtLeast(rate, passingScore));
  }

  /**
   * Verifies every agent's mean score; see {@link
   * AbstractBenchmarkOutcomeAssert#hasMeanScoreAtLeast(double)}.
   *
   * <pre>{@code
   * assertThat(job).allAgents().hasMeanScoreAtLeast(0.7);
   * }</pre>
   *
   * @param threshold the lowest acceptable mean, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, an agent has no run, or an agent's mean is
   *     lower
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF hasMeanScoreAtLeast(double threshold) {
    ScoreRequirement.atLeast(threshold); // refuses a threshold that is no score, judged or not
    return satisfy(agent -> agent.hasMeanScoreAtLeast(threshold));
  }

  /**
   * Verifies every agent's mean score with a confidence; see {@link
   * AbstractBenchmarkOutcomeAssert#hasMeanScoreAtLeast(double, Confidence)}.
   *
   * <pre>{@code
   * assertThat(job).allAgents().hasMeanScoreAtLeast(0.7, withConfidence(0.95));
   * }</pre>
   *
   * @param threshold the lowest acceptable mean, from 0 to 1
   * @param confidence how sure the bound must be, from {@link BenchgateAssertions#withConfidence}
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, an agent has no run, or the lower bound of
   *     an agent's mean is lower
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF hasMeanScoreAtLeast(double threshold, Confidence confidence) {
    ScoreRequirement.atLeast(threshold);
    requireNonNull(confidence, "The confidence must not be null");
    return satisfy(agent -> agent.hasMeanScoreAtLeast(threshold, confidence));
  }

  /**
   * Verifies every agent's infrastructure failures; see {@link
   * AbstractBenchmarkOutcomeAssert#hasInfrastructureFailuresAtMost(int)}.
   *
   * <pre>{@code
   * assertThat(job).allAgents().hasInfrastructureFailuresAtMost(2);
   * }</pre>
   *
   * @param max the most scenario runs of an agent that may end in an infrastructure failure
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, an agent has no run, or an agent has more
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public SELF hasInfrastructureFailuresAtMost(int max) {
    if (max < 0) {
      throw new IllegalArgumentException(
          "The most infrastructure failures allowed must not be negative, but was " + max);
    }
    return satisfy(agent -> agent.hasInfrastructureFailuresAtMost(max));
  }

  /**
   * Verifies every agent's share of infrastructure failures; see {@link
   * AbstractBenchmarkOutcomeAssert#hasInfrastructureFailuresAtMost(Percent)}.
   *
   * <pre>{@code
   * assertThat(job).allAgents().hasInfrastructureFailuresAtMost(percent(10));
   * }</pre>
   *
   * @param max the largest share of an agent's scenario runs that may end in an infrastructure
   *     failure, from {@link BenchgateAssertions#percent(double)}
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, an agent has no run, or an agent has a
   *     larger share
   */
  public SELF hasInfrastructureFailuresAtMost(Percent max) {
    requireNonNull(max, "The percentage must not be null");
    return satisfy(agent -> agent.hasInfrastructureFailuresAtMost(max));
  }

  /**
   * Verifies that no agent's scenario run is in any of some states; see {@link
   * AbstractBenchmarkOutcomeAssert#hasNoScenarioRunsIn(ScenarioRunState...)}.
   *
   * <pre>{@code
   * assertThat(job).allAgents().hasNoScenarioRunsIn(ScenarioRunState.FAILED);
   * }</pre>
   *
   * @param states the states no scenario run may be in
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, an agent has no run, or a scenario run of an
   *     agent is in one of the states
   * @throws IllegalArgumentException if no state is given
   */
  public SELF hasNoScenarioRunsIn(ScenarioRunState... states) {
    requireNonNull(states, "The states must not be null");
    if (states.length == 0) {
      throw new IllegalArgumentException("Give at least one state no scenario run may be in");
    }
    return satisfy(agent -> agent.hasNoScenarioRunsIn(states));
  }

  /**
   * Verifies that every agent's scenario runs have finished; see {@link
   * AbstractBenchmarkOutcomeAssert#allScenarioRunsAreFinished()}.
   *
   * <pre>{@code
   * assertThat(job).allAgents().allScenarioRunsAreFinished();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, an agent has no run, or an agent's scenario
   *     runs have not all finished
   */
  public SELF allScenarioRunsAreFinished() {
    return satisfy(AbstractBenchmarkOutcomeAssert::allScenarioRunsAreFinished);
  }

  /**
   * Verifies that every scenario run of every agent has a score of at least a threshold; see {@link
   * AbstractBenchmarkOutcomeAssert#allScenarioRunsHaveScoreAtLeast(double)}.
   *
   * <pre>{@code
   * assertThat(job).allAgents().allScenarioRunsHaveScoreAtLeast(0.2);
   * }</pre>
   *
   * @param threshold the lowest passing score, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, an agent has no run, or a scenario run of an
   *     agent has no score or a lower one
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF allScenarioRunsHaveScoreAtLeast(double threshold) {
    ScoreRequirement.atLeast(threshold);
    return satisfy(agent -> agent.allScenarioRunsHaveScoreAtLeast(threshold));
  }

  /**
   * Verifies that no scorer of any agent ended in error; see {@link
   * AbstractBenchmarkOutcomeAssert#hasNoScoringErrors()}.
   *
   * <pre>{@code
   * assertThat(job).allAgents().hasNoScoringErrors();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, an agent has no run, or a scorer of an agent
   *     ended in error
   */
  public SELF hasNoScoringErrors() {
    return satisfy(AbstractBenchmarkOutcomeAssert::hasNoScoringErrors);
  }

  /**
   * Verifies that every agent ran every scenario of the job's benchmark to the end; see {@link
   * AbstractBenchmarkOutcomeAssert#coversAllScenariosOfItsBenchmark()}.
   *
   * <pre>{@code
   * assertThat(job).allAgents().coversAllScenariosOfItsBenchmark();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, an agent has no run, the job has no
   *     benchmark, or an agent has no finished scenario run of one of its scenarios
   */
  public SELF coversAllScenariosOfItsBenchmark() {
    return satisfy(AbstractBenchmarkOutcomeAssert::coversAllScenariosOfItsBenchmark);
  }
}
