package dev.benchgate.junit.report;

import dev.benchgate.core.compare.Scores;
import dev.benchgate.core.text.PassRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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

  /** An agent's name with its model: {@code codex (gpt-5)}. */
  static String agent(JobAgentReport agent) {
    return agent.model() == null || agent.model().isBlank() || agent.name().contains(":")
        ? agent.name()
        : agent.name() + " (" + agent.model() + ")";
  }

  /** Each scenario of a job that failed in setup: {@code codex: retry-flag failed in setup: …}. */
  static List<String> setupFailures(JobReport job) {
    List<String> lines = new ArrayList<>();
    for (JobScenarioReport scenario : job.scenarios()) {
      for (AgentScenarioReport cell : scenario.agents()) {
        if (cell.setupFailure()) {
          lines.add(
              cell.agent()
                  + ": "
                  + scenario.name()
                  + " failed in setup"
                  + (cell.failureReason() == null ? "" : ": " + cell.failureReason()));
        }
      }
    }
    return lines;
  }

  /** The k a format shows pass@k and pass^k for: every one up to 10, else a few and n. */
  static List<Integer> ks(int n) {
    if (n <= 10) {
      List<Integer> ks = new ArrayList<>();
      for (int k = 1; k <= n; k++) {
        ks.add(k);
      }
      return ks;
    }
    return List.of(1, 2, 3, 5, 10, n);
  }

  /** Repeated runs' figures: {@code pass@1 0.45 · pass@5 0.75 · pass^5 0.25 · mean 0.55 ± 0.08}. */
  static String repeated(RepeatedReport repeated) {
    int n = repeated.n();
    StringBuilder out = new StringBuilder();
    out.append("pass@1 ").append(score(repeated.passAt(1)));
    if (n > 1) {
      out.append(" · pass@").append(n).append(' ').append(score(repeated.passAt(n)));
      out.append(" · pass^").append(n).append(' ').append(score(repeated.passHat(n)));
    }
    out.append(" · mean score ").append(score(repeated.meanScore()));
    if (repeated.meanScoreStandardError() != null) {
      out.append(" ± ")
          .append(fixed(repeated.meanScoreStandardError(), 3))
          .append(" (standard error clustered by scenario)");
    }
    return out.append(" · ").append(repeated.scenarios()).append(" scenarios").toString();
  }

  /** How many runs passed a flaky scenario: {@code 2 of 5}. */
  static String passes(FlakyScenarioReport scenario) {
    return scenario.passed()
        + " of "
        + scenario.runs()
        + (scenario.infrastructureFailures() == 0
            ? ""
            : " (" + scenario.infrastructureFailures() + " infrastructure)");
  }
}
