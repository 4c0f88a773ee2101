package dev.benchgate.junit.report;

import dev.benchgate.core.compare.Scores;
import dev.benchgate.core.text.PassRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Formats the report's numbers the same way in every format. */
final class Figures {
  private Figures() {}

  static String score(Double score) {
    return score == null ? "–" : fixed(score, 2);
  }

  static String delta(Double delta) {
    if (delta == null) {
      return "–";
    }
    String fixed = fixed(delta, 2);
    return fixed.startsWith("-") || !Double.isFinite(delta) ? fixed : "+" + fixed;
  }

  /**
   * A number with a fixed number of decimals, rounded half up as {@code %.2f} rounds it, but
   * without {@link String#format}: a report prints a few figures for each of thousands of
   * scenarios, and the formatter's parsing would cost more than everything else it does.
   *
   * @param value any number; a non-finite one prints as Java prints it
   * @param decimals how many decimals
   * @return e.g. {@code 0.65}, {@code -0.40}, {@code 1.00}, {@code Infinity}
   */
  static String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    // Like %.2f: the shortest decimal that reads back as the double, rounded half up; -0.001
    // prints as -0.00, a drop too small to show but a drop.
    String fixed =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return value < 0 && !fixed.startsWith("-") ? "-" + fixed : fixed;
  }

  /**
   * A run's pass rate as assertion messages print it ({@link PassRate}): the share of its scenarios
   * scoring at least the threshold, and the counts.
   */
  static String passRate(RunReport run) {
    long passed =
        run.scenarios().stream()
            .filter(
                scenario ->
                    scenario.score() != null
                        && Scores.isAtLeast(scenario.score(), run.passThreshold()))
            .count();
    return PassRate.of(passed, run.scenarios().size()).toString();
  }

  static String pValue(double p) {
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  /**
   * The baseline column: mean delta with its interval, or why there is none, then the regression
   * verdict with its tests.
   */
  static String baseline(BaselineReport baseline) {
    if (baseline == null) {
      return "–";
    }
    String change =
        baseline.meanScoreDelta() == null
            ? "vs " + baseline.runId() + ": no paired scores"
            : String.format(
                Locale.ROOT,
                "%+.3f [%+.3f, %+.3f] vs %s",
                baseline.meanScoreDelta(),
                baseline.meanScoreDeltaLower(),
                baseline.meanScoreDeltaUpper(),
                baseline.runId());
    return change
        + "; "
        + verdict(baseline)
        + " at "
        + level(baseline)
        + " ("
        + regressionTests(baseline)
        + ")";
  }

  /** The interval of the mean change, with its level and method. */
  static String interval(BaselineReport baseline) {
    if (baseline.meanScoreDelta() == null) {
      return "no paired scores";
    }
    return String.format(
        Locale.ROOT,
        "%.0f %% interval [%+.3f, %+.3f] (%s)",
        baseline.confidenceLevel() * 100,
        baseline.meanScoreDeltaLower(),
        baseline.meanScoreDeltaUpper(),
        baseline.intervalMethod().replace('_', ' '));
  }

  /** The regression verdict: {@code significant regression}, {@code underpowered}, … */
  static String verdict(BaselineReport baseline) {
    return switch (baseline.regressionVerdict()) {
      case BaselineReport.SIGNIFICANT_REGRESSION -> "significant regression";
      case BaselineReport.UNDERPOWERED -> "underpowered";
      default -> "no significant regression";
    };
  }

  /** The level the verdict was reached at: {@code α 0.05}. */
  static String level(BaselineReport baseline) {
    return "α " + BigDecimal.valueOf(baseline.alpha()).stripTrailingZeros().toPlainString();
  }

  /**
   * The one-sided tests behind the verdict, or, when underpowered, how many scenarios they had and
   * needed.
   */
  static String regressionTests(BaselineReport baseline) {
    String tests =
        String.format(
            Locale.ROOT,
            "one-sided p %s sign-flip over %d scored on both sides, %s McNemar over %d in common",
            pValue(baseline.scoreRegressionPValue()),
            baseline.pairedScenarios(),
            pValue(baseline.flipRegressionPValue()),
            baseline.scenariosInCommon());
    return baseline.regressionVerdict().equals(BaselineReport.UNDERPOWERED)
        ? tests + "; each test needs at least " + baseline.scenariosNeeded()
        : tests;
  }
}
