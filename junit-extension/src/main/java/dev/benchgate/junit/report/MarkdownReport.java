package dev.benchgate.junit.report;

import java.util.List;

/**
 * Renders {@code report.md}, suitable for {@code $GITHUB_STEP_SUMMARY}: the verdict and why, a
 * summary table, the failed gates with their messages and each run's worst scenarios. GitHub limits
 * a job summary to 1 MiB, so the number of gates and message lines is bounded; {@code report.html}
 * holds them all.
 */
final class MarkdownReport {
  /** How many failed gates the summary shows. */
  static final int FAILED_GATES_SHOWN = 100;

  /** How many lines of one gate's message the summary shows. */
  static final int MESSAGE_LINES_SHOWN = 40;

  private MarkdownReport() {}

  static String render(BenchgateReport report) {
    StringBuilder out = new StringBuilder();
    out.append("## Benchgate: ")
        .append(
            switch (report.verdict()) {
              case BenchgateReport.PASSED -> "✅ passed";
              case BenchgateReport.FAILED -> "❌ failed";
              default -> "⚠️ " + Escaping.markdown(report.verdict());
            })
        .append("\n\n")
        .append(report.runs().size())
        .append(" run(s), ")
        .append(report.gates().size())
        .append(" gate(s), ")
        .append(report.failedGates().size())
        .append(" failed.\n\n");
    if (!report.reasons().isEmpty()) {
      for (String reason : report.reasons()) {
        out.append("- ").append(Escaping.markdown(reason)).append('\n');
      }
      out.append('\n');
    }
    if (!report.runs().isEmpty()) {
      out.append(
              "| run | state | score | pass rate | scenario runs | infrastructure failures | scorer errors | vs baseline |\n")
          .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
      for (RunReport run : report.runs()) {
        row(
            out,
            run.displayName(),
            run.state(),
            Figures.score(run.score()),
            Figures.passRate(run),
            String.valueOf(run.scenarioRunCount()),
            String.valueOf(run.infrastructureFailures()),
            String.valueOf(run.scoringErrors()),
            Figures.baseline(run.baseline()));
      }
      out.append('\n');
    }
    failedGates(out, report.failedGates());
    for (RunReport run : report.runs()) {
      List<ScenarioReport> worst =
          run.scenarios().stream().limit(ConsoleReport.WORST_SCENARIOS).toList();
      if (worst.isEmpty()) {
        continue;
      }
      out.append("### Worst scenarios of ")
          .append(Escaping.markdown(run.displayName()))
          .append("\n\n");
      out.append(
          "| scenario | state | score | baseline | delta |\n| --- | --- | ---: | ---: | ---: |\n");
      for (ScenarioReport scenario : worst) {
        row(
            out,
            scenario.name() + (scenario.scoringError() ? " (scorer error)" : ""),
            scenario.state(),
            Figures.score(scenario.score()),
            Figures.score(scenario.baselineScore()),
            Figures.delta(scenario.delta()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Each failed gate as a list item: its name, then its message's lines. */
  private static void failedGates(StringBuilder out, List<GateReport> failed) {
    if (failed.isEmpty()) {
      return;
    }
    out.append("### Failed gates\n\n");
    for (GateReport gate : failed.subList(0, Math.min(FAILED_GATES_SHOWN, failed.size()))) {
      out.append("- **").append(Escaping.markdown(gate.name())).append("**");
      List<String> lines =
          gate.message() == null ? List.of() : gate.message().strip().lines().toList();
      for (String line : lines.subList(0, Math.min(MESSAGE_LINES_SHOWN, lines.size()))) {
        out.append("<br>").append(keepIndentation(Escaping.markdown(line)));
      }
      if (lines.size() > MESSAGE_LINES_SHOWN) {
        out.append("<br>… ")
            .append(lines.size() - MESSAGE_LINES_SHOWN)
            .append(" more lines in report.html");
      }
      out.append('\n');
    }
    if (failed.size() > FAILED_GATES_SHOWN) {
      out.append("- … and ")
          .append(failed.size() - FAILED_GATES_SHOWN)
          .append(" more failed gates, every one in report.html\n");
    }
    out.append('\n');
  }

  // Markdown collapses leading spaces, which indent the offenders a message lists.
  private static String keepIndentation(String line) {
    String text = line.stripLeading();
    return "&nbsp;".repeat(line.length() - text.length()) + text;
  }

  private static void row(StringBuilder out, String... cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(Escaping.markdown(cell)).append(" |");
    }
    out.append('\n');
  }
}
