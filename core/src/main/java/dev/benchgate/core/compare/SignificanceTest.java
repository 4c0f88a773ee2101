package dev.benchgate.core.compare;

import java.util.Locale;

/**
 * The result of a one-sided test of "the candidate is worse than the baseline": its p-value, which
 * test made it and how, on how many scenarios, and the smallest p-value the test could have given
 * on that many scenarios, so that a test too small to ever reach a significance level says so
 * instead of passing silently.
 *
 * <pre>{@code
 * SignificanceTest test = comparison.scoreRegressionTest();
 * if (test.isUnderpoweredAt(0.05)) {
 *   System.out.println("needs " + SignificanceTest.scenariosNeededAt(0.05) + " scenarios");
 * } else if (test.isSignificantAt(0.05)) {
 *   System.out.println("regression: " + test); // p = 0.0183 (one-sided paired sign-flip test ...
 * }
 * }</pre>
 *
 * @param kind which test
 * @param method how its p-value was computed
 * @param scenarios the scenarios it tested: paired scenarios for the sign-flip test, scenarios in
 *     common for the McNemar test
 * @param pValue the one-sided p-value of "the candidate is worse"
 * @param smallestReachablePValue the smallest p-value the test can give on this many scenarios,
 *     reached when every one of them is worse in the candidate
 */
public record SignificanceTest(
    Kind kind, Method method, int scenarios, double pValue, double smallestReachablePValue) {

  /** The significance level of a gate that names none. */
  public static final double DEFAULT_ALPHA = 0.05;

  /**
   * The smallest significance level the tests can judge: the Monte Carlo sign-flip test resolves
   * p-values down to 1/({@value PairedStatistics#PERMUTATION_SAMPLES} + 1), about 0.00005.
   */
  public static final double MIN_ALPHA = 1e-4;

  /**
   * The largest significance level: a one-sided p-value above one half means the candidate did
   * better, and no level should call that a regression.
   */
  public static final double MAX_ALPHA = 0.5;

  /** Which one-sided test of a regression. */
  public enum Kind {
    /**
     * The paired sign-flip permutation test of the mean score change (Fisher 1935): under no change
     * each scenario's score change is as likely to have the opposite sign, and p is the share of
     * the 2ⁿ sign assignments whose sum is at most the observed one.
     */
    SIGN_FLIP("one-sided paired sign-flip test"),
    /**
     * The exact McNemar test of pass/fail flips (McNemar 1947): under no change a scenario that
     * flipped is as likely to have flipped either way, so with b newly failing and c newly passing,
     * p = P(X ≥ b) for X ~ Binomial(b + c, 1/2).
     */
    MCNEMAR("one-sided exact McNemar test");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /**
     * Describes the test for messages and reports.
     *
     * @return e.g. {@code "one-sided exact McNemar test"}
     */
    public String description() {
      return description;
    }
  }

  /** How a p-value was computed. */
  public enum Method {
    /** Every sign assignment, or the binomial tail, summed exactly. */
    EXACT("exact"),
    /**
     * {@value PairedStatistics#PERMUTATION_SAMPLES} sign assignments drawn from a fixed seed, with
     * p = (count + 1)/(draws + 1), which is never below the true p on average (Phipson &amp; Smyth
     * 2010).
     */
    MONTE_CARLO(
        String.format(
            Locale.ROOT,
            "Monte Carlo, %,d fixed-seed draws",
            PairedStatistics.PERMUTATION_SAMPLES)),
    /**
     * The normal law of the permutation distribution, with mean 0 and variance Σdᵢ² (Lindeberg's
     * central limit theorem), with a continuity correction of half its lattice step.
     */
    NORMAL_APPROXIMATION("normal approximation");

    private final String description;

    Method(String description) {
      this.description = description;
    }

    /**
     * Describes the method for messages and reports.
     *
     * @return e.g. {@code "exact"}
     */
    public String description() {
      return description;
    }
  }

  /**
   * Tells whether the test finds a regression at a level: {@code p ≤ alpha}.
   *
   * <pre>{@code
   * if (comparison.scoreRegressionTest().isSignificantAt(0.05)) { ... }
   * }</pre>
   *
   * @param alpha the significance level, from {@value #MIN_ALPHA} to {@value #MAX_ALPHA}
   * @return {@code true} when the p-value is at most {@code alpha}
   * @throws IllegalArgumentException if {@code alpha} is out of range
   */
  public boolean isSignificantAt(double alpha) {
    requireLevel(alpha);
    return pValue <= alpha;
  }

  /**
   * Tells whether the test has too few scenarios to ever reach a level: even if every scenario were
   * worse in the candidate, p would stay above {@code alpha}. Such a test cannot find a regression,
   * so its silence means nothing.
   *
   * <pre>{@code
   * if (comparison.scoreRegressionTest().isUnderpoweredAt(0.05)) { ... }
   * }</pre>
   *
   * @param alpha the significance level, from {@value #MIN_ALPHA} to {@value #MAX_ALPHA}
   * @return {@code true} when the smallest reachable p-value is above {@code alpha}
   * @throws IllegalArgumentException if {@code alpha} is out of range
   */
  public boolean isUnderpoweredAt(double alpha) {
    requireLevel(alpha);
    return smallestReachablePValue > alpha;
  }

  /**
   * Returns how many scenarios either test needs to be able to reach a level: the smallest n with
   * 2⁻ⁿ ≤ {@code alpha}, the p-value of n scenarios all worse (5 at 0.05, 7 at 0.01).
   *
   * <pre>{@code
   * SignificanceTest.scenariosNeededAt(0.05); // 5
   * }</pre>
   *
   * @param alpha the significance level, from {@value #MIN_ALPHA} to {@value #MAX_ALPHA}
   * @return the number of scenarios
   * @throws IllegalArgumentException if {@code alpha} is out of range
   */
  public static int scenariosNeededAt(double alpha) {
    requireLevel(alpha);
    int needed = 0;
    for (double p = 1; p > alpha; p /= 2) {
      needed++;
    }
    return needed;
  }

  /**
   * Checks a significance level.
   *
   * <pre>{@code
   * SignificanceTest.requireLevel(alpha);
   * }</pre>
   *
   * @param alpha the significance level
   * @return {@code alpha}
   * @throws IllegalArgumentException unless {@value #MIN_ALPHA} ≤ {@code alpha} ≤ {@value
   *     #MAX_ALPHA}
   */
  public static double requireLevel(double alpha) {
    if (!(alpha >= MIN_ALPHA && alpha <= MAX_ALPHA)) {
      throw new IllegalArgumentException(
          "The significance level alpha must be from 0.0001 to 0.5, but was " + alpha);
    }
    return alpha;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "p = %.3g (%s, %s, %d scenarios)",
        pValue,
        kind.description(),
        method.description(),
        scenarios);
  }
}
