package dev.benchgate.core.compare;

import java.util.Locale;

/**
 * A two-sided confidence interval.
 *
 * @param lower the lower bound
 * @param upper the upper bound
 * @param level the confidence level, e.g. 0.95
 */
public record ConfidenceInterval(double lower, double upper, double level) {

  /**
   * Tells whether the interval lies entirely below a value.
   *
   * @param value the value
   * @return {@code true} when the upper bound is below it
   */
  public boolean isEntirelyBelow(double value) {
    return upper < value;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%+.3f, %+.3f] (%.0f%%)", lower, upper, level * 100);
  }
}
