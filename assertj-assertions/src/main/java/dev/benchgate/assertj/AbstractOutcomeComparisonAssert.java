package dev.benchgate.assertj;

import static dev.benchgate.assertj.internal.ShouldHaveMeanScoreDropAtMost.shouldHaveMeanScoreDropAtMost;
import static dev.benchgate.assertj.internal.ShouldHaveNoMissingScenarios.shouldHaveNoMissingScenarios;
import static dev.benchgate.assertj.internal.ShouldHaveNoNewFailures.shouldHaveNoNewFailures;
import static dev.benchgate.assertj.internal.ShouldHaveNoScenarioRegressedByMoreThan.shouldHaveNoScenarioRegressedByMoreThan;
import static dev.benchgate.assertj.internal.ShouldHaveNoSignificantRegression.shouldBeAbleToFindRegression;
import static dev.benchgate.assertj.internal.ShouldHaveNoSignificantRegression.shouldHaveNoSignificantRegression;
import static java.util.Objects.requireNonNull;

import dev.benchgate.assertj.internal.RegressionSignificance;
import dev.benchgate.assertj.internal.ScoreRequirement;
import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.compare.ScenarioComparison;
import dev.benchgate.core.compare.Scores;
import dev.benchgate.core.compare.SignificanceTest;
import java.util.List;
import java.util.OptionalDouble;
import org.assertj.core.api.Assumptions;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on an {@link OutcomeComparison}: a candidate outcome against a baseline, scenario by
 * scenario. Get one with {@code assertThat(candidate).comparedTo(baseline)}, or with {@code
 * assertThat(comparison)} for a comparison at hand.
 *
 * <p>Every failure names both runs, the threshold and the actual figures, and lists the scenarios
 * behind them by name with id and their {@code baseline → candidate (change)} scores, worst first,
 * at most five of them. A scenario without a score on one side is no score change: losing a score
 * to an infrastructure outcome (failed, timed out, canceled) never reads as a worse agent.
 *
 * <p>Score changes are differences of decimals that doubles only approximate ({@code 0.7 - 0.9} is
 * {@code -0.20000000000000007}), so a change within core's one tolerance of a limit ({@link
 * Scores#TOLERANCE}, a billionth) counts as at the limit: a drop from 0.9 to 0.7 is not more than
 * 0.2.
 *
 * <pre>{@code
 * assertThat(current).comparedTo(baseline)
 *                    .hasNoMissingScenarios()
 *                    .hasNoScenarioRegressedByMoreThan(0.2)
 *                    .hasMeanScoreDropAtMost(0.02)
 *                    .hasNoSignificantRegression();
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test; AssertJ's soft assertions read it from this
 *     type argument when they follow a navigation
 */
public abstract class AbstractOutcomeComparisonAssert<
        SELF extends AbstractOutcomeComparisonAssert<SELF, ACTUAL>,
        ACTUAL extends OutcomeComparison>
    extends AbstractBenchgateAssert<SELF, ACTUAL> {

  /** The significance level of {@link #hasNoSignificantRegression()}. */
  public static final double DEFAULT_ALPHA = SignificanceTest.DEFAULT_ALPHA;

  /**
   * The score a scenario needs to pass in the pass/fail flip test of {@link
   * #hasNoSignificantRegression(double)}: half marks, the usual line between a solved and an
   * unsolved scenario.
   */
  public static final double PASS_THRESHOLD = 0.5;

  /**
   * Creates the assertion.
   *
   * @param actual the comparison under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractOutcomeComparisonAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that no scenario scored on both sides dropped by more than a margin. Scenarios that
   * lost their score to an infrastructure outcome are no score regressions and do not fail this
   * assertion; when it fails for other scenarios, its message lists them apart.
   *
   * <pre>{@code
   * assertThat(current).comparedTo(baseline).hasNoScenarioRegressedByMoreThan(0.2);
   * }</pre>
   *
   * @param margin the largest tolerated drop of one scenario's score, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the comparison is {@code null} or a scenario dropped by more
   * @throws IllegalArgumentException if the margin is not between 0 and 1
   */
  public SELF hasNoScenarioRegressedByMoreThan(double margin) {
    checkScoreChange("margin", margin);
    isNotNull();
    List<ScenarioComparison> regressions = actual.regressions(margin);
    if (!regressions.isEmpty()) {
      List<ScenarioComparison> lostToInfrastructure =
          actual.newInfrastructureFailures().stream()
              .filter(scenario -> scenario.baseline().isScored())
              .toList();
      throwAssertionError(
          shouldHaveNoScenarioRegressedByMoreThan(
              actual, margin, regressions, lostToInfrastructure));
    }
    return myself;
  }

  /**
   * Verifies that the mean score change over the scenarios scored on both sides is a drop of at
   * most {@code maxDrop}: the mean of {@code candidate - baseline} is at least {@code -maxDrop}.
   * The failure gives the mean change with its 95 % confidence interval ({@link
   * OutcomeComparison#meanScoreDeltaInterval()}), how many scenarios were paired, and the biggest
   * drops.
   *
   * <pre>{@code
   * assertThat(current).comparedTo(baseline).hasMeanScoreDropAtMost(0.02);
   * }</pre>
   *
   * @param maxDrop the largest tolerated drop of the mean, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the comparison is {@code null}, has no scenario scored on both sides,
   *     or its mean dropped by more
   * @throws IllegalArgumentException if {@code maxDrop} is not between 0 and 1
   */
  public SELF hasMeanScoreDropAtMost(double maxDrop) {
    checkScoreChange("largest tolerated drop", maxDrop);
    isNotNull();
    OptionalDouble meanChange = actual.meanScoreDelta();
    if (meanChange.isEmpty() || !Scores.isAtLeast(meanChange.getAsDouble(), -maxDrop)) {
      throwAssertionError(shouldHaveMeanScoreDropAtMost(actual, maxDrop));
    }
    return myself;
  }

  /**
   * Verifies that neither one-sided significance test finds a regression at a level of {@value
   * #DEFAULT_ALPHA}, failing when they have too few scenarios to tell; see {@link
   * #hasNoSignificantRegression(double, WhenUnderpowered)}.
   *
   * <pre>{@code
   * assertThat(current).comparedTo(baseline).hasNoSignificantRegression();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the comparison is {@code null}, a test finds a regression, or a test
   *     is underpowered
   */
  public SELF hasNoSignificantRegression() {
    return hasNoSignificantRegression(DEFAULT_ALPHA);
  }

  /**
   * Verifies that neither one-sided significance test finds a regression at a level {@code alpha},
   * failing when they have too few scenarios to tell; see {@link
   * #hasNoSignificantRegression(double, WhenUnderpowered)}.
   *
   * <pre>{@code
   * assertThat(current).comparedTo(baseline).hasNoSignificantRegression(0.01);
   * }</pre>
   *
   * @param alpha the significance level, from 0.0001 to 0.5
   * @return this assertion
   * @throws AssertionError if the comparison is {@code null}, a test finds a regression, or a test
   *     is underpowered
   * @throws IllegalArgumentException if {@code alpha} is out of range
   */
  public SELF hasNoSignificantRegression(double alpha) {
    return hasNoSignificantRegression(alpha, WhenUnderpowered.FAIL);
  }

  /**
   * Verifies that neither of two one-sided tests of "the candidate is worse" finds a regression at
   * a level {@code alpha}:
   *
   * <ul>
   *   <li>the score change test fails the assertion when the paired sign-flip permutation test of
   *       the mean score change over the scenarios scored on both sides has {@code p ≤ alpha}
   *       ({@link OutcomeComparison#scoreRegressionTest()});
   *   <li>the pass/fail flip test fails it when the exact McNemar test of the scenarios that newly
   *       fail or newly pass a score of {@value #PASS_THRESHOLD} has {@code p ≤ alpha} ({@link
   *       OutcomeComparison#flipRegressionTest(double)}).
   * </ul>
   *
   * <p>A test with n scenarios cannot give a p-value below 2⁻ⁿ, which is what every one of them
   * being worse gives: with 4 scenarios, 0.0625. Such a test is underpowered at a smaller {@code
   * alpha}: it could not find a regression however large, so its silence is no pass. Unless a test
   * found a regression anyway, {@code whenUnderpowered} decides: {@link WhenUnderpowered#FAIL}
   * fails the assertion with the smallest p each test can reach and the number of scenarios it
   * needs; {@link WhenUnderpowered#ABORT} aborts the test instead (through AssertJ's assumptions),
   * so that it is reported as skipped, never as passed.
   *
   * <p>Significance tells a change from noise, not a large change from a small one: with many
   * scenarios a tiny drop is significant, with few a large one is not. Bound the size with {@link
   * #hasMeanScoreDropAtMost(double)} or {@link #hasNoScenarioRegressedByMoreThan(double)}.
   *
   * <pre>{@code
   * assertThat(current).comparedTo(baseline).hasNoSignificantRegression(0.05, WhenUnderpowered.ABORT);
   * }</pre>
   *
   * @param alpha the significance level, from 0.0001 to 0.5
   * @param whenUnderpowered what to do when a test has too few scenarios to ever reach {@code
   *     alpha}
   * @return this assertion
   * @throws AssertionError if the comparison is {@code null}, a test finds a regression, or a test
   *     is underpowered and {@code whenUnderpowered} is {@link WhenUnderpowered#FAIL}
   * @throws IllegalArgumentException if {@code alpha} is out of range
   */
  public SELF hasNoSignificantRegression(double alpha, WhenUnderpowered whenUnderpowered) {
    SignificanceTest.requireLevel(alpha);
    requireNonNull(whenUnderpowered, "whenUnderpowered must not be null");
    isNotNull();
    RegressionSignificance significance = RegressionSignificance.of(actual, alpha, PASS_THRESHOLD);
    if (significance.isRegression()) {
      throwAssertionError(shouldHaveNoSignificantRegression(significance));
    }
    if (significance.isUnderpowered()) {
      ErrorMessageFactory underpowered = shouldBeAbleToFindRegression(significance);
      if (whenUnderpowered == WhenUnderpowered.ABORT) {
        String message = underpowered.create(info.description(), info.representation());
        Assumptions.assumeThat(significance.isUnderpowered())
            .withFailMessage("%s", message)
            .isFalse();
      }
      throwAssertionError(underpowered);
    }
    return myself;
  }

  /**
   * Verifies that no scenario passed a threshold in the baseline and fails it in the candidate,
   * whether by a lower score or by losing its score to an infrastructure outcome (listed as such).
   *
   * <pre>{@code
   * assertThat(current).comparedTo(baseline).hasNoNewFailures(0.5);
   * }</pre>
   *
   * @param threshold the lowest passing score, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the comparison is {@code null} or a scenario newly fails
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF hasNoNewFailures(double threshold) {
    ScoreRequirement passing = ScoreRequirement.atLeast(threshold);
    isNotNull();
    List<ScenarioComparison> newFailures = actual.newFailures(threshold);
    if (!newFailures.isEmpty()) {
      throwAssertionError(shouldHaveNoNewFailures(actual, passing, newFailures));
    }
    return myself;
  }

  /**
   * Verifies that the candidate ran every scenario of the baseline. A scenario it did not run takes
   * no part in any comparison, so skipping the hard ones would look like progress.
   *
   * <pre>{@code
   * assertThat(current).comparedTo(baseline).hasNoMissingScenarios();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the comparison is {@code null} or a baseline scenario has no scenario
   *     run in the candidate
   */
  public SELF hasNoMissingScenarios() {
    isNotNull();
    if (!actual.missingScenarios().isEmpty()) {
      throwAssertionError(shouldHaveNoMissingScenarios(actual));
    }
    return myself;
  }

  private static void checkScoreChange(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          "The %s must be a score change between 0 and 1, but was %s".formatted(name, value));
    }
  }
}
