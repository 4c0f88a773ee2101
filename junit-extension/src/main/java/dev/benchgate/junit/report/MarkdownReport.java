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
    jobs(out, report);
    repeated(out, report);
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

  /** How many setup failures of a job, and flaky scenarios of repeated runs, the summary lists. */
  static final int DETAILS_SHOWN = 100;

  /** Each job: a row per agent, then the scenarios that failed in setup and why. */
  private static void jobs(StringBuilder out, BenchgateReport report) {
    for (JobReport job : report.jobs()) {
      out.append("### Job ")
          .append(Escaping.markdown(job.displayName()))
          .append(": ")
          .append(Escaping.markdown(job.state()))
          .append("\n\n");
      out.append(
              "| agent | state | score | passed | failed | infrastructure failures | setup failures | run |\n")
          .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
      for (JobAgentReport agent : job.agents()) {
        row(
            out,
            Figures.agent(agent),
            agent.state(),
            Figures.score(agent.score()),
            String.valueOf(agent.passed()),
            String.valueOf(agent.failed()),
            String.valueOf(agent.infrastructureFailures()),
            String.valueOf(agent.setupFailures()),
            agent.runId());
      }
      out.append('\n');
      List<String> setupFailures = Figures.setupFailures(job);
      for (String line : setupFailures.subList(0, Math.min(DETAILS_SHOWN, setupFailures.size()))) {
        out.append("- ").append(Escaping.markdown(line)).append('\n');
      }
      if (setupFailures.size() > DETAILS_SHOWN) {
        out.append("- … and ")
            .append(setupFailures.size() - DETAILS_SHOWN)
            .append(" more setup failures in report.html\n");
      }
      if (!setupFailures.isEmpty()) {
        out.append('\n');
      }
    }
  }

  /** Each set of repeated runs: pass@k and pass^k, the mean, then the flaky scenarios. */
  private static void repeated(StringBuilder out, BenchgateReport report) {
    for (RepeatedReport repeated : report.repeated()) {
      out.append("### Repeated ")
          .append(Escaping.markdown(repeated.displayName()))
          .append("\n\n")
          .append(Escaping.markdown(Figures.repeated(repeated)))
          .append("\n\n");
      if (!repeated.passAtK().isEmpty()) {
        out.append("| k | pass@k | pass^k |\n| ---: | ---: | ---: |\n");
        for (int k : Figures.ks(repeated.n())) {
          row(
              out,
              String.valueOf(k),
              Figures.score(repeated.passAt(k)),
              Figures.score(repeated.passHat(k)));
        }
        out.append('\n');
      }
      List<FlakyScenarioReport> flaky = repeated.flaky();
      if (flaky.isEmpty()) {
        out.append("No flaky scenarios.\n\n");
        continue;
      }
      out.append("| flaky scenario | runs passed |\n| --- | ---: |\n");
      for (FlakyScenarioReport scenario : flaky.subList(0, Math.min(DETAILS_SHOWN, flaky.size()))) {
        row(out, scenario.name(), Figures.passes(scenario));
      }
      if (flaky.size() > DETAILS_SHOWN) {
        out.append("\n… and ")
            .append(flaky.size() - DETAILS_SHOWN)
            .append(" more flaky scenarios in report.html\n");
      }
      out.append('\n');
    }
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
