package dev.benchgate.junit.report;

import java.util.List;
import java.util.Locale;

/** Renders the compact table printed at the end of a test run. */
final class ConsoleReport {
  /** How many of a run's worst scenarios the console lists. */
  static final int WORST_SCENARIOS = 5;

  private static final String ROW = "  %-44s %-10s %6s %10s %10s %6s  %s%n";

  private ConsoleReport() {}

  static String render(BenchgateReport report) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Benchgate: %d run%s, %d gate%s, %d failed — %s%n",
            report.runs().size(),
            report.runs().size() == 1 ? "" : "s",
            report.gates().size(),
            report.gates().size() == 1 ? "" : "s",
            report.failedGates().size(),
            report.verdict().toUpperCase(Locale.ROOT)));
    if (!report.runs().isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              ROW,
              "run",
              "state",
              "score",
              "pass rate",
              "scenarios",
              "infra",
              "vs baseline"));
      for (RunReport run : report.runs()) {
        out.append(
            String.format(
                Locale.ROOT,
                ROW,
                shorten(Escaping.console(run.displayName()), 44),
                Escaping.console(run.state()),
                Figures.score(run.score()),
                Figures.percent(run.passRate()),
                run.scenarioRunCount(),
                run.infrastructureFailures(),
                Figures.baseline(run.baseline())));
      }
    }
    List<GateReport> failed = report.failedGates();
    if (!failed.isEmpty()) {
      out.append("Failed gates:\n");
      for (GateReport gate : failed) {
        out.append("  ✗ ")
            .append(Escaping.console(gate.name()))
            .append(": ")
            .append(Escaping.console(Figures.firstLine(gate.message(), 160)))
            .append('\n');
      }
    }
    for (RunReport run : report.runs()) {
      List<ScenarioReport> worst = run.scenarios().stream().limit(WORST_SCENARIOS).toList();
      if (worst.isEmpty()) {
        continue;
      }
      out.append("Worst scenarios of ").append(Escaping.console(run.runId())).append(":\n");
      for (ScenarioReport scenario : worst) {
        out.append("  ")
            .append(
                String.format(Locale.ROOT, "%-44s", shorten(Escaping.console(scenario.name()), 44)))
            .append(' ')
            .append(String.format(Locale.ROOT, "%-9s", Escaping.console(scenario.state())))
            .append(' ')
            .append(Figures.score(scenario.score()));
        if (scenario.baselineScore() != null) {
          out.append("  (baseline ")
              .append(Figures.score(scenario.baselineScore()))
              .append(", ")
              .append(Figures.delta(scenario.delta()))
              .append(')');
        }
        if (scenario.scoringError()) {
          out.append("  scorer error");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
