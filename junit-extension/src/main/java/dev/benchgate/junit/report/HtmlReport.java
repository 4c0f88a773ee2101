package dev.benchgate.junit.report;

import dev.benchgate.core.compare.Scores;
import java.util.Locale;

/**
 * Renders {@code report.html}: one self-contained page (inline CSS and SVG, no script, no network)
 * with a score bar per scenario, coloured by state, the baseline's score marked beside it,
 * regressions first.
 */
final class HtmlReport {
  private static final int BAR_WIDTH = 320;
  private static final int BAR_HEIGHT = 16;

  private HtmlReport() {}

  static String render(BenchgateReport report) {
    return TextOutput.render(out -> render(report, out));
  }

  static void render(BenchgateReport report, TextOutput out) {
    String verdict = verdictClass(report.verdict());
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Benchgate report: ")
        .append(verdict)
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>Benchgate report</h1>\n")
        .append("<span class=\"verdict ")
        .append(verdict)
        .append("\">")
        .append(verdict)
        .append("</span>\n<p class=\"meta\">")
        .append(report.runs().size())
        .append(" run(s) · ")
        .append(report.gates().size())
        .append(" gate(s) · ")
        .append(report.failedGates().size())
        .append(" failed · generated ")
        .append(Escaping.html(report.generatedAt()))
        .append("</p>\n</header>\n<main>\n");
    if (!report.reasons().isEmpty()) {
      out.append("<section class=\"reasons\">\n<h2>Why</h2>\n<ul>\n");
      for (String reason : report.reasons()) {
        out.append("<li>").append(Escaping.html(reason)).append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    if (!report.failedGates().isEmpty()) {
      out.append("<section class=\"gates\">\n<h2>Failed gates</h2>\n");
      for (GateReport gate : report.failedGates()) {
        out.append("<details open><summary>")
            .append(Escaping.html(gate.name()))
            .append("</summary><pre>")
            .append(Escaping.htmlLines(gate.message()))
            .append("</pre></details>\n");
      }
      out.append("</section>\n");
    }
    for (JobReport job : report.jobs()) {
      job(out, job);
    }
    for (RepeatedReport repeated : report.repeated()) {
      repeated(out, repeated);
    }
    for (RunReport run : report.runs()) {
      run(out, run);
    }
    out.append("</main>\n</body>\n</html>\n");
  }

  private static void run(TextOutput out, RunReport run) {
    out.append("<section class=\"run\" id=\"")
        .append(Escaping.html(run.runId()))
        .append("\">\n<h2>")
        .append(Escaping.html(run.displayName()))
        .append("</h2>\n<div class=\"cards\">\n");
    card(out, "score", Figures.score(run.score()), "state " + run.state());
    card(
        out,
        "pass rate",
        Figures.passRate(run),
        "scenarios scoring ≥ " + Figures.score(run.passThreshold()));
    card(
        out,
        "scenario runs",
        String.valueOf(run.scenarioRunCount()),
        run.infrastructureFailures()
            + " infrastructure failure(s), "
            + run.scoringErrors()
            + " scorer error(s)");
    if (run.baseline() != null) {
      BaselineReport baseline = run.baseline();
      card(
          out,
          "vs baseline",
          Figures.delta(baseline.meanScoreDelta()),
          baseline.regressedScenarios()
              + " scored lower · "
              + baseline.newFailures()
              + " newly failing · "
              + Figures.interval(baseline)
              + " · "
              + (baseline.name() == null ? baseline.runId() : baseline.name()));
      card(
          out,
          "regression at " + Figures.level(baseline),
          Figures.verdict(baseline),
          Figures.regressionTests(baseline));
    }
    out.append("</div>\n<p class=\"states\">");
    run.stateCounts()
        .forEach(
            (state, count) ->
                out.append("<span class=\"chip ")
                    .append(stateClass(state))
                    .append("\">")
                    .append(Escaping.html(state))
                    .append(" ")
                    .append(count)
                    .append("</span>"));
    out.append("</p>\n<table class=\"scenarios\">\n<thead><tr><th>scenario</th><th>state</th>")
        .append("<th class=\"bar\">score")
        .append(run.baseline() == null ? "" : " <span class=\"hint\">(tick: baseline)</span>")
        .append("</th><th class=\"num\">score</th>")
        .append(
            run.baseline() == null ? "" : "<th class=\"num\">baseline</th><th class=\"num\">Δ</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (ScenarioReport scenario : run.scenarios()) {
      scenario(out, scenario, run);
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void scenario(TextOutput out, ScenarioReport scenario, RunReport run) {
    String stateClass = stateClass(scenario.state(), scenario.score(), run.passThreshold());
    boolean regressed = RunReport.isRegression(scenario);
    out.append("<tr><td class=\"name\" title=\"")
        .append(Escaping.html(scenario.scenarioId()))
        .append("\">")
        .append(Escaping.html(scenario.name()))
        .append(scenario.scoringError() ? " <span class=\"tag\">scorer error</span>" : "")
        .append(
            scenario.runCount() > 1
                ? " <span class=\"tag\">mean of " + scenario.runCount() + " runs</span>"
                : "")
        .append("</td><td><span class=\"chip ")
        .append(stateClass)
        .append("\">")
        .append(Escaping.html(scenario.state()))
        .append("</span></td><td class=\"bar\">");
    bar(out, scenario, stateClass);
    out.append("</td><td class=\"num\">").append(Figures.score(scenario.score())).append("</td>");
    if (run.baseline() != null) {
      out.append("<td class=\"num\">")
          .append(Figures.score(scenario.baselineScore()))
          .append("</td><td class=\"num ")
          .append(regressed ? "down" : "up")
          .append("\">")
          .append(Figures.delta(scenario.delta()))
          .append("</td>");
    }
    out.append("</tr>\n");
  }

  private static void bar(TextOutput out, ScenarioReport scenario, String stateClass) {
    out.append("<svg class=\"score-bar\" width=\"")
        .append(BAR_WIDTH)
        .append("\" height=\"")
        .append(BAR_HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(BAR_WIDTH)
        .append(' ')
        .append(BAR_HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(Escaping.html(scenario.name() + ": " + Figures.score(scenario.score())))
        .append("\"><rect class=\"track\" x=\"0\" y=\"2\" width=\"")
        .append(BAR_WIDTH)
        .append("\" height=\"")
        .append(BAR_HEIGHT - 4)
        .append("\" rx=\"3\"/>");
    if (scenario.score() != null) {
      out.append("<rect class=\"fill ")
          .append(stateClass)
          .append("\" x=\"0\" y=\"2\" width=\"")
          .append(px(scenario.score()))
          .append("\" height=\"")
          .append(BAR_HEIGHT - 4)
          .append("\" rx=\"3\"/>");
    } else {
      out.append("<rect class=\"fill none ")
          .append(stateClass)
          .append("\" x=\"0\" y=\"2\" width=\"")
          .append(BAR_WIDTH)
          .append("\" height=\"")
          .append(BAR_HEIGHT - 4)
          .append("\" rx=\"3\"/><text x=\"8\" y=\"12\">no score</text>");
    }
    if (scenario.baselineScore() != null) {
      String x = px(scenario.baselineScore());
      out.append("<line class=\"baseline\" x1=\"")
          .append(x)
          .append("\" x2=\"")
          .append(x)
          .append("\" y1=\"0\" y2=\"")
          .append(BAR_HEIGHT)
          .append("\"/>");
    }
    out.append("</svg>");
  }

  private static final int AGENT_BAR_WIDTH = 160;

  /** A job: a row per agent, then a row per scenario with a bar per agent. */
  private static void job(TextOutput out, JobReport job) {
    out.append("<section class=\"job\" id=\"")
        .append(Escaping.html(job.jobId()))
        .append("\">\n<h2>Job ")
        .append(Escaping.html(job.displayName()))
        .append(" <span class=\"chip ")
        .append(stateClass(job.state()))
        .append("\">")
        .append(Escaping.html(job.state()))
        .append("</span></h2>\n");
    if (job.failureReason() != null) {
      out.append("<p class=\"why\">").append(Escaping.html(job.failureReason())).append("</p>\n");
    }
    out.append("<table class=\"agents\">\n<thead><tr><th>agent</th><th>state</th>")
        .append("<th class=\"num\">score</th><th class=\"num\">passed</th>")
        .append("<th class=\"num\">failed</th><th class=\"num\">infrastructure</th>")
        .append("<th class=\"num\">setup failures</th><th>run</th></tr></thead>\n<tbody>\n");
    for (JobAgentReport agent : job.agents()) {
      out.append("<tr><td class=\"name\">")
          .append(Escaping.html(Figures.agent(agent)))
          .append("</td><td><span class=\"chip ")
          .append(stateClass(agent.state()))
          .append("\">")
          .append(Escaping.html(agent.state()))
          .append("</span></td><td class=\"num\">")
          .append(Figures.score(agent.score()))
          .append("</td><td class=\"num\">")
          .append(agent.passed())
          .append("</td><td class=\"num\">")
          .append(agent.failed())
          .append("</td><td class=\"num\">")
          .append(agent.infrastructureFailures())
          .append("</td><td class=\"num\">")
          .append(agent.setupFailures())
          .append("</td><td><a href=\"#")
          .append(Escaping.html(agent.runId()))
          .append("\">")
          .append(Escaping.html(agent.runId()))
          .append("</a></td></tr>\n");
    }
    out.append("</tbody>\n</table>\n<table class=\"scenarios side-by-side\">\n<thead><tr>")
        .append("<th>scenario</th>");
    for (JobAgentReport agent : job.agents()) {
      out.append("<th class=\"bar\">").append(Escaping.html(agent.name())).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (JobScenarioReport scenario : job.scenarios()) {
      out.append("<tr><td class=\"name\" title=\"")
          .append(Escaping.html(scenario.scenarioId()))
          .append("\">")
          .append(Escaping.html(scenario.name()))
          .append("</td>");
      for (AgentScenarioReport cell : scenario.agents()) {
        String stateClass = stateClass(cell.state(), cell.score(), job.passThreshold());
        out.append("<td class=\"bar\">");
        scoreBar(
            out,
            AGENT_BAR_WIDTH,
            cell.score(),
            stateClass,
            cell.agent() + " on " + scenario.name() + ": " + Figures.score(cell.score()),
            cell.state() == null ? "no run" : cell.setupFailure() ? "setup failed" : "no score");
        out.append("<span class=\"cell\">")
            .append(Figures.score(cell.score()))
            .append(" <span class=\"chip ")
            .append(stateClass)
            .append("\">")
            .append(Escaping.html(cell.state() == null ? "no run" : cell.state()))
            .append("</span>");
        if (cell.setupFailure()) {
          out.append(" <span class=\"tag\">setup failure</span>");
        }
        out.append("</span>");
        if (cell.failureReason() != null) {
          out.append("<div class=\"why\">")
              .append(Escaping.html(cell.failureReason()))
              .append("</div>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** Repeated runs: their figures, pass@k and pass^k, and the flaky scenarios. */
  private static void repeated(TextOutput out, RepeatedReport repeated) {
    out.append("<section class=\"repeated\">\n<h2>Repeated ")
        .append(Escaping.html(repeated.displayName()))
        .append("</h2>\n<div class=\"cards\">\n");
    int n = repeated.n();
    card(out, "pass@1", Figures.score(repeated.passAt(1)), "expected pass rate of one try");
    if (n > 1) {
      card(out, "pass@" + n, Figures.score(repeated.passAt(n)), "solved by one of " + n + " tries");
      card(out, "pass^" + n, Figures.score(repeated.passHat(n)), "solved by all " + n + " tries");
    }
    card(
        out,
        "mean score",
        Figures.score(repeated.meanScore()),
        repeated.meanScoreStandardError() == null
            ? "no scenario runs"
            : "± "
                + Figures.fixed(repeated.meanScoreStandardError(), 3)
                + " standard error, clustered by scenario");
    out.append("</div>\n");
    if (!repeated.passAtK().isEmpty()) {
      out.append("<table class=\"passk\">\n<thead><tr><th class=\"num\">k</th>")
          .append("<th class=\"num\">pass@k</th><th class=\"num\">pass^k</th></tr></thead>\n")
          .append("<tbody>\n");
      for (int k = 1; k <= repeated.passAtK().size(); k++) {
        out.append("<tr><td class=\"num\">")
            .append(k)
            .append("</td><td class=\"num\">")
            .append(Figures.score(repeated.passAt(k)))
            .append("</td><td class=\"num\">")
            .append(Figures.score(repeated.passHat(k)))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    if (repeated.flaky().isEmpty()) {
      out.append("<p>No flaky scenarios.</p>\n</section>\n");
      return;
    }
    out.append("<table class=\"scenarios flaky\">\n<thead><tr><th>flaky scenario</th>")
        .append("<th class=\"bar\">runs passed</th><th class=\"num\">passed</th></tr></thead>\n")
        .append("<tbody>\n");
    for (FlakyScenarioReport scenario : repeated.flaky()) {
      double share = scenario.runs() == 0 ? 0 : (double) scenario.passed() / scenario.runs();
      out.append("<tr><td class=\"name\" title=\"")
          .append(Escaping.html(scenario.scenarioId()))
          .append("\">")
          .append(Escaping.html(scenario.name()))
          .append("</td><td class=\"bar\">");
      scoreBar(
          out,
          BAR_WIDTH,
          share,
          "low",
          scenario.name() + ": " + Figures.passes(scenario),
          "no score");
      out.append("</td><td class=\"num\">")
          .append(Escaping.html(Figures.passes(scenario)))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** A bar of a score from 0 to 1 of any width; a bar without a score says why. */
  private static void scoreBar(
      TextOutput out,
      int width,
      Double score,
      String stateClass,
      String label,
      String withoutScore) {
    out.append("<svg class=\"score-bar\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(BAR_HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(BAR_HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(Escaping.html(label))
        .append("\"><rect class=\"track\" x=\"0\" y=\"2\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(BAR_HEIGHT - 4)
        .append("\" rx=\"3\"/>");
    if (score != null) {
      double clamped = Double.isFinite(score) ? Math.max(0, Math.min(1, score)) : 0;
      out.append("<rect class=\"fill ")
          .append(stateClass)
          .append("\" x=\"0\" y=\"2\" width=\"")
          .append(Figures.fixed(clamped * width, 1))
          .append("\" height=\"")
          .append(BAR_HEIGHT - 4)
          .append("\" rx=\"3\"/>");
    } else {
      out.append("<rect class=\"fill none ")
          .append(stateClass)
          .append("\" x=\"0\" y=\"2\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(BAR_HEIGHT - 4)
          .append("\" rx=\"3\"/><text x=\"8\" y=\"12\">")
          .append(Escaping.html(withoutScore))
          .append("</text>");
    }
    out.append("</svg>");
  }

  private static void card(TextOutput out, String label, String value, String detail) {
    out.append("<div class=\"card\"><div class=\"label\">")
        .append(Escaping.html(label))
        .append("</div><div class=\"value\">")
        .append(Escaping.html(value))
        .append("</div><div class=\"detail\">")
        .append(Escaping.html(detail))
        .append("</div></div>\n");
  }

  /**
   * The colour class of a scenario's state and score: a scored state passes only with a score at
   * the threshold, so a scenario without a score is never painted as passing.
   */
  private static String stateClass(String state, Double score, double threshold) {
    String byState = stateClass(state);
    return byState.equals("pass") && (score == null || !Scores.isAtLeast(score, threshold))
        ? "low"
        : byState;
  }

  /** The colour class of a state alone, for the chips that count or name states. */
  private static String stateClass(String state) {
    String normalized = state == null ? "" : state.toLowerCase(Locale.ROOT);
    return switch (normalized) {
      case "scored", "completed" -> "pass";
      case "failed" -> "failed";
      case "timeout" -> "timeout";
      case "canceled" -> "canceled";
      case "running", "scoring" -> "running";
      default -> "unknown";
    };
  }

  /** A CSS class for the verdict: one of three, whatever a report read back says. */
  private static String verdictClass(String verdict) {
    return BenchgateReport.PASSED.equals(verdict) || BenchgateReport.FAILED.equals(verdict)
        ? verdict
        : BenchgateReport.ERROR;
  }

  private static String px(double score) {
    // NaN and infinite scores are no position on the bar: they show at its start.
    double clamped = Double.isFinite(score) ? Math.max(0, Math.min(1, score)) : 0;
    return Figures.fixed(clamped * BAR_WIDTH, 1);
  }

  private static final String CSS =
      """
      :root { --pass:#2da44e; --low:#d4a72c; --failed:#cf222e; --timeout:#8250df; --canceled:#6e7781;
              --running:#0969da; --unknown:#afb8c1; --ink:#1f2328; --muted:#656d76; --line:#d0d7de; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 14px/1.45 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
             color: var(--ink); background: #f6f8fa; }
      header { background: #fff; border-bottom: 1px solid var(--line); padding: 20px 32px;
               display: flex; align-items: baseline; gap: 16px; flex-wrap: wrap; }
      h1 { font-size: 22px; margin: 0; }
      h2 { font-size: 17px; margin: 0 0 12px; }
      .meta { color: var(--muted); margin: 0; }
      .verdict { font-weight: 600; text-transform: uppercase; letter-spacing: .04em; font-size: 12px;
                 padding: 3px 10px; border-radius: 999px; color: #fff; }
      .verdict.passed { background: var(--pass); } .verdict.failed { background: var(--failed); }
      .verdict.error { background: var(--timeout); }
      .reasons ul { margin: 0; padding-left: 20px; }
      main { padding: 24px 32px; max-width: 1200px; }
      section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 20px;
                margin-bottom: 24px; }
      .gates details { border-left: 3px solid var(--failed); padding: 4px 12px; margin: 8px 0; }
      .gates summary { cursor: pointer; font-weight: 600; }
      .gates pre { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; padding: 10px;
                   border-radius: 6px; font-size: 12px; margin: 8px 0 4px; }
      .cards { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 12px; }
      .card { flex: 1 1 200px; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
      .card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
      .card .value { font-size: 26px; font-weight: 600; }
      .card .detail { color: var(--muted); font-size: 12px; }
      .states { margin: 0 0 12px; }
      .chip { display: inline-block; border-radius: 999px; padding: 1px 8px; margin: 0 6px 4px 0;
              font-size: 12px; color: #fff; background: var(--unknown); }
      .chip.pass { background: var(--pass); } .chip.low { background: var(--low); color: var(--ink); }
      .chip.failed { background: var(--failed); } .chip.timeout { background: var(--timeout); }
      .chip.canceled { background: var(--canceled); } .chip.running { background: var(--running); }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eaeef2; vertical-align: middle; }
      th { color: var(--muted); font-weight: 600; font-size: 12px; }
      td.name { max-width: 360px; overflow-wrap: anywhere; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .num.down { color: var(--failed); font-weight: 600; }
      .tag { font-size: 11px; color: var(--muted); border: 1px solid var(--line); border-radius: 4px;
             padding: 0 4px; font-weight: 400; }
      .hint { font-weight: 400; }
      .score-bar { display: block; }
      .score-bar .track { fill: #eaeef2; }
      .score-bar .fill.pass { fill: var(--pass); } .score-bar .fill.low { fill: var(--low); }
      .score-bar .fill.failed { fill: var(--failed); } .score-bar .fill.timeout { fill: var(--timeout); }
      .score-bar .fill.canceled { fill: var(--canceled); } .score-bar .fill.running { fill: var(--running); }
      .score-bar .fill.unknown { fill: var(--unknown); }
      .score-bar .fill.none { opacity: .18; }
      .score-bar text { font-size: 10px; fill: var(--ink); }
      .score-bar .baseline { stroke: var(--ink); stroke-width: 2; }
      .agents { margin-bottom: 16px; }
      .side-by-side td.bar { min-width: 170px; }
      .cell { font-size: 12px; font-variant-numeric: tabular-nums; }
      .why { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; margin: 2px 0; }
      .passk { width: auto; margin-bottom: 12px; }
      """;
}
