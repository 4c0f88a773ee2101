package dev.benchgate.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A pass rate as Benchgate prints it everywhere, in assertion messages and in reports alike, so
 * that a gate's message and the report's table never show one rate two ways: a percentage with at
 * most one decimal and the counts it comes from, {@code 72.9 % (35 of 48 passed)}.
 *
 * <p>The percentage is cut towards zero, never rounded up, because a pass rate is read against a
 * lowest acceptable rate: a rate that misses 90 % never prints as {@code 90 %}, and {@code 100 %}
 * means that every one passed.
 *
 * <pre>{@code
 * PassRate.of(35, 48).toString()   // "72.9 % (35 of 48 passed)"
 * PassRate.of(2, 4).share()        // 0.5
 * PassRate.percent(11 / 12.0)      // "91.6 %"
 * }</pre>
 *
 * @param passed how many passed
 * @param total how many were judged
 */
public record PassRate(long passed, long total) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Checks that the counts make a rate. */
  public PassRate {
    if (passed < 0 || total < 0 || passed > total) {
      throw new IllegalArgumentException(
          "A pass rate needs 0 <= passed <= total, but was " + passed + " of " + total);
    }
  }

  /**
   * Makes a pass rate from its counts.
   *
   * <pre>{@code
   * PassRate rate = PassRate.of(35, 48);
   * }</pre>
   *
   * @param passed how many passed
   * @param total how many were judged
   * @return the pass rate
   */
  public static PassRate of(long passed, long total) {
    return new PassRate(passed, total);
  }

  /**
   * Prints a rate as a percentage with at most one decimal, cut towards zero.
   *
   * <pre>{@code
   * PassRate.percent(35 / 48.0); // "72.9 %"
   * PassRate.percent(1);         // "100 %"
   * }</pre>
   *
   * @param rate the rate, from 0 to 1
   * @return the percentage with its sign, e.g. {@code "72.9 %"}
   * @throws IllegalArgumentException if the rate is not between 0 and 1
   */
  public static String percent(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("A rate must be between 0 and 1, but was " + rate);
    }
    // BigDecimal.valueOf reads the double's shortest decimal, so 0.58 (29 of 50) is 58, not the
    // 57.99999999999999 of its binary value.
    BigDecimal percent = BigDecimal.valueOf(rate).multiply(HUNDRED).setScale(1, RoundingMode.DOWN);
    return percent.stripTrailingZeros().toPlainString() + " %";
  }

  /**
   * Returns the share that passed.
   *
   * @return {@code passed / total}, from 0 to 1; 0 when nothing was judged
   */
  public double share() {
    return total == 0 ? 0 : (double) passed / total;
  }

  /**
   * Prints the share alone, as {@link #percent(double)} does.
   *
   * @return e.g. {@code 72.9 %}, {@code 50 %}, {@code 100 %}, {@code 0 %}
   */
  public String shareText() {
    return percent(share());
  }

  /**
   * Prints the pass rate with its counts.
   *
   * @return e.g. {@code 72.9 % (35 of 48 passed)}; {@code none (0 judged)} when nothing was
   */
  @Override
  public String toString() {
    return total == 0
        ? "none (0 judged)"
        : shareText() + " (" + passed + " of " + total + " passed)";
  }
}
