package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.OutcomeComparison;
import java.util.OptionalDouble;

/**
 * What a comparison's two significance tests say at a significance level, both checked by the
 * assertion and phrased by its message, so the two never disagree. Each test computes once: the
 * permutation test enumerates up to a million sign assignments.
 *
 * <ul>
 *   <li>The score change test fires when the mean score change over the scenarios scored on both
 *       sides is negative and its paired sign-flip p-value is below the level.
 *   <li>The pass/fail flip test fires when more scenarios newly fail the pass threshold than newly
 *       pass it, and the exact McNemar p-value of those flips is below the level.
 * </ul>
 *
 * <pre>{@code
 * RegressionSignificance significance = RegressionSignificance.of(comparison, 0.05, 0.5);
 * if (significance.isRegression()) {
 *   throwAssertionError(shouldHaveNoSignificantRegression(significance));
 * }
 * }</pre>
 */
public final class RegressionSignificance {
  private final OutcomeComparison comparison;
  private final double alpha;
  private final ScoreRequirement passing;
  private final OptionalDouble meanScoreChange;
  private final double scoreChangePValue;
  private final int newFailures;
  private final int newPasses;
  private final double flipPValue;

  private RegressionSignificance(
      OutcomeComparison comparison, double alpha, ScoreRequirement passing, double passThreshold) {
    this.comparison = comparison;
    this.alpha = alpha;
    this.passing = passing;
    this.meanScoreChange = comparison.meanScoreDelta();
    this.scoreChangePValue = comparison.scoreChangePValue();
    this.newFailures = comparison.newFailures(passThreshold).size();
    this.newPasses = comparison.newPasses(passThreshold).size();
    this.flipPValue = comparison.passFailFlipPValue(passThreshold);
  }

  /**
   * Runs both tests on a comparison.
   *
   * <pre>{@code
   * RegressionSignificance.of(comparison, 0.05, 0.5).isRegression();
   * }</pre>
   *
   * @param comparison the comparison
   * @param alpha the significance level, strictly between 0 and 1 (the assertions check it)
   * @param passThreshold the score a scenario needs to pass, for the flip test, from 0 to 1
   * @return the tests' findings
   * @throws IllegalArgumentException if {@code passThreshold} is not between 0 and 1
   */
  public static RegressionSignificance of(
      OutcomeComparison comparison, double alpha, double passThreshold) {
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

  boolean scoreChangeFired() {
    return meanScoreChange.isPresent()
        && meanScoreChange.getAsDouble() < 0
        && scoreChangePValue < alpha;
  }

  boolean flipsFired() {
    return newFailures > newPasses && flipPValue < alpha;
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
    return meanScoreChange;
  }

  double scoreChangePValue() {
    return scoreChangePValue;
  }

  int newFailures() {
    return newFailures;
  }

  int newPasses() {
    return newPasses;
  }

  double flipPValue() {
    return flipPValue;
  }
}
