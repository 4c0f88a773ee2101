package dev.benchgate.core.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A pass rate as Benchgate prints it everywhere, in assertion messages and in reports alike: the
 * share as a decimal with at most four significant digits, and the counts it comes from, {@code
 * 0.7291 (35 of 48 passed)}. The share is cut towards zero, never rounded up: it is compared with a
 * lowest acceptable rate, and a failing 0.89999 must never print as 0.9.
 *
 * <pre>{@code
 * PassRate.of(35, 48).toString()   // "0.7291 (35 of 48 passed)"
 * PassRate.of(2, 4).share()        // 0.5
 * }</pre>
 *
 * @param passed how many passed
 * @param total how many were judged
 */
public record PassRate(long passed, long total) {
  private static final MathContext DIGITS = new MathContext(4, RoundingMode.DOWN);

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
   * @param passed how many passed
   * @param total how many were judged
   * @return the pass rate
   */
  public static PassRate of(long passed, long total) {
    return new PassRate(passed, total);
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
   * Prints the share alone, as {@link #toString()} does: at most four significant digits, cut
   * towards zero.
   *
   * @return e.g. {@code 0.7291}, {@code 0.5}, {@code 1}, {@code 0}
   */
  public String shareText() {
    return BigDecimal.valueOf(share()).round(DIGITS).stripTrailingZeros().toPlainString();
  }

  /**
   * Prints the pass rate with its counts.
   *
   * @return e.g. {@code 0.7291 (35 of 48 passed)}; {@code none (0 judged)} when nothing was
   */
  @Override
  public String toString() {
    return total == 0
        ? "none (0 judged)"
        : shareText() + " (" + passed + " of " + total + " passed)";
  }
}
