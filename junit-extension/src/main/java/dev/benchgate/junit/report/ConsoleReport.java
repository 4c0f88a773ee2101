package dev.benchgate.junit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the compact table printed at the end of a test run: the verdict and why, the runs, each
 * failed gate with the lines of its message that state the expectation and the actual value, and
 * each run's worst scenarios. Nothing is cut: a name too long for its column gets a line of its
 * own, and a long message line is wrapped. Only the number of lines is bounded, per gate and in
 * all, with a pointer to the files that hold the rest.
 */
final class ConsoleReport {
  /** How many of a run's worst scenarios the console lists. */
  static final int WORST_SCENARIOS = 5;

  /** How many failed gates the console shows; the files list all of them. */
  static final int FAILED_GATES_SHOWN = 25;

  /**
   * How many lines of one failure the console shows, wrapped lines counted: of a gate's message, or
   * of each failure that soft assertions collected in it.
   */
  static final int MESSAGE_LINES_SHOWN = 20;

  /** The first line of each failure soft assertions collected: {@code 1) …}, {@code 2) …}. */
  private static final Pattern FAILURE_START = Pattern.compile("^\\d+\\) ");

  /** A list item's marker, which continuation lines are indented past. */
  private static final Pattern LIST_MARKER = Pattern.compile("(\\s*)(\\d+\\) |- |\\* )?");

  /** The width message lines are wrapped to, indentation included. */
  static final int WIDTH = 110;

  private static final int NAME_COLUMN = 44;
  private static final String ROW = "  %-" + NAME_COLUMN + "s %-10s %6s %-26s %9s %6s  %s%n";
  private static final String MESSAGE_INDENT = "      ";

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
    for (String reason : report.reasons()) {
      wrapped(out, "  - ", "    ", reason);
    }
    runs(out, report);
    jobs(out, report);
    repeated(out, report);
    failedGates(out, report.failedGates());
    worstScenarios(out, report);
    return out.toString();
  }

  private static void runs(StringBuilder out, BenchgateReport report) {
    if (report.runs().isEmpty()) {
      return;
    }
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
              nameCell(out, Escaping.console(run.displayName())),
              Escaping.console(run.state()),
              Figures.score(run.score()),
              Figures.passRate(run),
              run.scenarioRunCount(),
              run.infrastructureFailures(),
              Escaping.console(Figures.baseline(run.baseline()))));
    }
  }

  /** How many setup failures, and how many flaky scenarios, the console lists of each. */
  static final int DETAILS_SHOWN = 10;

  private static final String AGENT_ROW =
      "  %-" + NAME_COLUMN + "s %-10s %6s %6s %6s %6s %6s  %s%n";

  /** Each job: a row per agent, then the scenarios that failed in setup and why. */
  private static void jobs(StringBuilder out, BenchgateReport report) {
    for (JobReport job : report.jobs()) {
      out.append("Job ")
          .append(Escaping.console(job.displayName()))
          .append(" — ")
          .append(Escaping.console(job.state()))
          .append('\n');
      out.append(
          String.format(
              Locale.ROOT,
              AGENT_ROW,
              "agent",
              "state",
              "score",
              "passed",
              "failed",
              "infra",
              "setup",
              "run"));
      for (JobAgentReport agent : job.agents()) {
        out.append(
            String.format(
                Locale.ROOT,
                AGENT_ROW,
                nameCell(out, Escaping.console(Figures.agent(agent))),
                Escaping.console(agent.state()),
                Figures.score(agent.score()),
                agent.passed(),
                agent.failed(),
                agent.infrastructureFailures(),
                agent.setupFailures(),
                Escaping.console(agent.runId())));
      }
      List<String> setupFailures = Figures.setupFailures(job);
      for (String line : setupFailures.subList(0, Math.min(DETAILS_SHOWN, setupFailures.size()))) {
        wrapped(out, "  ✗ ", "    ", Escaping.console(line));
      }
      if (setupFailures.size() > DETAILS_SHOWN) {
        out.append("  … and ")
            .append(setupFailures.size() - DETAILS_SHOWN)
            .append(" more setup failures in report.json and report.html\n");
      }
    }
  }

  /** Each set of repeated runs: its figures on a line, then its flaky scenarios. */
  private static void repeated(StringBuilder out, BenchgateReport report) {
    for (RepeatedReport repeated : report.repeated()) {
      wrapped(
          out,
          "",
          "    ",
          "Repeated "
              + Escaping.console(repeated.displayName())
              + ": "
              + Figures.repeated(repeated));
      List<FlakyScenarioReport> flaky = repeated.flaky();
      if (flaky.isEmpty()) {
        out.append("  no flaky scenarios\n");
        continue;
      }
      out.append(
          String.format(Locale.ROOT, "  %-" + NAME_COLUMN + "s %s%n", "flaky scenario", "passed"));
      for (FlakyScenarioReport scenario : flaky.subList(0, Math.min(DETAILS_SHOWN, flaky.size()))) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-" + NAME_COLUMN + "s %s%n",
                nameCell(out, Escaping.console(scenario.name())),
                Figures.passes(scenario)));
      }
      if (flaky.size() > DETAILS_SHOWN) {
        out.append("  … and ")
            .append(flaky.size() - DETAILS_SHOWN)
            .append(" more flaky scenarios in report.md and report.html\n");
      }
    }
  }

  private static void failedGates(StringBuilder out, List<GateReport> failed) {
    if (failed.isEmpty()) {
      return;
    }
    out.append("Failed gates:\n");
    for (GateReport gate : failed.subList(0, Math.min(FAILED_GATES_SHOWN, failed.size()))) {
      wrapped(out, "  ✗ ", "    ", Escaping.console(gate.name()));
      String message = gate.message() == null ? "" : gate.message().strip();
      for (List<String> failure : failures(message)) {
        List<String> lines = new ArrayList<>();
        failure.forEach(
            line -> lines.addAll(wrap(Escaping.console(line), WIDTH - MESSAGE_INDENT.length())));
        for (String line : lines.subList(0, Math.min(MESSAGE_LINES_SHOWN, lines.size()))) {
          out.append(MESSAGE_INDENT).append(line).append('\n');
        }
        if (lines.size() > MESSAGE_LINES_SHOWN) {
          out.append(MESSAGE_INDENT)
              .append("   … ")
              .append(lines.size() - MESSAGE_LINES_SHOWN)
              .append(" more lines in report.html and report.md\n");
        }
      }
    }
    if (failed.size() > FAILED_GATES_SHOWN) {
      out.append("  … and ")
          .append(failed.size() - FAILED_GATES_SHOWN)
          .append(" more failed gates, every one in report.html and report.md\n");
    }
  }

  /**
   * Splits a message into the failures it reports: one, or for soft assertions the heading and each
   * failure they collected, so that each shows its own first lines.
   */
  private static List<List<String>> failures(String message) {
    List<List<String>> failures = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : message.lines().toList()) {
      if (FAILURE_START.matcher(line).find() && !current.isEmpty()) {
        failures.add(current);
        current = new ArrayList<>();
      }
      current.add(line);
    }
    failures.add(current);
    return failures;
  }

  private static void worstScenarios(StringBuilder out, BenchgateReport report) {
    for (RunReport run : report.runs()) {
      List<ScenarioReport> worst = run.scenarios().stream().limit(WORST_SCENARIOS).toList();
      if (worst.isEmpty()) {
        continue;
      }
      out.append("Worst scenarios of ").append(Escaping.console(run.runId())).append(":\n");
      for (ScenarioReport scenario : worst) {
        out.append("  ")
            .append(
                String.format(
                    Locale.ROOT,
                    "%-" + NAME_COLUMN + "s",
                    nameCell(out, Escaping.console(scenario.name()))))
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
  }

  /**
   * A name for the first column: itself when it fits; else it is printed whole on a line of its
   * own, and the row goes on below it with the column empty.
   */
  private static String nameCell(StringBuilder out, String name) {
    if (name.length() <= NAME_COLUMN) {
      return name;
    }
    out.append("  ").append(name).append('\n');
    return "";
  }

  private static void wrapped(StringBuilder out, String first, String rest, String text) {
    List<String> lines = wrap(text, WIDTH - first.length());
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
    }
  }

  /**
   * Wraps one line at spaces, or within a word longer than the width; continuation lines are
   * indented past the line's indentation and list marker ({@code - }, {@code 1) }), or by two
   * spaces more.
   */
  static List<String> wrap(String line, int width) {
    List<String> lines = new ArrayList<>();
    Matcher marker = LIST_MARKER.matcher(line);
    marker.lookingAt();
    int hanging = marker.group(2) == null ? marker.end() + 2 : marker.end();
    // At most half the width, so that every continuation line makes room for text.
    String indent = " ".repeat(Math.min(hanging, width / 2));
    String rest = line;
    while (rest.length() > width) {
      int space = rest.lastIndexOf(' ', width);
      int cut = space > indent.length() ? space : width;
      lines.add(rest.substring(0, cut).stripTrailing());
      rest = indent + rest.substring(cut).stripLeading();
    }
    lines.add(rest);
    return lines;
  }
}
