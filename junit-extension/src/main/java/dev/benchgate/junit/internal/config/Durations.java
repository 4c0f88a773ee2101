package dev.benchgate.junit.internal.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Reads the durations of the configuration: ISO-8601 ({@code PT30S}, {@code PT5M}) or a whole
 * number with a unit ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}).
 *
 * <pre>{@code
 * Durations.parse(ConfigurationKeys.AWAIT_TIMEOUT, "5m")  // PT5M
 * }</pre>
 */
public final class Durations {
  private static final Pattern WITH_UNIT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
  private static final Map<String, ChronoUnit> UNITS =
      Map.of(
          "ms", ChronoUnit.MILLIS,
          "s", ChronoUnit.SECONDS,
          "m", ChronoUnit.MINUTES,
          "h", ChronoUnit.HOURS,
          "d", ChronoUnit.DAYS);

  private Durations() {}

  /**
   * Parses a configured duration.
   *
   * @param key the configuration key, for messages
   * @param text the configured text
   * @return the duration, zero or longer
   * @throws ExtensionConfigurationException when the text is no duration or a negative one
   */
  static Duration parse(String key, String text) {
    String trimmed = text.strip().toLowerCase(Locale.ROOT);
    Duration duration;
    Matcher withUnit = WITH_UNIT.matcher(trimmed);
    try {
      duration =
          withUnit.matches()
              ? Duration.of(Long.parseLong(withUnit.group(1)), UNITS.get(withUnit.group(2)))
              : Duration.parse(trimmed);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new ExtensionConfigurationException(notADuration(key, text), e);
    }
    if (duration.isNegative()) {
      throw new ExtensionConfigurationException(notADuration(key, text));
    }
    return duration;
  }

  /**
   * Prints a duration in the unit forms {@link #parse} reads, largest units first.
   *
   * @param duration a duration of zero or more
   * @return e.g. {@code 30m}, {@code 1h 30m}, {@code 4s}, {@code 250ms}, {@code 0s}
   */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    append(out, duration.toDaysPart(), "d");
    append(out, duration.toHoursPart(), "h");
    append(out, duration.toMinutesPart(), "m");
    append(out, duration.toSecondsPart(), "s");
    append(out, duration.toMillisPart(), "ms");
    return out.length() == 0 ? duration.toString() : out.toString();
  }

  private static void append(StringBuilder out, long amount, String unit) {
    if (amount > 0) {
      out.append(out.length() == 0 ? "" : " ").append(amount).append(unit);
    }
  }

  private static String notADuration(String key, String text) {
    return "The configuration parameter "
        + key
        + " is '"
        + text
        + "', which is not a duration of zero or more: use ISO-8601 such as PT30S or PT5M, or a"
        + " whole number with a unit: 500ms, 30s, 5m, 1h, 1d.";
  }
}
