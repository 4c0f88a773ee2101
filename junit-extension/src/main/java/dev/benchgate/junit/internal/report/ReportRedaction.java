package dev.benchgate.junit.internal.report;

import dev.benchgate.junit.internal.config.Redactor;
import dev.benchgate.junit.report.BaselineReport;
import dev.benchgate.junit.report.BenchgateReport;
import dev.benchgate.junit.report.GateReport;
import dev.benchgate.junit.report.RunReport;
import dev.benchgate.junit.report.ScenarioReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes the API key from every text of a report before any format renders it. It works on the
 * model, not on the rendered files, because each format escapes differently (a key with an
 * underscore reads {@code \_} in Markdown) and the console wraps long lines: the key must be gone
 * before either can split or disguise it.
 *
 * <pre>{@code
 * BenchgateReport safe = ReportRedaction.apply(report, Redactor.of(apiKey));
 * }</pre>
 */
final class ReportRedaction {
  private ReportRedaction() {}

  /**
   * Redacts a report.
   *
   * @param report the report
   * @param redactor the redactor
   * @return the report with the key replaced wherever it was; the same report without a key
   */
  static BenchgateReport apply(BenchgateReport report, Redactor redactor) {
    if (redactor == Redactor.NONE) {
      return report;
    }
    return new BenchgateReport(
        report.schema(),
        report.version(),
        report.generatedAt(),
        report.verdict(),
        texts(report.reasons(), redactor),
        report.runs().stream().map(run -> run(run, redactor)).toList(),
        report.gates().stream().map(gate -> gate(gate, redactor)).toList());
  }

  private static RunReport run(RunReport run, Redactor redactor) {
    Map<String, Integer> stateCounts = new LinkedHashMap<>();
    run.stateCounts().forEach((state, count) -> stateCounts.put(redactor.apply(state), count));
    BaselineReport baseline = run.baseline();
    return new RunReport(
        redactor.apply(run.runId()),
        redactor.apply(run.name()),
        redactor.apply(run.state()),
        run.score(),
        redactor.apply(run.benchmarkId()),
        redactor.apply(run.benchmarkName()),
        run.scenarioRunCount(),
        run.passThreshold(),
        run.passRate(),
        stateCounts,
        run.infrastructureFailures(),
        run.scoringErrors(),
        run.missingScenarios(),
        baseline == null
            ? null
            : new BaselineReport(
                redactor.apply(baseline.runId()),
                redactor.apply(baseline.name()),
                baseline.score(),
                baseline.meanScoreDelta(),
                baseline.meanScoreDeltaLower(),
                baseline.meanScoreDeltaUpper(),
                baseline.scoreChangePValue(),
                baseline.regressedScenarios(),
                baseline.newFailures(),
                baseline.newInfrastructureFailures(),
                baseline.missingScenarios(),
                baseline.scenariosInCommon(),
                baseline.pairedScenarios(),
                baseline.newPasses(),
                baseline.confidenceLevel(),
                baseline.intervalMethod(),
                baseline.alpha(),
                baseline.scoreRegressionPValue(),
                baseline.scoreRegressionMethod(),
                baseline.flipRegressionPValue(),
                baseline.scenariosNeeded(),
                baseline.regressionVerdict()),
        run.scenarios().stream()
            .map(
                scenario ->
                    new ScenarioReport(
                        redactor.apply(scenario.scenarioId()),
                        redactor.apply(scenario.name()),
                        redactor.apply(scenario.state()),
                        scenario.score(),
                        scenario.runCount(),
                        scenario.infrastructureFailure(),
                        scenario.scoringError(),
                        scenario.baselineScore(),
                        scenario.delta()))
            .toList());
  }

  private static GateReport gate(GateReport gate, Redactor redactor) {
    return new GateReport(
        redactor.apply(gate.uniqueId()),
        redactor.apply(gate.name()),
        gate.status(),
        redactor.apply(gate.message()),
        texts(gate.runIds(), redactor),
        redactor.apply(gate.couldNotJudge()));
  }

  private static List<String> texts(List<String> texts, Redactor redactor) {
    return texts.stream().map(redactor::apply).toList();
  }
}
