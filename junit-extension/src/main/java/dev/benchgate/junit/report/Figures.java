package dev.benchgate.junit.report;

import dev.benchgate.core.text.PassRate;
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

  /**
   * A run's pass rate as assertion messages print it ({@link PassRate}): the share of its scenarios
   * scoring at least the threshold, and the counts.
   */
  static String passRate(RunReport run) {
    long passed =
        run.scenarios().stream()
            .filter(scenario -> scenario.score() != null && scenario.score() >= run.passThreshold())
            .count();
    return PassRate.of(passed, run.scenarios().size()).toString();
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
}
