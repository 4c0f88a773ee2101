package dev.benchgate.assertj;

import static dev.benchgate.assertj.internal.ShouldBeCompletedJob.shouldBeCompleted;
import static dev.benchgate.assertj.internal.ShouldHaveAgents.shouldHaveAgents;
import static dev.benchgate.assertj.internal.ShouldRankFirst.shouldBeAbleToRank;
import static dev.benchgate.assertj.internal.ShouldRankFirst.shouldRankFirst;
import static java.util.Objects.requireNonNull;

import dev.benchgate.assertj.internal.Ranking;
import dev.benchgate.core.compare.SignificanceTest;
import dev.benchgate.core.model.BenchmarkJobState;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.outcome.JobAgent;
import java.util.LinkedHashSet;
import java.util.List;
import org.assertj.core.api.AssertFactory;
import org.assertj.core.api.Assumptions;
import org.assertj.core.api.InstanceOfAssertFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on a {@link BenchmarkJobOutcome}: a benchmark job with every agent's run. Gate one
 * agent as any run ({@link #agent(String)}), every agent at once ({@link #allAgents()}), two agents
 * side by side ({@code agent("candidate").comparedTo(job.agent("baseline"))}), or all of them by
 * rank ({@link #ranksFirst(String)}).
 *
 * <p>An agent's scenarios that failed in setup, before a scenario run existed, are scenario runs of
 * its outcome like the others (see {@link BenchmarkOutcome#withJobScenarioOutcomes}), so every gate
 * counts them, and messages print the reason the job gave for them.
 *
 * <pre>{@code
 * assertThat(job).isCompleted().hasAgents("candidate", "baseline");
 * assertThat(job).allAgents().hasInfrastructureFailuresAtMost(percent(10));
 * assertThat(job).agent("candidate").comparedTo(job.agent("baseline")).hasNoSignificantRegression();
 * assertThat(job).ranksFirst("candidate");
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test; AssertJ's soft assertions read it from this
 *     type argument when they follow a navigation
 */
public abstract class AbstractBenchmarkJobOutcomeAssert<
        SELF extends AbstractBenchmarkJobOutcomeAssert<SELF, ACTUAL>,
        ACTUAL extends BenchmarkJobOutcome>
    extends AbstractBenchgateAssert<SELF, ACTUAL> {

  /** The significance level of {@link #ranksFirst(String)}. */
  public static final double DEFAULT_ALPHA = SignificanceTest.DEFAULT_ALPHA;

  /**
   * Creates the assertion.
   *
   * @param actual the job under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractBenchmarkJobOutcomeAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that the job completed, and that every agent of its spec has a finished run: a job
   * that failed, was cancelled, timed out or is still going has agents no gate could judge whole.
   *
   * <pre>{@code
   * assertThat(job).isCompleted();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, not in state {@code completed}, or an agent
   *     has no run or a run still in progress
   */
  public SELF isCompleted() {
    isNotNull();
    boolean everyAgentFinished =
        actual.agentsWithoutRun().isEmpty()
            && actual.agents().stream().allMatch(JobAgent::isFinished);
    if (actual.job().state() != BenchmarkJobState.COMPLETED || !everyAgentFinished) {
      throwAssertionError(shouldBeCompleted(actual));
    }
    return myself;
  }

  /**
   * Verifies that the job has agents with these names, each with a benchmark run (it may have
   * others too). Names are those of {@link BenchmarkJobOutcome#agentNames()}: an agent's name, or
   * {@code name:model} when two agents share a name.
   *
   * <pre>{@code
   * assertThat(job).hasAgents("candidate", "baseline");
   * }</pre>
   *
   * @param names the agents' names
   * @return this assertion
   * @throws AssertionError if the job is {@code null} or lacks one of them
   * @throws IllegalArgumentException if no name is given
   */
  public SELF hasAgents(String... names) {
    requireNonNull(names, "The agents' names must not be null");
    if (names.length == 0) {
      throw new IllegalArgumentException("Give at least one agent's name");
    }
    List<String> expected = List.copyOf(new LinkedHashSet<>(List.of(names)));
    isNotNull();
    List<String> missing =
        expected.stream().filter(name -> !actual.agentNames().contains(name)).toList();
    if (!missing.isEmpty()) {
      throwAssertionError(shouldHaveAgents(actual, expected, missing));
    }
    return myself;
  }

  /**
   * Navigates to the outcome of one agent, for every gate of a run, and for comparing it with
   * another agent: {@code agent("candidate").comparedTo(job.agent("baseline"))}. Navigation asserts
   * nothing by itself: for a name the job does not know, the assertions chained after it fail,
   * their description naming the agents the job has. Under soft assertions, the failures of the
   * chained assertions are collected.
   *
   * <pre>{@code
   * assertThat(job).agent("codex").hasPassRateAtLeast(0.8, atScore(0.5));
   * assertThat(job).agent("candidate").comparedTo(job.agent("baseline")).hasNoNewFailures(0.5);
   * }</pre>
   *
   * @param name the agent's name, as {@link BenchmarkJobOutcome#agentNames()} names it
   * @return an assertion on its outcome
   * @throws AssertionError if the job is {@code null}
   */
  public BenchmarkOutcomeAssert agent(String name) {
    requireNonNull(name, "The agent's name must not be null");
    isNotNull();
    Navigation.Target<BenchmarkOutcome> target = Navigation.agent(actual, name, descriptionText());
    AssertFactory<Object, BenchmarkOutcomeAssert> outcomeAssert =
        BenchgateInstanceOfAssertFactories.BENCHMARK_OUTCOME;
    return extracting(job -> target.value(), outcomeAssert).as(target.description());
  }

  /**
   * Navigates to the gates that apply to every agent at once: each gate runs on every agent's
   * outcome, and fails naming every agent that fails it (with that agent's own message), and every
   * agent of the job's spec that has no run to judge. Under soft assertions, the failures are
   * collected.
   *
   * <pre>{@code
   * assertThat(job).allAgents().hasInfrastructureFailuresAtMost(percent(10)).hasNoScoringErrors();
   * }</pre>
   *
   * @return the assertion on every agent
   * @throws AssertionError if the job is {@code null}
   */
  public AllAgentsAssert allAgents() {
    isNotNull();
    InstanceOfAssertFactory<BenchmarkJobOutcome, AllAgentsAssert> allAgents =
        BenchgateInstanceOfAssertFactories.ALL_AGENTS;
    return extracting(job -> job, allAgents).as(Navigation.allAgents(actual, descriptionText()));
  }

  /**
   * Verifies that an agent ranks first among the job's agents at a level of {@value
   * #DEFAULT_ALPHA}, failing when the tests have too few scenarios to tell; see {@link
   * #ranksFirst(String, double, WhenUnderpowered)}.
   *
   * <pre>{@code
   * assertThat(job).ranksFirst("candidate");
   * }</pre>
   *
   * @param agent the agent's name
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, lacks the agent, another agent ranks above
   *     it, or the tests cannot tell it from another agent
   */
  public SELF ranksFirst(String agent) {
    return ranksFirst(agent, DEFAULT_ALPHA);
  }

  /**
   * Verifies that an agent ranks first among the job's agents at a level {@code alpha}, failing
   * when the tests have too few scenarios to tell; see {@link #ranksFirst(String, double,
   * WhenUnderpowered)}.
   *
   * <pre>{@code
   * assertThat(job).ranksFirst("candidate", 0.01);
   * }</pre>
   *
   * @param agent the agent's name
   * @param alpha the significance level, from 0.0001 to 0.5
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, lacks the agent, another agent ranks above
   *     it, or the tests cannot tell it from another agent
   * @throws IllegalArgumentException if {@code alpha} is out of range
   */
  public SELF ranksFirst(String agent, double alpha) {
    return ranksFirst(agent, alpha, WhenUnderpowered.FAIL);
  }

  /**
   * Verifies that an agent ranks first among the job's agents: that no other agent is significantly
   * better. Each other agent is compared with it by the two one-sided tests of {@link
   * AbstractOutcomeComparisonAssert#hasNoSignificantRegression(double, WhenUnderpowered)}, the
   * paired sign-flip test of the score change and the exact McNemar test of pass/fail flips at a
   * score of {@value AbstractOutcomeComparisonAssert#PASS_THRESHOLD}: another agent ranks above it
   * when a test finds it worse than that agent at level {@code alpha}. Agents whose difference from
   * it is not significant either way are tied with it, and a tie for first place is first place:
   * noise is not a ranking.
   *
   * <p>As with {@code hasNoSignificantRegression}, a test on n scenarios cannot reach a p below
   * 2⁻ⁿ: when no agent ranks above this one, but a test could not have found one that did (too few
   * scenarios), {@code whenUnderpowered} decides: {@link WhenUnderpowered#FAIL} fails, {@link
   * WhenUnderpowered#ABORT} aborts the test so that it is reported as skipped. A job with no other
   * agent to rank against fails too. The message gives the ranking (the agents above, tied with and
   * below this one, with their mean scores) and the p-values behind it.
   *
   * <pre>{@code
   * assertThat(job).ranksFirst("candidate", 0.05, WhenUnderpowered.ABORT);
   * }</pre>
   *
   * @param agent the agent's name
   * @param alpha the significance level, from 0.0001 to 0.5
   * @param whenUnderpowered what to do when the tests cannot tell it from another agent
   * @return this assertion
   * @throws AssertionError if the job is {@code null}, lacks the agent, has no other agent, another
   *     agent ranks above it, or the tests cannot tell it from another agent and {@code
   *     whenUnderpowered} is {@link WhenUnderpowered#FAIL}
   * @throws IllegalArgumentException if {@code alpha} is out of range
   */
  public SELF ranksFirst(String agent, double alpha, WhenUnderpowered whenUnderpowered) {
    requireNonNull(agent, "The agent's name must not be null");
    SignificanceTest.requireLevel(alpha);
    requireNonNull(whenUnderpowered, "whenUnderpowered must not be null");
    hasAgents(agent);
    Ranking ranking =
        Ranking.of(actual, agent, alpha, AbstractOutcomeComparisonAssert.PASS_THRESHOLD);
    if (ranking.isBeaten() || !ranking.hasRivals()) {
      throwAssertionError(shouldRankFirst(ranking));
    }
    if (!ranking.isFirst()) {
      ErrorMessageFactory underpowered = shouldBeAbleToRank(ranking);
      if (whenUnderpowered == WhenUnderpowered.ABORT) {
        String message = underpowered.create(info.description(), info.representation());
        Assumptions.assumeThat(ranking.isFirst()).withFailMessage("%s", message).isTrue();
      }
      throwAssertionError(underpowered);
    }
    return myself;
  }
}
