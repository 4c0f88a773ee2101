package dev.benchgate.core.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How Benchgate prints a rate, such as a pass rate (the share of scenario runs or scenarios that
 * pass): the same way in failure messages and in reports, so that a gate's message and the report's
 * table never show one rate two ways.
 *
 * <p>A rate prints as a percentage with at most one decimal, cut towards zero: {@code 91.6 %} for
 * 11 of 12, {@code 50 %} for 2 of 4. Cut, not rounded, because a rate is read against a lowest
 * acceptable rate: a pass rate that misses 90 % never prints as {@code 90 %}, and {@code 100 %}
 * means that every one passed.
 *
 * <pre>{@code
 * Rates.percent(11 / 12.0); // "91.6 %"
 * Rates.percent(0.5);       // "50 %"
 * }</pre>
 */
public final class Rates {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rates() {}

  /**
   * Prints a rate as a percentage with at most one decimal, cut towards zero.
   *
   * <pre>{@code
   * Rates.percent(35 / 48.0); // "72.9 %"
   * Rates.percent(1);         // "100 %"
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
}
