package dev.benchgate.assertj;

import static dev.benchgate.assertj.internal.ShouldCoverAllScenariosOfItsBenchmark.shouldCoverAllScenariosOfItsBenchmark;
import static dev.benchgate.assertj.internal.ShouldCoverAllScenariosOfItsBenchmark.shouldHaveBenchmarkToCover;
import static dev.benchgate.assertj.internal.ShouldHaveAllScenarioRunsFinished.shouldHaveAllScenarioRunsFinished;
import static dev.benchgate.assertj.internal.ShouldHaveAllScenarioRunsScoring.shouldHaveAllScenarioRunsScoring;
import static dev.benchgate.assertj.internal.ShouldHaveInfrastructureFailuresAtMost.shouldHaveInfrastructureFailuresAtMost;
import static dev.benchgate.assertj.internal.ShouldHaveMeanScoreAtLeast.shouldHaveMeanScoreAtLeast;
import static dev.benchgate.assertj.internal.ShouldHaveNoScenarioRunsIn.shouldHaveNoScenarioRunsIn;
import static dev.benchgate.assertj.internal.ShouldHaveNoScoringErrors.shouldHaveNoScoringErrors;
import static dev.benchgate.assertj.internal.ShouldHavePassRateAtLeast.shouldHavePassRateAtLeast;
import static dev.benchgate.assertj.internal.ShouldHaveScenarioRunCount.shouldHaveScenarioRunCount;
import static java.util.Objects.requireNonNull;

import dev.benchgate.assertj.internal.Offenders;
import dev.benchgate.assertj.internal.ScoreRequirement;
import dev.benchgate.core.compare.MeanScore;
import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.text.PassRate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AssertFactory;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a {@link BenchmarkOutcome}: every assertion on its run (see {@link
 * AbstractBenchmarkRunLevelAssert}), whose score failures here also list the worst scenario runs,
 * plus aggregate assertions over the scenario runs and navigation into them.
 *
 * <p>Aggregate failures list the offending scenario runs by scenario name with id, state and score,
 * worst first, at most five of them, then how many more. Assertions about every scenario run, a
 * rate, a mean or a budget fail on an outcome without scenario runs, since there is nothing to
 * judge; assertions that something is absent pass on it.
 *
 * <pre>{@code
 * assertThat(outcome).hasInfrastructureFailuresAtMost(percent(10))
 *                    .coversAllScenariosOfItsBenchmark()
 *                    .hasPassRateAtLeast(0.9, atScore(0.5));
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test; AssertJ's soft assertions read it from this
 *     type argument when they follow a navigation
 */
public abstract class AbstractBenchmarkOutcomeAssert<
        SELF extends AbstractBenchmarkOutcomeAssert<SELF, ACTUAL>, ACTUAL extends BenchmarkOutcome>
    extends AbstractBenchmarkRunLevelAssert<SELF, ACTUAL> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates the assertion.
   *
   * @param actual the outcome under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractBenchmarkOutcomeAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  @Override
  protected BenchmarkRunView run() {
    return actual.run();
  }

  @Override
  protected Optional<BenchmarkOutcome> outcome() {
    return Optional.of(actual);
  }

  /**
   * Verifies the number of scenario runs.
   *
   * <pre>{@code
   * assertThat(outcome).hasScenarioRunCount(50);
   * }</pre>
   *
   * @param expected the expected number
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null} or has another number of scenario runs
   * @throws IllegalArgumentException if {@code expected} is negative
   */
  public SELF hasScenarioRunCount(int expected) {
    if (expected < 0) {
      throw new IllegalArgumentException(
          "The expected number of scenario runs must not be negative, but was " + expected);
    }
    isNotNull();
    if (actual.scenarioRuns().size() != expected) {
      throwAssertionError(shouldHaveScenarioRunCount(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that no scenario run is in any of some states.
   *
   * <pre>{@code
   * assertThat(outcome).hasNoScenarioRunsIn(ScenarioRunState.FAILED, ScenarioRunState.TIMEOUT);
   * }</pre>
   *
   * @param states the states no scenario run may be in
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null} or a scenario run is in one of the states
   * @throws IllegalArgumentException if no state is given
   */
  public SELF hasNoScenarioRunsIn(ScenarioRunState... states) {
    requireNonNull(states, "The states must not be null");
    if (states.length == 0) {
      throw new IllegalArgumentException("Give at least one state no scenario run may be in");
    }
    Set<ScenarioRunState> unwanted = new LinkedHashSet<>(List.of(states));
    isNotNull();
    Offenders offenders =
        Offenders.of(actual, scenarioRun -> unwanted.contains(scenarioRun.state()));
    if (offenders.count() > 0) {
      throwAssertionError(shouldHaveNoScenarioRunsIn(actual, unwanted, offenders));
    }
    return myself;
  }

  /**
   * Verifies that there are scenario runs and all of them have finished. A state this version of
   * Benchgate does not know counts as unfinished.
   *
   * <pre>{@code
   * assertThat(outcome).allScenarioRunsAreFinished();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null}, has no scenario runs, or one of them is
   *     still running, being scored, or in an unknown state
   */
  public SELF allScenarioRunsAreFinished() {
    isNotNull();
    Offenders unfinished = Offenders.of(actual, scenarioRun -> !scenarioRun.state().isFinished());
    if (unfinished.total() == 0 || unfinished.count() > 0) {
      throwAssertionError(shouldHaveAllScenarioRunsFinished(actual, unfinished));
    }
    return myself;
  }

  /**
   * Verifies the share of scenario runs that pass: whose score is at least a passing score. A
   * scenario run without a score does not pass. The passing score is a typed argument, so that the
   * two numbers cannot be swapped; this is the form to prefer.
   *
   * <p>It is one call on purpose: AssertJ has no terminal call, so a chain such as {@code
   * hasPassRateAtLeast(0.9).atScore(0.5)} would pass silently wherever its second half is
   * forgotten. The message prints rates as {@link PassRate} does, as the reports do.
   *
   * <pre>{@code
   * assertThat(outcome).hasPassRateAtLeast(0.9, atScore(0.5)); // 90 % of the scenario runs score >= 0.5
   * }</pre>
   *
   * @param rate the lowest acceptable pass rate, from 0 to 1
   * @param passingScore the score a scenario run needs to pass, from {@link
   *     BenchgateAssertions#atScore(double)}
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null}, has no scenario runs, or too few pass
   * @throws IllegalArgumentException if the rate is not between 0 and 1
   */
  public SELF hasPassRateAtLeast(double rate, PassingScore passingScore) {
    requirePassRate(rate);
    requireNonNull(passingScore, "The passing score must not be null");
    ScoreRequirement passing = ScoreRequirement.atLeast(passingScore.score());
    isNotNull();
    Offenders failing = Offenders.of(actual, scenarioRun -> !passing.isMetBy(scenarioRun.score()));
    double actualRate =
        failing.total() == 0 ? 0 : (failing.total() - failing.count()) / (double) failing.total();
    if (failing.total() == 0 || actualRate < rate) {
      throwAssertionError(shouldHavePassRateAtLeast(actual, rate, passing, failing));
    }
    return myself;
  }

  /**
   * Verifies the share of scenario runs that pass, as {@link #hasPassRateAtLeast(double,
   * PassingScore)} does, with the passing score as a plain number. Prefer {@code
   * hasPassRateAtLeast(0.9, atScore(0.5))}, which cannot be misread as a pass rate of 0.5.
   *
   * <pre>{@code
   * assertThat(outcome).hasPassRateAtLeast(0.9, 0.5); // 90 % of the scenario runs score >= 0.5
   * }</pre>
   *
   * @param rate the lowest acceptable pass rate, from 0 to 1
   * @param scoreThreshold the score a scenario run needs to pass, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null}, has no scenario runs, or too few pass
   * @throws IllegalArgumentException if the rate or the passing score is not between 0 and 1
   */
  public SELF hasPassRateAtLeast(double rate, double scoreThreshold) {
    requirePassRate(rate);
    return hasPassRateAtLeast(rate, new PassingScore(scoreThreshold));
  }

  /**
   * Verifies that at most a number of scenario runs ended in an infrastructure failure: failed,
   * timed out or canceled ({@link ScenarioRunState#isInfrastructureFailure()}, the reports'
   * "infrastructure failures"). A few broken devboxes are part of any night; more mean the
   * infrastructure, not the agent, failed. A scorer in error is not counted here: see {@link
   * #hasNoScoringErrors()}.
   *
   * <pre>{@code
   * assertThat(outcome).hasInfrastructureFailuresAtMost(2);
   * }</pre>
   *
   * @param max the most scenario runs that may end in an infrastructure failure
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null}, has no scenario runs (its infrastructure
   *     could not be judged), or more of them ended in an infrastructure failure
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public SELF hasInfrastructureFailuresAtMost(int max) {
    if (max < 0) {
      throw new IllegalArgumentException(
          "The most infrastructure failures allowed must not be negative, but was " + max);
    }
    isNotNull();
    Offenders failures = infrastructureFailures();
    if (failures.total() == 0 || failures.count() > max) {
      throwAssertionError(shouldHaveInfrastructureFailuresAtMost(actual, max, failures));
    }
    return myself;
  }

  /**
   * Verifies that at most a share of the scenario runs ended in an infrastructure failure (failed,
   * timed out or canceled), as {@link #hasInfrastructureFailuresAtMost(int)} does with a count. The
   * share is exact: 10 % of 48 scenario runs allows 4 of them, 10 % of 50 allows 5.
   *
   * <pre>{@code
   * assertThat(outcome).hasInfrastructureFailuresAtMost(percent(10));
   * }</pre>
   *
   * @param max the largest share of scenario runs that may end in an infrastructure failure, from
   *     {@link BenchgateAssertions#percent(double)}
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null}, has no scenario runs (its infrastructure
   *     could not be judged), or a larger share of them ended in an infrastructure failure
   */
  public SELF hasInfrastructureFailuresAtMost(Percent max) {
    requireNonNull(max, "The percentage must not be null");
    isNotNull();
    Offenders failures = infrastructureFailures();
    int allowed =
        BigDecimal.valueOf(max.value())
            .multiply(BigDecimal.valueOf(failures.total()))
            .divide(HUNDRED, 0, RoundingMode.FLOOR)
            .intValueExact();
    if (failures.total() == 0 || failures.count() > allowed) {
      throwAssertionError(
          shouldHaveInfrastructureFailuresAtMost(actual, max.value(), allowed, failures));
    }
    return myself;
  }

  /**
   * Verifies that there are scenario runs and each has a score of at least a threshold.
   *
   * <pre>{@code
   * assertThat(outcome).allScenarioRunsHaveScoreAtLeast(0.5);
   * }</pre>
   *
   * @param threshold the lowest passing score, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null}, has no scenario runs, or one of them has
   *     no score or a lower one
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF allScenarioRunsHaveScoreAtLeast(double threshold) {
    ScoreRequirement requirement = ScoreRequirement.atLeast(threshold);
    isNotNull();
    Offenders failing =
        Offenders.of(actual, scenarioRun -> !requirement.isMetBy(scenarioRun.score()));
    if (failing.total() == 0 || failing.count() > 0) {
      throwAssertionError(shouldHaveAllScenarioRunsScoring(actual, requirement, failing));
    }
    return myself;
  }

  /**
   * Verifies the mean score over all scenario runs, counting a scenario run without a score as 0.
   * Stricter than {@link #hasScoreAtLeast(double)}: the API's run score leaves out scenario runs
   * that did not finish, so a canceled run can score high on a few scenarios.
   *
   * <pre>{@code
   * assertThat(outcome).hasMeanScoreAtLeast(0.8);
   * }</pre>
   *
   * @param threshold the lowest acceptable mean, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null}, has no scenario runs, or its mean is
   *     lower
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF hasMeanScoreAtLeast(double threshold) {
    ScoreRequirement requirement = ScoreRequirement.atLeast(threshold);
    isNotNull();
    Offenders below =
        Offenders.of(actual, scenarioRun -> !requirement.isMetBy(scenarioRun.score()));
    double mean = meanScore(actual.scenarioRuns());
    if (below.total() == 0 || !requirement.isMetBy(mean)) {
      throwAssertionError(shouldHaveMeanScoreAtLeast(actual, threshold, mean, below));
    }
    return myself;
  }

  /**
   * Verifies the mean score over all scenario runs, as {@link #hasMeanScoreAtLeast(double)} does,
   * with a confidence: its one-sided lower confidence bound must be at least the threshold, so that
   * the mean is not high by luck. A benchmark is a sample of the tasks the agent will meet; with 20
   * scenarios a mean of 0.85 is compatible with a true mean of 0.75.
   *
   * <p>The bound rests on the standard error of the mean, clustered by scenario when a scenario has
   * several runs (Miller 2024, "Adding Error Bars to Evals"), and on a skewness-adjusted Student-t
   * with one degree of freedom fewer than there are scenarios; when every scenario has the same
   * mean score there is no spread to estimate an error from, and the bound is the one Markov's
   * inequality gives ({@link MeanScore}). It is one call on purpose: AssertJ has no terminal call,
   * and a form like {@code hasMeanScoreAtLeast(0.8).withConfidence(0.95)} would pass silently
   * wherever the second call is forgotten.
   *
   * <pre>{@code
   * assertThat(outcome).hasMeanScoreAtLeast(0.8, withConfidence(0.95));
   * }</pre>
   *
   * @param threshold the lowest acceptable mean, from 0 to 1
   * @param confidence how sure the bound must be, from {@link BenchgateAssertions#withConfidence}
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null}, has no scenario runs, or the lower bound
   *     of its mean is below the threshold
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF hasMeanScoreAtLeast(double threshold, Confidence confidence) {
    ScoreRequirement requirement = ScoreRequirement.atLeast(threshold);
    requireNonNull(confidence, "The confidence must not be null");
    isNotNull();
    Offenders below =
        Offenders.of(actual, scenarioRun -> !requirement.isMetBy(scenarioRun.score()));
    MeanScore mean = actual.scenarioRuns().isEmpty() ? null : MeanScore.of(actual);
    if (mean == null || !requirement.isMetBy(mean.lowerBound(confidence.level()))) {
      throwAssertionError(
          shouldHaveMeanScoreAtLeast(actual, threshold, confidence.level(), mean, below));
    }
    return myself;
  }

  /**
   * Verifies that no scorer of any scenario run ended in error: an infrastructure outcome that
   * makes a score meaningless however high or low it is.
   *
   * <pre>{@code
   * assertThat(outcome).hasNoScoringErrors();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null} or a scorer ended in error
   */
  public SELF hasNoScoringErrors() {
    isNotNull();
    Offenders withErrors = Offenders.of(actual, ScenarioRunView::hasScoringErrors);
    if (withErrors.count() > 0) {
      throwAssertionError(shouldHaveNoScoringErrors(actual, withErrors));
    }
    return myself;
  }

  /**
   * Verifies that every scenario of the run's benchmark (its {@code scenarioIds}) has a finished
   * scenario run. A canceled run scores only what finished, so a high score can hide missing
   * scenarios.
   *
   * <pre>{@code
   * assertThat(outcome).coversAllScenariosOfItsBenchmark();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the outcome is {@code null}, holds no benchmark (runs made by a
   *     benchmark job have none), or a scenario has no finished scenario run
   */
  public SELF coversAllScenariosOfItsBenchmark() {
    isNotNull();
    if (actual.benchmark().isEmpty()) {
      throwAssertionError(shouldHaveBenchmarkToCover(actual));
    }
    Set<String> missing = actual.scenarioIdsWithoutFinishedRun();
    if (!missing.isEmpty()) {
      throwAssertionError(shouldCoverAllScenariosOfItsBenchmark(actual, missing));
    }
    return myself;
  }

  /**
   * Navigates to one scenario run, found by its id, its scenario's id or its scenario's name (in
   * that order; the match must be unique). Navigation asserts nothing by itself: when no scenario
   * run matches, the assertions chained after it fail, their description saying what was looked
   * for. Under soft assertions, the failures of the chained assertions are collected.
   *
   * <pre>{@code
   * assertThat(outcome).scenarioRun("fix-login-bug").isScored().hasScoreAtLeast(0.5);
   * }</pre>
   *
   * @param nameOrId the scenario run's id ({@code scr_…}), its scenario's id ({@code scn_…}) or its
   *     scenario's name
   * @return an assertion on the scenario run
   * @throws AssertionError if the outcome is {@code null}
   */
  public ScenarioRunAssert scenarioRun(String nameOrId) {
    requireNonNull(nameOrId, "The scenario run's name or id must not be null");
    isNotNull();
    Navigation.Target<ScenarioRunView> target =
        Navigation.scenarioRun(actual, nameOrId, descriptionText());
    AssertFactory<Object, ScenarioRunAssert> scenarioRunAssert =
        BenchgateInstanceOfAssertFactories.SCENARIO_RUN;
    return extracting(outcome -> target.value(), scenarioRunAssert).as(target.description());
  }

  /**
   * Navigates to the comparison of this outcome, the candidate, with a baseline, for the regression
   * assertions of {@link OutcomeComparisonAssert}. Navigation asserts nothing by itself: with a
   * {@code null} baseline, the assertions chained after it fail, their description saying that
   * there was no baseline. Under soft assertions, the failures of the chained assertions are
   * collected.
   *
   * <pre>{@code
   * assertThat(current).comparedTo(baseline)
   *                    .hasNoScenarioRegressedByMoreThan(0.2)
   *                    .hasMeanScoreDropAtMost(0.02);
   * }</pre>
   *
   * @param baseline the outcome to compare with, e.g. the last release's run
   * @return an assertion on the comparison
   * @throws AssertionError if the outcome is {@code null}
   */
  public OutcomeComparisonAssert comparedTo(BenchmarkOutcome baseline) {
    isNotNull();
    Navigation.Target<OutcomeComparison> target =
        Navigation.comparison(actual, baseline, descriptionText());
    AssertFactory<Object, OutcomeComparisonAssert> comparisonAssert =
        BenchgateInstanceOfAssertFactories.OUTCOME_COMPARISON;
    return extracting(outcome -> target.value(), comparisonAssert).as(target.description());
  }

  /**
   * Navigates to the list of scenario runs, ordered by scenario name, then id, for AssertJ's
   * iterable assertions. Under soft assertions, the failures of the chained assertions are
   * collected.
   *
   * <pre>{@code
   * assertThat(outcome).scenarioRuns()
   *                    .hasSize(50)
   *                    .allSatisfy(scenarioRun -> assertThat(scenarioRun).isNotInfrastructureFailure());
   * }</pre>
   *
   * @return an assertion on the scenario runs
   * @throws AssertionError if the outcome is {@code null}
   */
  public ListAssert<ScenarioRunView> scenarioRuns() {
    isNotNull();
    return extracting(
            BenchmarkOutcome::scenarioRuns, InstanceOfAssertFactories.list(ScenarioRunView.class))
        .as(Navigation.scenarioRuns(actual, descriptionText()));
  }

  static void requirePassRate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("The pass rate must be between 0 and 1, but was " + rate);
    }
  }

  private Offenders infrastructureFailures() {
    return Offenders.of(actual, scenarioRun -> scenarioRun.state().isInfrastructureFailure());
  }

  /** The mean in decimal, so that 0.7, 0.8 and 0.9 average to 0.8 and not 0.7999999999999999. */
  private static double meanScore(List<ScenarioRunView> scenarioRuns) {
    if (scenarioRuns.isEmpty()) {
      return 0;
    }
    BigDecimal sum =
        scenarioRuns.stream()
            .map(ScenarioRunView::score)
            .map(score -> score == null ? BigDecimal.ZERO : BigDecimal.valueOf(score))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(scenarioRuns.size()), MathContext.DECIMAL64).doubleValue();
  }
}
