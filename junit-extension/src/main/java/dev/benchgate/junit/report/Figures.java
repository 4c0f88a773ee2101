package dev.benchgate.junit.report;

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

  /** The baseline column: mean delta with its interval, or why there is none. */
  static String baseline(BaselineReport baseline) {
    if (baseline == null) {
      return "–";
    }
    if (baseline.meanScoreDelta() == null) {
      return "vs " + baseline.runId() + ": no paired scores";
    }
    return String.format(
        Locale.ROOT,
        "%+.3f [%+.3f, %+.3f] vs %s",
        baseline.meanScoreDelta(),
        baseline.meanScoreDeltaLower(),
        baseline.meanScoreDeltaUpper(),
        baseline.runId());
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
