package dev.benchgate.junit.internal.report;

import dev.benchgate.core.compare.SignificanceTest;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.internal.config.Console;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The end-of-run report's settings, read from a test plan's configuration parameters. A value that
 * cannot be used is logged as a warning and replaced by its default: a typo in a report setting
 * must not cost the verdict of the tests themselves.
 *
 * <pre>{@code
 * ReportSettings settings = ReportSettings.of(testPlan.getConfigurationParameters(), console);
 * if (settings.enabled()) {
 *   Files.createDirectories(settings.directory());
 * }
 * }</pre>
 *
 * @param enabled whether to write the report at all
 * @param directory the folder of the report's files
 * @param passThreshold the score from which a scenario counts as passed
 * @param alpha the significance level of the regression tests against a baseline
 */
public record ReportSettings(boolean enabled, Path directory, double passThreshold, double alpha) {
  static final Path DEFAULT_DIRECTORY = Path.of("target", "benchgate");
  static final double DEFAULT_PASS_THRESHOLD = 0.5;

  /**
   * Reads the settings.
   *
   * @param parameters the test plan's configuration parameters
   * @param warnings told about each unusable value
   * @return the settings, defaults in place of unset or unusable values
   */
  static ReportSettings of(ConfigurationParameters parameters, Console warnings) {
    return new ReportSettings(
        parameter(
            parameters, ConfigurationKeys.REPORT_ENABLED, ReportSettings::bool, true, warnings),
        parameter(parameters, ConfigurationKeys.REPORT_DIR, Path::of, DEFAULT_DIRECTORY, warnings),
        parameter(
            parameters,
            ConfigurationKeys.REPORT_PASS_THRESHOLD,
            ReportSettings::score,
            DEFAULT_PASS_THRESHOLD,
            warnings),
        parameter(
            parameters,
            ConfigurationKeys.REPORT_ALPHA,
            text -> SignificanceTest.requireLevel(Double.parseDouble(text)),
            SignificanceTest.DEFAULT_ALPHA,
            warnings));
  }

  private static <T> T parameter(
      ConfigurationParameters parameters,
      String key,
      Function<String, T> parser,
      T defaultValue,
      Console warnings) {
    Optional<String> text = parameters.get(key).map(String::strip).filter(s -> !s.isEmpty());
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      return parser.apply(text.get());
    } catch (IllegalArgumentException unusable) { // NumberFormatException, InvalidPathException
      warnings.warning(
          "Ignoring the configuration parameter "
              + key
              + "="
              + text.get()
              + " ("
              + unusable.getMessage()
              + "); using "
              + defaultValue
              + ".");
      return defaultValue;
    }
  }

  // Boolean.parseBoolean would read "yes" or "off" as false and switch the report off silently.
  private static boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }

  private static double score(String text) {
    double score = Double.parseDouble(text);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("expected a score between 0 and 1");
    }
    return score;
  }
}
