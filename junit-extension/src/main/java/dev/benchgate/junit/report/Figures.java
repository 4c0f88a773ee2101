package dev.benchgate.junit.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Formats the report's numbers the same way in every format. */
final class Figures {
  private Figures() {}

  static String score(Double score) {
    return score == null ? "–" : String.format(Locale.ROOT, "%.2f", score);
  }

  static String delta(Double delta) {
    return delta == null ? "–" : String.format(Locale.ROOT, "%+.2f", delta);
  }

  static String percent(Double rate) {
    return rate == null ? "–" : String.format(Locale.ROOT, "%.1f %%", rate * 100);
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

  /** The first line of a message, shortened for a table cell or a summary line. */
  static String firstLine(String message, int maxLength) {
    if (message == null) {
      return "";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() <= maxLength ? line : line.substring(0, maxLength - 1) + "…";
  }
}
