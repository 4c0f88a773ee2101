package dev.benchgate.junit.internal.report;

import dev.benchgate.junit.internal.config.Redactor;
import dev.benchgate.junit.report.AgentScenarioReport;
import dev.benchgate.junit.report.BaselineReport;
import dev.benchgate.junit.report.BenchgateReport;
import dev.benchgate.junit.report.FlakyScenarioReport;
import dev.benchgate.junit.report.GateReport;
import dev.benchgate.junit.report.JobAgentReport;
import dev.benchgate.junit.report.JobReport;
import dev.benchgate.junit.report.JobScenarioReport;
import dev.benchgate.junit.report.RepeatedReport;
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
        report.gates().stream().map(gate -> gate(gate, redactor)).toList(),
        report.jobs().stream().map(job -> job(job, redactor)).toList(),
        report.repeated().stream().map(repeated -> repeated(repeated, redactor)).toList());
  }

  private static JobReport job(JobReport job, Redactor redactor) {
    return new JobReport(
        redactor.apply(job.jobId()),
        redactor.apply(job.name()),
        redactor.apply(job.state()),
        redactor.apply(job.failureReason()),
        job.passThreshold(),
        job.agents().stream()
            .map(
                agent ->
                    new JobAgentReport(
                        redactor.apply(agent.name()),
                        redactor.apply(agent.model()),
                        redactor.apply(agent.runId()),
                        redactor.apply(agent.state()),
                        agent.score(),
                        agent.scenarios(),
                        agent.passed(),
                        agent.failed(),
                        agent.infrastructureFailures(),
                        agent.setupFailures(),
                        agent.finished()))
            .toList(),
        job.scenarios().stream()
            .map(
                scenario ->
                    new JobScenarioReport(
                        redactor.apply(scenario.scenarioId()),
                        redactor.apply(scenario.name()),
                        scenario.agents().stream()
                            .map(
                                cell ->
                                    new AgentScenarioReport(
                                        redactor.apply(cell.agent()),
                                        redactor.apply(cell.state()),
                                        cell.score(),
                                        cell.setupFailure(),
                                        redactor.apply(cell.failureReason())))
                            .toList()))
            .toList());
  }

  private static RepeatedReport repeated(RepeatedReport repeated, Redactor redactor) {
    return new RepeatedReport(
        texts(repeated.runIds(), redactor),
        repeated.n(),
        redactor.apply(repeated.benchmarkId()),
        repeated.passThreshold(),
        repeated.scenarios(),
        repeated.passAtK(),
        repeated.passHatK(),
        repeated.meanScore(),
        repeated.meanScoreStandardError(),
        repeated.flaky().stream()
            .map(
                flaky ->
                    new FlakyScenarioReport(
                        redactor.apply(flaky.scenarioId()),
                        redactor.apply(flaky.name()),
                        flaky.passed(),
                        flaky.runs(),
                        flaky.infrastructureFailures()))
            .toList());
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
