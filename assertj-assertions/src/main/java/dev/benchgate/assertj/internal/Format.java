package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.ConfidenceInterval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** How values print in Benchgate's failure messages. */
final class Format {
  /** Appended wherever an outcome must not be mistaken for the agent scoring low. */
  static final String INFRASTRUCTURE = "an infrastructure outcome, not a low score";

  /**
   * Score changes and their bounds are means of binary doubles: three significant digits keep what
   * a reader can act on and drop the binary noise ({@code -0.20000000000000007}).
   */
  private static final MathContext CHANGE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);

  /** Estimates are means of binary doubles: four significant digits drop the binary noise. */
  private static final MathContext ESTIMATE_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

  /**
   * A p-value is compared with a significance level, so it is cut towards zero: a printed p is
   * never above the real one, and a p that fired never prints as equal to the level.
   */
  private static final MathContext P_VALUE_DIGITS = new MathContext(3, RoundingMode.DOWN);

  /**
   * A lower bound is compared with a lowest acceptable value, so it is cut towards zero, like a
   * p-value: a failing 0.79999 never prints as 0.8.
   */
  private static final MathContext LOWER_BOUND_DIGITS = new MathContext(4, RoundingMode.DOWN);

  /** The digits of a double that are not the noise of binary arithmetic on decimals. */
  private static final MathContext NOISE_FREE_DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

  /** Scorer logs can be megabytes; their end is where the error usually is. */
  private static final int MAX_OUTPUT_CHARACTERS = 1000;

  private Format() {}

  /**
   * Prints a score as the shortest decimal that reads back as the same double: {@code 0.8}, not
   * {@code 0.8000} or {@code 8.0E-1}, and {@code 1} for a perfect score.
   */
  static String score(double score) {
    return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
  }

  /**
   * Prints a lower confidence bound with at most four significant digits, cut towards zero: {@code
   * 0.7433}. (Rates print as {@link dev.benchgate.core.text.PassRate#percent(double)} does.)
   */
  static String lowerBound(double bound) {
    // Binary noise first (0.45 computed as 0.44999999999999996), so that it is not cut to 0.4499.
    return BigDecimal.valueOf(bound)
        .round(NOISE_FREE_DIGITS)
        .round(LOWER_BOUND_DIGITS)
        .stripTrailingZeros()
        .toPlainString();
  }

  /**
   * Prints an estimate, such as a mean score or its standard error, with four significant digits:
   * {@code 0.84}, {@code 0.9}, {@code 0.04123}.
   */
  static String estimate(double estimate) {
    return BigDecimal.valueOf(estimate).round(ESTIMATE_DIGITS).stripTrailingZeros().toPlainString();
  }

  /**
   * Prints a score change with its sign and three significant digits: {@code -0.2}, {@code +0.05},
   * {@code -0.0123}, and {@code 0} for no change.
   */
  static String change(double change) {
    BigDecimal rounded = BigDecimal.valueOf(change).round(CHANGE_DIGITS).stripTrailingZeros();
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
  }

  /**
   * Prints a confidence interval of a score change with its method: {@code 95 % interval [-0.45,
   * -0.15] (skewness-adjusted Student-t)}.
   */
  static String interval(ConfidenceInterval interval) {
    return "%s %% interval [%s, %s] (%s)"
        .formatted(
            percent(interval.level()),
            change(interval.lower()),
            change(interval.upper()),
            interval.method().description());
  }

  /** Prints a confidence level or a share as a percentage, without the sign: {@code 95}. */
  static String percent(double level) {
    return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** Prints a percentage as it was given, with its sign: {@code 10 %}, {@code 12.5 %}. */
  static String percentage(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + " %";
  }

  /**
   * Prints a p-value with three significant digits, cut towards zero: {@code 0.0312}, {@code 1}.
   */
  static String pValue(double pValue) {
    return BigDecimal.valueOf(pValue).round(P_VALUE_DIGITS).stripTrailingZeros().toPlainString();
  }

  /** Prints a duration the way people read it: {@code 45m 12s}, {@code 1h 5m}, {@code 0.25s}. */
  static String duration(Duration duration) {
    StringJoiner parts = new StringJoiner(" ");
    if (duration.toHours() > 0) {
      parts.add(duration.toHours() + "h");
    }
    if (duration.toMinutesPart() > 0) {
      parts.add(duration.toMinutesPart() + "m");
    }
    if (duration.toSecondsPart() > 0 || duration.toMillisPart() > 0 || parts.length() == 0) {
      BigDecimal seconds =
          BigDecimal.valueOf(duration.toSecondsPart())
              .add(BigDecimal.valueOf(duration.toMillisPart(), 3))
              .stripTrailingZeros();
      parts.add(seconds.toPlainString() + "s");
    }
    return parts.toString();
  }

  /** Quotes a name or a value, {@linkplain Escaping#escape(String) escaped}. */
  static String quoted(String text) {
    return "\"" + Escaping.escape(text) + "\"";
  }

  /** Joins quoted names as prose: {@code "a"}, {@code "a" and "b"}, {@code "a", "b" and "c"}. */
  static String quotedList(List<String> names) {
    return prose(names.stream().map(Format::quoted).toList(), "and");
  }

  /** Joins items as prose: {@code a}, {@code a or b}, {@code a, b or c}. */
  static String prose(List<String> items, String conjunction) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + conjunction
        + " "
        + items.get(items.size() - 1);
  }

  /** Counts with the right noun: {@code 1 scenario run}, {@code 2 scenario runs}. */
  static String count(int count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /**
   * Indents a scorer's output under a heading, keeping only its end when it is long; each line is
   * {@linkplain Escaping#escape(String) escaped}, so a log's colours and carriage returns show as
   * text.
   */
  static String output(String output) {
    if (output == null || output.isBlank()) {
      return "%nIt has no output.".formatted();
    }
    String heading =
        output.length() <= MAX_OUTPUT_CHARACTERS
            ? "Its output:"
            : "The last %d of its %d output characters:"
                .formatted(MAX_OUTPUT_CHARACTERS, output.length());
    String shown = output.substring(Math.max(0, output.length() - MAX_OUTPUT_CHARACTERS));
    String indented =
        shown
            .strip()
            .lines()
            .map(line -> "%n  %s".formatted(Escaping.escape(line)))
            .collect(Collectors.joining());
    return "%n%s%s".formatted(heading, indented);
  }
}
