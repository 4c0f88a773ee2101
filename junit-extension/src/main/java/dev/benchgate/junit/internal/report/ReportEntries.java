package dev.benchgate.junit.internal.report;

import dev.benchgate.core.AwaitProgress;
import dev.benchgate.core.JobAwaitProgress;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.text.UntrustedText;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.ScenarioRunSource;
import dev.benchgate.junit.internal.config.Console;
import dev.benchgate.junit.internal.config.Redactor;
import dev.benchgate.junit.internal.config.RunRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Publishes what a test was given as JUnit report entries, which build tools keep in their test
 * reports (Surefire's XML, Gradle's HTML): the run's id, state and score, the states of its
 * scenario runs so that infrastructure failures stand apart from low scores, and the same for each
 * scenario run of a {@link ScenarioRunSource} invocation; and tells the {@link Console} what
 * happened once for the plan. Every value is printable ({@link UntrustedText}) and carries no API
 * key.
 *
 * <pre>{@code
 * new ReportEntries(context, redactor, console).run(RunRole.BENCHMARK_RUN, outcome);
 * // benchgate.benchmark-run=bmr_123, benchgate.benchmark-run.state=completed, ...
 * }</pre>
 */
public final class ReportEntries {
  /** The key of the progress lines published while a run is awaited. */
  public static final String AWAIT = "benchgate.await";

  /** The key of what re-baselining did to a test's baseline snapshot. */
  public static final String BASELINE_UPDATE = ConfigurationKeys.BASELINE + ".update";

  /**
   * The key of why a test could not be given its run. The end-of-run report counts such a test as a
   * gate that could not judge.
   */
  public static final String COULD_NOT_JUDGE = "benchgate.could-not-judge";

  /**
   * The key of a benchmark job given to a test (its id); {@code .state} and {@code .agents} (each
   * agent's name with its run's id, {@code claude=bmr_1, codex=bmr_2}) follow it.
   */
  public static final String BENCHMARK_JOB = "benchgate.benchmark-job";

  /**
   * The key of repeated runs of one agent given to a test: their ids joined by {@code ","}, which
   * is also how the end-of-run report finds them ({@link ReportedOutcomes#findRepeated}).
   */
  public static final String REPEATED_RUNS = "benchgate.repeated-runs";

  private static final String SCENARIO = "benchgate.scenario";
  private static final String SCENARIO_RUN = "benchgate.scenario-run";
  private static final String SCORING_FUNCTION = "benchgate.scoring-function.";
  private static final String NONE = "none";

  private final ExtensionContext context;
  private final Redactor redactor;
  private final Console console;

  /**
   * Publishes to one test.
   *
   * @param context the test's (or container's) context
   * @param redactor removes the API key from every value
   * @param console where lines for people go
   */
  public ReportEntries(ExtensionContext context, Redactor redactor, Console console) {
    this.context = context;
    this.redactor = redactor;
    this.console = console;
  }

  /**
   * Publishes a run given to a test, and keeps its outcome for the end-of-run report, which reads
   * these entries to learn which test received which run.
   *
   * @param role the run's role, whose key prefixes the entries
   * @param outcome the run's outcome
   */
  public void run(RunRole role, BenchmarkOutcome outcome) {
    String runId = text(outcome.runId());
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(role.key(), runId);
    entries.put(role.key() + ".state", text(outcome.run().stateValue()));
    entries.put(role.key() + ".score", score(outcome.run().score()));
    entries.put(
        role.key() + ".scenario-runs", text(ScenarioRunCounts.byState(outcome.scenarioRuns())));
    ReportedOutcomes.remember(context, runId, outcome);
    context.publishReportEntry(entries);
  }

  /**
   * Publishes a whole benchmark job given to a test, and keeps it, and each agent's run, for the
   * end-of-run report.
   *
   * @param job the job
   */
  public void job(BenchmarkJobOutcome job) {
    String jobId = text(job.jobId());
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(BENCHMARK_JOB, jobId);
    entries.put(BENCHMARK_JOB + ".state", text(job.job().stateValue()));
    entries.put(
        BENCHMARK_JOB + ".agents",
        text(
            job.agents().stream()
                .map(agent -> agent.name() + "=" + agent.benchmarkRunId())
                .collect(Collectors.joining(", "))));
    job.agents()
        .forEach(
            agent ->
                ReportedOutcomes.remember(context, text(agent.benchmarkRunId()), agent.outcome()));
    ReportedOutcomes.rememberJob(context, jobId, job);
    context.publishReportEntry(entries);
  }

  /**
   * Publishes repeated runs of one agent given to a test, and keeps them, and each run, for the
   * end-of-run report.
   *
   * @param repeated the runs
   */
  public void repeated(RepeatedOutcome repeated) {
    String runIds = repeated.runIds().stream().map(this::text).collect(Collectors.joining(","));
    repeated.runs().forEach(run -> ReportedOutcomes.remember(context, text(run.runId()), run));
    ReportedOutcomes.rememberRepeated(context, runIds, repeated);
    context.publishReportEntry(
        Map.of(
            REPEATED_RUNS, runIds, REPEATED_RUNS + ".count", String.valueOf(repeated.runCount())));
  }

  /**
   * Publishes the scenario run of one invocation.
   *
   * @param scenarioRun its scenario run
   */
  public void scenarioRun(ScenarioRunView scenarioRun) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(SCENARIO, text(scenarioRun.scenarioId()));
    entries.put(SCENARIO_RUN, text(scenarioRun.id()));
    entries.put(SCENARIO_RUN + ".state", text(scenarioRun.stateValue()));
    entries.put(SCENARIO_RUN + ".score", score(scenarioRun.score()));
    List<ScoringFunctionResult> functions =
        scenarioRun
            .scoringResult()
            .map(result -> result.scoringFunctionResults())
            .orElse(List.of());
    for (ScoringFunctionResult function : functions) {
      entries.put(
          SCORING_FUNCTION + key(function.scoringFunctionName()),
          score(function.score()) + " (" + text(function.stateValue()) + ")");
    }
    context.publishReportEntry(entries);
  }

  /**
   * Reports how far a run that is being awaited has come, to the test report and the console.
   *
   * @param progress the latest poll
   */
  public void progress(AwaitProgress progress) {
    awaiting(progress.describe());
  }

  /**
   * Reports how far a benchmark job that is being awaited has come, as {@link
   * #progress(AwaitProgress)} does for a run.
   *
   * @param progress the latest poll
   */
  public void jobProgress(JobAwaitProgress progress) {
    awaiting(progress.describe());
  }

  private void awaiting(String description) {
    String line = text(description);
    console.info(line);
    context.publishReportEntry(AWAIT, line);
  }

  /**
   * Tells a test which run a {@code latest:} query picked for it.
   *
   * @param role the run's role, whose key prefixes the entry
   * @param line e.g. {@code latest:bmd_1 picked bmr_9 (nightly-41, completed 2026-11-20T03:00Z)}
   */
  public void picked(RunRole role, String line) {
    context.publishReportEntry(role.key() + ".picked", text(line));
  }

  /**
   * Tells a test that its baseline snapshot was compared with, and if need be rewritten from, the
   * run under test.
   *
   * @param line what was done, e.g. {@code rewrote /work/baselines/main.json from bmr_1}
   */
  public void baselineUpdate(String line) {
    context.publishReportEntry(BASELINE_UPDATE, text(line));
  }

  /**
   * Tells the test report why a test could not be given its run, so that the end-of-run report
   * counts it as a gate that could not judge.
   *
   * @param failure what the test was given instead of its run
   */
  public void couldNotJudge(Throwable failure) {
    context.publishReportEntry(COULD_NOT_JUDGE, text(reason(failure)));
  }

  /**
   * The reason without who needed the run: the original failure when there is one (so that every
   * test of one unavailable run gives the same reason), else the message itself.
   */
  private static String reason(Throwable failure) {
    Throwable cause = failure.getCause();
    String message =
        cause != null && cause.getMessage() != null && !cause.getMessage().isBlank()
            ? cause.getMessage()
            : failure.getMessage();
    return message == null ? failure.getClass().getName() : message.strip();
  }

  /**
   * Tells people what happened once for the whole test plan, such as a run picked or recorded.
   *
   * @param line what happened
   */
  public void log(String line) {
    console.info(redactor.apply(line));
  }

  // JUnit refuses blank report entry values, and the API leaves some fields out.
  private String text(String value) {
    return value == null || value.isBlank() ? NONE : redactor.apply(UntrustedText.printable(value));
  }

  // A key that comes from the API must be a valid key too: neither blank nor multi-line.
  private String key(String name) {
    return text(name).replaceAll("\\s", "_");
  }

  private static String score(Double score) {
    return score == null ? NONE : String.valueOf(score);
  }
}
