package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.compare.SignificanceTest;
import java.util.OptionalDouble;

/**
 * What a comparison's two one-sided significance tests say at a significance level, both checked by
 * the assertion and phrased by its messages, so the two never disagree. The comparison computes
 * each test once.
 *
 * <ul>
 *   <li>The score change test fires when the one-sided paired sign-flip p-value of "the scores got
 *       worse" is at most the level ({@link OutcomeComparison#scoreRegressionTest()}).
 *   <li>The pass/fail flip test fires when the one-sided exact McNemar p-value of "more scenarios
 *       newly fail than newly pass" is at most the level ({@link
 *       OutcomeComparison#flipRegressionTest(double)}).
 *   <li>A test is underpowered when even every scenario being worse could not bring its p-value
 *       down to the level: it cannot find a regression, so its silence is no pass.
 * </ul>
 *
 * <pre>{@code
 * RegressionSignificance significance = RegressionSignificance.of(comparison, 0.05, 0.5);
 * if (significance.isRegression()) {
 *   throwAssertionError(shouldHaveNoSignificantRegression(significance));
 * } else if (significance.isUnderpowered()) {
 *   throwAssertionError(shouldBeAbleToFindRegression(significance));
 * }
 * }</pre>
 */
public final class RegressionSignificance {
  private final OutcomeComparison comparison;
  private final double alpha;
  private final ScoreRequirement passing;
  private final SignificanceTest scoreTest;
  private final SignificanceTest flipTest;
  private final int newFailures;
  private final int newPasses;

  private RegressionSignificance(
      OutcomeComparison comparison, double alpha, ScoreRequirement passing, double passThreshold) {
    this.comparison = comparison;
    this.alpha = alpha;
    this.passing = passing;
    this.scoreTest = comparison.scoreRegressionTest();
    this.flipTest = comparison.flipRegressionTest(passThreshold);
    this.newFailures = comparison.newFailures(passThreshold).size();
    this.newPasses = comparison.newPasses(passThreshold).size();
  }

  /**
   * Runs both tests on a comparison.
   *
   * <pre>{@code
   * RegressionSignificance.of(comparison, 0.05, 0.5).isRegression();
   * }</pre>
   *
   * @param comparison the comparison
   * @param alpha the significance level, from 0.0001 to 0.5
   * @param passThreshold the score a scenario needs to pass, for the flip test, from 0 to 1
   * @return the tests' findings
   * @throws IllegalArgumentException if {@code alpha} or {@code passThreshold} is out of range
   */
  public static RegressionSignificance of(
      OutcomeComparison comparison, double alpha, double passThreshold) {
    SignificanceTest.requireLevel(alpha);
    ScoreRequirement passing = ScoreRequirement.atLeast(passThreshold);
    return new RegressionSignificance(comparison, alpha, passing, passThreshold);
  }

  /**
   * Tells whether either test found a significant regression.
   *
   * <pre>{@code
   * if (significance.isRegression()) { ... }
   * }</pre>
   *
   * @return {@code true} when the score change test or the pass/fail flip test fired
   */
  public boolean isRegression() {
    return scoreChangeFired() || flipsFired();
  }

  /**
   * Tells whether either test has too few scenarios to ever reach the level.
   *
   * <pre>{@code
   * if (!significance.isRegression() && significance.isUnderpowered()) { ... }
   * }</pre>
   *
   * @return {@code true} when the score change test or the pass/fail flip test is underpowered
   */
  public boolean isUnderpowered() {
    return scoreTest.isUnderpoweredAt(alpha) || flipTest.isUnderpoweredAt(alpha);
  }

  boolean scoreChangeFired() {
    return scoreTest.isSignificantAt(alpha);
  }

  boolean flipsFired() {
    return flipTest.isSignificantAt(alpha);
  }

  OutcomeComparison comparison() {
    return comparison;
  }

  double alpha() {
    return alpha;
  }

  ScoreRequirement passing() {
    return passing;
  }

  OptionalDouble meanScoreChange() {
    return comparison.meanScoreDelta();
  }

  SignificanceTest scoreTest() {
    return scoreTest;
  }

  SignificanceTest flipTest() {
    return flipTest;
  }

  int newFailures() {
    return newFailures;
  }

  int newPasses() {
    return newPasses;
  }
}
