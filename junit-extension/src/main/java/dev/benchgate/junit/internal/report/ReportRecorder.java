package dev.benchgate.junit.internal.report;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.internal.config.RunRole;
import dev.benchgate.junit.report.BenchgateReport;
import dev.benchgate.junit.report.GateReport;
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
 * benchgate.benchmark-run}, {@code benchgate.baseline}); the outcomes themselves from {@link
 * ReportedOutcomes}. A <em>gate</em> is a test that received a run, itself or through the container
 * it belongs to (a {@code @ScenarioRunSource} method, a class whose {@code @BeforeAll} method took
 * one), or a container that received one and then failed; its status and message come from how it
 * finished. A run received together with a baseline is reported compared with it (with the first
 * baseline, should tests pair it with several).
 *
 * <p>A session may execute several test plans: Surefire runs one per test class when it hands
 * classes to forks one at a time, and another for reruns of failed tests. The report covers them
 * all, a rerun replacing a gate's earlier result: the files are rewritten after each plan, so that
 * {@code report.json} is complete before the build fails, and the console table and job summary are
 * shown once, when the session closes. JUnit may call a listener from several threads at once, so
 * every method holds the lock.
 *
 * <pre>{@code
 * ReportRecorder recorder = new ReportRecorder(session.getStore(), output);
 * session.getLauncher().registerTestExecutionListeners(recorder);
 * // ... tests run ...
 * recorder.sessionClosed();
 * }</pre>
 */
public final class ReportRecorder implements TestExecutionListener {
  private final NamespacedHierarchicalStore<Namespace> sessionStore;
  private final ReportOutput output;

  private final Map<String, BenchmarkOutcome> runs = new LinkedHashMap<>();
  private final Map<String, ReceivedRuns> receivedByUniqueId = new HashMap<>();
  private final Map<String, String> baselineByRunId = new HashMap<>();
  private final Map<String, GateReport> gatesByUniqueId = new LinkedHashMap<>();
  private TestPlan plan;
  private ReportSettings settings;
  private ReportSettings settingsOfLastReport;

  /**
   * Creates a recorder for one session.
   *
   * @param sessionStore the session's store, where the extension leaves outcomes
   * @param output where the report goes
   */
  public ReportRecorder(NamespacedHierarchicalStore<Namespace> sessionStore, ReportOutput output) {
    this.sessionStore = sessionStore;
    this.output = output;
  }

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    settings = ReportSettings.of(testPlan.getConfigurationParameters());
  }

  @Override
  public synchronized void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    if (!settings.enabled()) {
      return;
    }
    for (RunRole role : RunRole.values()) {
      String runId = entry.getKeyValuePairs().get(role.key());
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
          case SUCCESSFUL -> "passed";
          case FAILED -> GateReport.FAILED;
          case ABORTED -> "aborted";
        };
    gate(test, status, result.getThrowable().map(ReportRecorder::message).orElse(null));
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
    if (settings.enabled() && !runs.isEmpty()) {
      output.writeFiles(report(settings), settings.directory());
      settingsOfLastReport = settings;
    }
  }

  /** Shows the report of the whole session, if any plan of it wrote one. */
  public synchronized void sessionClosed() {
    if (settingsOfLastReport != null) {
      output.show(report(settingsOfLastReport));
    }
  }

  private void gate(TestIdentifier test, String status, String message) {
    ReceivedRuns received = new ReceivedRuns();
    for (TestIdentifier node : lineage(test)) {
      Optional.ofNullable(receivedByUniqueId.get(node.getUniqueId())).ifPresent(received::addAll);
    }
    if (received.isEmpty()) {
      return;
    }
    received.firstBaseline().ifPresent(b -> received.runs.forEach(r -> pairWith(r, b)));
    // A rerun's result replaces the first one, and moves to the end with the others that finished.
    gatesByUniqueId.remove(test.getUniqueId());
    gatesByUniqueId.put(
        test.getUniqueId(),
        new GateReport(
            test.getUniqueId(), name(test), status, message, List.copyOf(received.all())));
  }

  private void pairWith(String runId, String baselineId) {
    if (!runId.equals(baselineId)) {
      baselineByRunId.putIfAbsent(runId, baselineId);
    }
  }

  private BenchgateReport report(ReportSettings reportSettings) {
    List<RunReport> runReports = new ArrayList<>();
    for (BenchmarkOutcome outcome : runs.values()) {
      BenchmarkOutcome baseline = runs.get(baselineByRunId.get(outcome.runId()));
      runReports.add(
          RunReport.of(
              outcome,
              baseline == null ? null : OutcomeComparison.of(baseline, outcome),
              reportSettings.passThreshold(),
              reportSettings.alpha()));
    }
    return BenchgateReport.of(
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        runReports,
        List.copyOf(gatesByUniqueId.values()));
  }

  /** The test and the containers above it, up to but without the engine. */
  private List<TestIdentifier> lineage(TestIdentifier test) {
    Deque<TestIdentifier> lineage = new ArrayDeque<>();
    for (TestIdentifier node = test;
        node != null && node.getParentId().isPresent();
        node = plan.getParent(node).orElse(null)) {
      lineage.addFirst(node);
    }
    return List.copyOf(lineage);
  }

  /** E.g. {@code NightlyAgentGate > eachScenario(ScenarioRunView) > add-retry}. */
  private String name(TestIdentifier test) {
    return String.join(" > ", lineage(test).stream().map(TestIdentifier::getDisplayName).toList());
  }

  private static String message(Throwable throwable) {
    String message = throwable.getMessage();
    return message == null || message.isBlank() ? throwable.getClass().getName() : message.strip();
  }

  /** The runs one test received, in the order it received them, by role. */
  private static final class ReceivedRuns {
    private final Set<String> runs = new LinkedHashSet<>();
    private final Set<String> baselines = new LinkedHashSet<>();

    void add(RunRole role, String runId) {
      (role == RunRole.BASELINE ? baselines : runs).add(runId);
    }

    void addAll(ReceivedRuns other) {
      runs.addAll(other.runs);
      baselines.addAll(other.baselines);
    }

    boolean isEmpty() {
      return runs.isEmpty() && baselines.isEmpty();
    }

    Optional<String> firstBaseline() {
      return baselines.stream().findFirst();
    }

    Set<String> all() {
      Set<String> all = new LinkedHashSet<>(runs);
      all.addAll(baselines);
      return all;
    }
  }
}
