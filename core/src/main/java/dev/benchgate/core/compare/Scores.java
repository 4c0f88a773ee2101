package dev.benchgate.core.compare;

/**
 * How Benchgate compares scores: with one tolerance, {@link #TOLERANCE}, for every comparison of a
 * score, a mean score or a score change with a threshold, a limit or another score. A scenario
 * passing a threshold, a pass/fail flip, a regression beyond a margin and every threshold of the
 * assertions go through these methods, so they can never disagree.
 *
 * <p>Scores are decimals that binary doubles only approximate: the mean of three runs scoring 0.7
 * is {@code 0.6999999999999998}, and a drop from 0.9 to 0.7 is {@code -0.20000000000000007}.
 * Nothing changed in either case, so a value within the tolerance of a threshold counts as at it.
 * Scores run from 0 to 1 and the API reports a handful of decimals, so a billionth is far below any
 * difference that means something and far above the rounding noise of a mean.
 *
 * <pre>{@code
 * Scores.isAtLeast(0.6999999999999998, 0.7); // true: three runs of 0.7 pass a threshold of 0.7
 * Scores.isAtLeast(0.7 - 0.9, -0.2);        // true: a drop from 0.9 to 0.7 is not more than 0.2
 * }</pre>
 */
public final class Scores {
  /** How far apart two scores may be and still count as equal: one billionth. */
  public static final double TOLERANCE = 1e-9;

  private Scores() {}

  /**
   * Tells whether a score reaches a threshold, give or take {@link #TOLERANCE}.
   *
   * <pre>{@code
   * Scores.isAtLeast(run.score(), 0.8);
   * }</pre>
   *
   * @param score the score, mean score or score change
   * @param threshold the lowest value that passes
   * @return {@code true} when {@code score >= threshold - TOLERANCE}
   */
  public static boolean isAtLeast(double score, double threshold) {
    return score >= threshold - TOLERANCE;
  }

  /**
   * Tells whether a score is above a threshold by more than {@link #TOLERANCE}.
   *
   * <pre>{@code
   * Scores.isAbove(0.8000000000000002, 0.8); // false: that is 0.8
   * }</pre>
   *
   * @param score the score
   * @param threshold the highest value that does not pass
   * @return {@code true} when {@code score > threshold + TOLERANCE}
   */
  public static boolean isAbove(double score, double threshold) {
    return score > threshold + TOLERANCE;
  }

  /**
   * Tells whether a score stays at or below a limit, give or take {@link #TOLERANCE}.
   *
   * <pre>{@code
   * Scores.isAtMost(0.9000000000000001, 0.9); // true
   * }</pre>
   *
   * @param score the score
   * @param limit the highest value that passes
   * @return {@code true} when {@code score <= limit + TOLERANCE}
   */
  public static boolean isAtMost(double score, double limit) {
    return score <= limit + TOLERANCE;
  }

  /**
   * Tells whether two scores are equal, give or take {@link #TOLERANCE}.
   *
   * <pre>{@code
   * Scores.areEqual(0.1 + 0.2, 0.3); // true
   * }</pre>
   *
   * @param score a score
   * @param other another score
   * @return {@code true} when they differ by at most the tolerance
   */
  public static boolean areEqual(double score, double other) {
    return Math.abs(score - other) <= TOLERANCE;
  }

  /**
   * Tells whether a score lies within an offset of an expected value, give or take {@link
   * #TOLERANCE}; a strict offset excludes its bounds.
   *
   * <pre>{@code
   * Scores.isWithin(0.75, 0.8, 0.05, false); // true, although 0.8 - 0.75 is 0.05000000000000004
   * Scores.isWithin(0.75, 0.8, 0.05, true);  // false
   * }</pre>
   *
   * @param score the score
   * @param expected the expected value
   * @param offset how far the score may be from it, not negative
   * @param strict whether a score exactly at the offset is too far
   * @return {@code true} when the distance is within the offset
   */
  public static boolean isWithin(double score, double expected, double offset, boolean strict) {
    double distance = Math.abs(score - expected);
    return strict ? distance < offset - TOLERANCE : distance <= offset + TOLERANCE;
  }
}
