package dev.benchgate.junit.internal.report;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.internal.config.Environment;
import dev.benchgate.junit.internal.config.Redactor;
import dev.benchgate.junit.internal.config.RunRole;
import dev.benchgate.junit.report.BenchgateReport;
import dev.benchgate.junit.report.GateReport;
import dev.benchgate.junit.report.JobReport;
import dev.benchgate.junit.report.RepeatedReport;
import dev.benchgate.junit.report.RunReport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.engine.support.store.NamespacedHierarchicalStore;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Follows the test plans of one launcher session and turns what it saw into the end-of-run report.
 *
 * <p>Which test received which run comes from the report entries the extension publishes ({@code
 * benchgate.benchmark-run}, {@code benchgate.baseline}, {@value ReportEntries#BENCHMARK_JOB},
 * {@value ReportEntries#REPEATED_RUNS}), and which test could not be given one from {@value
 * ReportEntries#COULD_NOT_JUDGE}; the outcomes themselves from {@link ReportedOutcomes}. A
 * <em>gate</em> is a test that received a run or could not be given one, itself or through the
 * container it belongs to (a {@code @ScenarioRunSource} method, a class whose {@code @BeforeAll}
 * method took one), or a container that did and then failed; its status and message come from how
 * it finished. A run received together with a baseline is reported compared with it (with the first
 * baseline, should tests pair it with several).
 *
 * <p>Reports are always current: each test plan first removes the files an earlier one left, and
 * writes them again when it ends, whatever happened, even when no gate could run (the verdict then
 * says {@code error} and why). A session may execute several test plans: Surefire runs one per test
 * class when it hands classes to forks one at a time, and another for reruns of failed tests. The
 * report covers them all, a rerun replacing a gate's earlier result; the files are rewritten after
 * each plan, so that {@code report.json} is complete before the build fails, and the console table
 * and job summary show, once, the very report the last plan wrote, when the session closes. Each
 * run's, job's and repeated runs' report, the costly part, is made once per session. JUnit may call
 * a listener from several threads at once, so every method holds the lock.
 *
 * <pre>{@code
 * ReportRecorder recorder = new ReportRecorder(session.getStore(), output, System::getenv);
 * session.getLauncher().registerTestExecutionListeners(recorder);
 * // ... tests run ...
 * recorder.sessionClosed();
 * }</pre>
 */
public final class ReportRecorder implements TestExecutionListener {
  private final NamespacedHierarchicalStore<Namespace> sessionStore;
  private final ReportOutput output;
  private final Environment environment;

  private final Map<String, BenchmarkOutcome> runs = new LinkedHashMap<>();
  private final Map<String, ReceivedRuns> receivedByUniqueId = new HashMap<>();
  private final Map<String, String> couldNotJudgeByUniqueId = new HashMap<>();
  private final Map<String, String> baselineByRunId = new HashMap<>();
  private final Map<String, GateReport> gatesByUniqueId = new LinkedHashMap<>();
  private final Map<RunReportKey, RunReport> runReports = new HashMap<>();
  private final Map<String, BenchmarkJobOutcome> jobs = new LinkedHashMap<>();
  private final Map<String, RepeatedOutcome> repeatedRuns = new LinkedHashMap<>();
  private final Map<FigureKey, JobReport> jobReports = new HashMap<>();
  private final Map<FigureKey, RepeatedReport> repeatedReports = new HashMap<>();
  private TestPlan plan;
  private ReportSettings settings;
  private Redactor redactor = Redactor.NONE;
  private BenchgateReport lastReport;

  /**
   * Creates a recorder for one session.
   *
   * @param sessionStore the session's store, where the extension leaves outcomes
   * @param output where the report goes
   * @param environment where {@value ConfigurationKeys#API_KEY_VARIABLE} is looked up, to keep the
   *     key out of the report
   */
  public ReportRecorder(
      NamespacedHierarchicalStore<Namespace> sessionStore,
      ReportOutput output,
      Environment environment) {
    this.sessionStore = sessionStore;
    this.output = output;
    this.environment = environment;
  }

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    ConfigurationParameters parameters = testPlan.getConfigurationParameters();
    settings = ReportSettings.of(parameters, output.warnings());
    redactor =
        Redactor.of(
            parameters
                .get(ConfigurationKeys.API_KEY)
                .or(
                    () ->
                        Optional.ofNullable(
                            environment.variable(ConfigurationKeys.API_KEY_VARIABLE))));
    // Even when the report is off: an old verdict must not pass for this plan's.
    output.removeFiles(settings.directory());
  }

  @Override
  public synchronized void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    if (!settings.enabled()) {
      return;
    }
    Map<String, String> values = entry.getKeyValuePairs();
    String couldNotJudge = values.get(ReportEntries.COULD_NOT_JUDGE);
    if (couldNotJudge != null) {
      couldNotJudgeByUniqueId.putIfAbsent(test.getUniqueId(), couldNotJudge);
    }
    String jobId = values.get(ReportEntries.BENCHMARK_JOB);
    if (jobId != null) {
      // A test that received a job is a gate, even of a job that ended without any agent's run.
      receivedByUniqueId
          .computeIfAbsent(test.getUniqueId(), unused -> new ReceivedRuns())
          .addJob(jobId);
      ReportedOutcomes.findJob(sessionStore, jobId)
          .ifPresent(
              job -> {
                jobs.putIfAbsent(jobId, job);
                job.agents().forEach(agent -> received(test, agent.outcome()));
              });
    }
    String repeatedIds = values.get(ReportEntries.REPEATED_RUNS);
    if (repeatedIds != null) {
      ReportedOutcomes.findRepeated(sessionStore, repeatedIds)
          .ifPresent(
              repeated -> {
                repeatedRuns.putIfAbsent(repeatedIds, repeated);
                repeated.runs().forEach(run -> received(test, run));
              });
    }
    for (RunRole role : RunRole.values()) {
      String runId = values.get(role.key());
      if (runId == null) {
        continue;
      }
      ReportedOutcomes.find(sessionStore, runId)
          .ifPresent(
              outcome -> {
                runs.putIfAbsent(runId, outcome);
                receivedByUniqueId
                    .computeIfAbsent(test.getUniqueId(), unused -> new ReceivedRuns())
                    .add(role, runId);
              });
    }
  }

  /**
   * A run a test received as part of a job or of repeated runs: reported like the others, but never
   * paired with a baseline the test also received.
   */
  private void received(TestIdentifier test, BenchmarkOutcome outcome) {
    runs.putIfAbsent(outcome.runId(), outcome);
    receivedByUniqueId
        .computeIfAbsent(test.getUniqueId(), unused -> new ReceivedRuns())
        .addUnpaired(outcome.runId());
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier test, String reason) {
    if (settings.enabled()) {
      gate(test, "skipped", reason);
    }
  }

  @Override
  public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (!settings.enabled()
        || (test.isContainer() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL)) {
      return;
    }
    String status =
        switch (result.getStatus()) {
          case SUCCESSFUL -> GateReport.PASSED;
          case FAILED -> GateReport.FAILED;
          case ABORTED -> "aborted";
        };
    gate(test, status, result.getThrowable().map(FailureMessages::of).orElse(null));
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
    if (settings.enabled()) {
      lastReport = report(settings);
      output.writeFiles(lastReport, settings.directory());
    }
  }

  /** Shows the report the last plan of the session wrote, if any did. */
  public synchronized void sessionClosed() {
    if (lastReport != null) {
      output.show(lastReport);
    }
  }

  private void gate(TestIdentifier test, String status, String message) {
    ReceivedRuns received = new ReceivedRuns();
    String couldNotJudge = null;
    List<TestIdentifier> lineage = lineage(test);
    for (TestIdentifier node : lineage) {
      Optional.ofNullable(receivedByUniqueId.get(node.getUniqueId())).ifPresent(received::addAll);
      String reason = couldNotJudgeByUniqueId.get(node.getUniqueId());
      couldNotJudge = reason == null ? couldNotJudge : reason;
    }
    if (received.isEmpty() && couldNotJudge == null) {
      return;
    }
    received.firstBaseline().ifPresent(b -> received.runs.forEach(r -> pairWith(r, b)));
    // A rerun's result replaces the first one, and moves to the end with the others that finished.
    gatesByUniqueId.remove(test.getUniqueId());
    gatesByUniqueId.put(
        test.getUniqueId(),
        new GateReport(
            test.getUniqueId(),
            String.join(" > ", lineage.stream().map(TestIdentifier::getDisplayName).toList()),
            status,
            message,
            List.copyOf(received.all()),
            couldNotJudge));
  }

  private void pairWith(String runId, String baselineId) {
    if (!runId.equals(baselineId)) {
      baselineByRunId.putIfAbsent(runId, baselineId);
    }
  }

  /**
   * Builds the report. Whatever goes wrong in building it (a figure a run's data cannot give), a
   * report is still made, with the gates and the reason, so that no plan ends without one.
   */
  private BenchgateReport report(ReportSettings reportSettings) {
    String generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    List<GateReport> gates = List.copyOf(gatesByUniqueId.values());
    BenchgateReport report;
    try {
      List<RunReport> reports = new ArrayList<>();
      for (BenchmarkOutcome outcome : runs.values()) {
        reports.add(runReport(outcome, reportSettings));
      }
      List<JobReport> jobReportList = new ArrayList<>();
      for (Map.Entry<String, BenchmarkJobOutcome> job : jobs.entrySet()) {
        jobReportList.add(
            jobReports.computeIfAbsent(
                new FigureKey(job.getKey(), reportSettings.passThreshold()),
                key -> JobReport.of(job.getValue(), key.passThreshold())));
      }
      List<RepeatedReport> repeatedReportList = new ArrayList<>();
      for (Map.Entry<String, RepeatedOutcome> repeated : repeatedRuns.entrySet()) {
        repeatedReportList.add(
            repeatedReports.computeIfAbsent(
                new FigureKey(repeated.getKey(), reportSettings.passThreshold()),
                key -> RepeatedReport.of(repeated.getValue(), key.passThreshold())));
      }
      report = BenchgateReport.of(generatedAt, reports, jobReportList, repeatedReportList, gates);
    } catch (RuntimeException failure) {
      BenchgateReport withoutRuns = BenchgateReport.of(generatedAt, List.of(), gates);
      List<String> reasons = new ArrayList<>(withoutRuns.reasons());
      reasons.add("Benchgate could not report on the runs: " + failure);
      report =
          new BenchgateReport(
              BenchgateReport.SCHEMA,
              BenchgateReport.VERSION,
              generatedAt,
              withoutRuns.verdict().equals(BenchgateReport.FAILED)
                  ? BenchgateReport.FAILED
                  : BenchgateReport.ERROR,
              reasons,
              List.of(),
              gates);
    }
    return ReportRedaction.apply(report, redactor);
  }

  /**
   * A run's report, made once per session for each baseline, threshold and level it is shown with.
   */
  private RunReport runReport(BenchmarkOutcome outcome, ReportSettings settings) {
    String baselineId = baselineByRunId.get(outcome.runId());
    BenchmarkOutcome baseline = baselineId == null ? null : runs.get(baselineId);
    return runReports.computeIfAbsent(
        new RunReportKey(outcome.runId(), baselineId, settings.passThreshold(), settings.alpha()),
        key ->
            RunReport.of(
                outcome,
                baseline == null ? null : OutcomeComparison.of(baseline, outcome),
                settings.passThreshold(),
                settings.alpha()));
  }

  /**
   * The test and the containers above it, up to but without the engine; their display names joined
   * make the gate's name, e.g. {@code NightlyAgentGate > eachScenario(ScenarioRunView) >
   * add-retry}.
   */
  private List<TestIdentifier> lineage(TestIdentifier test) {
    Deque<TestIdentifier> lineage = new ArrayDeque<>();
    for (TestIdentifier node = test;
        node != null && node.getParentId().isPresent();
        node = plan.getParent(node).orElse(null)) {
      lineage.addFirst(node);
    }
    return List.copyOf(lineage);
  }

  /** What a job's or repeated runs' report depends on: what they are, and the threshold. */
  private record FigureKey(String id, double passThreshold) {}

  /** What a run's report depends on besides the run. */
  private record RunReportKey(
      String runId, String baselineId, double passThreshold, double alpha) {}

  /** The runs one test received, in the order it received them, by role. */
  private static final class ReceivedRuns {
    private final Set<String> runs = new LinkedHashSet<>();
    private final Set<String> baselines = new LinkedHashSet<>();
    private final Set<String> unpaired = new LinkedHashSet<>();
    private final Set<String> jobs = new LinkedHashSet<>();

    void addJob(String jobId) {
      jobs.add(jobId);
    }

    void add(RunRole role, String runId) {
      (role == RunRole.BASELINE ? baselines : runs).add(runId);
    }

    void addUnpaired(String runId) {
      unpaired.add(runId);
    }

    void addAll(ReceivedRuns other) {
      runs.addAll(other.runs);
      baselines.addAll(other.baselines);
      unpaired.addAll(other.unpaired);
      jobs.addAll(other.jobs);
    }

    boolean isEmpty() {
      return runs.isEmpty() && baselines.isEmpty() && unpaired.isEmpty() && jobs.isEmpty();
    }

    Optional<String> firstBaseline() {
      return baselines.stream().findFirst();
    }

    Set<String> all() {
      Set<String> all = new LinkedHashSet<>(runs);
      all.addAll(unpaired);
      all.addAll(baselines);
      return all;
    }
  }
}
