package dev.benchgate.core.compare;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A two-sided confidence interval of a mean, saying how it was made and from how many values.
 *
 * <pre>{@code
 * ConfidenceInterval interval = comparison.meanScoreDeltaInterval().orElseThrow();
 * System.out.println(interval); // [-0.165, -0.024] (95%, skewness-adjusted Student-t, n = 41)
 * }</pre>
 *
 * @param lower the lower bound
 * @param upper the upper bound
 * @param level the confidence level, e.g. 0.95
 * @param sampleSize how many independent values the interval rests on, e.g. paired scenarios
 * @param method how the bounds were computed
 */
public record ConfidenceInterval(
    double lower, double upper, double level, int sampleSize, Method method) {

  /** How the bounds of an interval were computed. */
  public enum Method {
    /**
     * The Student-t interval mean ± t(n−1) · s/√n (Student 1908), widened on the side where Hall's
     * skewness-correcting transformation (Hall 1992) reaches further: the union of the two.
     * Student-t alone covers the mean of a skewed population too rarely at small n (a few scenarios
     * breaking while most are unchanged), Hall's correction alone can point the wrong way when the
     * skewness estimate is noisy; the union keeps its level in both cases.
     */
    SKEWNESS_ADJUSTED_STUDENT_T("skewness-adjusted Student-t"),
    /**
     * All values were equal, so there is no spread to estimate an error from, and a Student-t
     * interval would have zero width. For n values equal to v in a known range [lo, hi], each bound
     * is the furthest mean that still makes n equal values likely enough: lo + (v − lo)·a^(1/n) and
     * hi − (hi − v)·a^(1/n), with a the tail probability on that side. By Markov's inequality a
     * population with a mean beyond a bound yields n values equal to v with probability below a;
     * for v = hi = 1 the lower bound is the one-sided Clopper–Pearson bound for n successes in n
     * trials (Clopper &amp; Pearson 1934).
     */
    NO_SPREAD("no spread: bound from the range of a score");

    private final String description;

    Method(String description) {
      this.description = description;
    }

    /**
     * Describes the method for messages and reports.
     *
     * @return e.g. {@code "skewness-adjusted Student-t"}
     */
    public String description() {
      return description;
    }
  }

  /**
   * Tells whether the interval lies entirely below a value.
   *
   * <pre>{@code
   * boolean surelyWorse = interval.isEntirelyBelow(0);
   * }</pre>
   *
   * @param value the value
   * @return {@code true} when the upper bound is below it
   */
  public boolean isEntirelyBelow(double value) {
    return upper < value;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "[%+.3f, %+.3f] (%s%%, %s, n = %d)",
        lower,
        upper,
        BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString(),
        method.description(),
        sampleSize);
  }
}
