package dev.benchgate.junit.report;

import java.util.List;

/** Renders {@code report.md}, suitable for {@code $GITHUB_STEP_SUMMARY}. */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(BenchgateReport report) {
    StringBuilder out = new StringBuilder();
    out.append("## Benchgate: ")
        .append(report.verdict().equals("passed") ? "✅ passed" : "❌ failed")
        .append("\n\n")
        .append(report.runs().size())
        .append(" run(s), ")
        .append(report.gates().size())
        .append(" gate(s), ")
        .append(report.failedGates().size())
        .append(" failed.\n\n");
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
            Figures.percent(run.passRate()),
            String.valueOf(run.scenarioRunCount()),
            String.valueOf(run.infrastructureFailures()),
            String.valueOf(run.scoringErrors()),
            Figures.baseline(run.baseline()));
      }
      out.append('\n');
    }
    List<GateReport> failed = report.failedGates();
    if (!failed.isEmpty()) {
      out.append("### Failed gates\n\n");
      for (GateReport gate : failed) {
        out.append("- **")
            .append(Escaping.markdown(gate.name()))
            .append("**: ")
            .append(Escaping.markdown(Figures.firstLine(gate.message(), 300)))
            .append('\n');
      }
      out.append('\n');
    }
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

  private static void row(StringBuilder out, String... cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(Escaping.markdown(cell)).append(" |");
    }
    out.append('\n');
  }
}
