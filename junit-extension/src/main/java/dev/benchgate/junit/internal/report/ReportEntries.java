package dev.benchgate.junit.internal.report;

import dev.benchgate.core.AwaitProgress;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.ScenarioRunSource;
import dev.benchgate.junit.internal.config.RunRole;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Publishes what a test was given as JUnit report entries, which build tools keep in their test
 * reports (Surefire's XML, Gradle's HTML): the run's id, state and score, the states of its
 * scenario runs so that infrastructure failures stand apart from low scores, and the same for each
 * scenario run of a {@link ScenarioRunSource} invocation.
 *
 * <pre>{@code
 * ReportEntries.run(context, RunRole.BENCHMARK_RUN, outcome);
 * // benchgate.benchmark-run=bmr_123, benchgate.benchmark-run.state=completed, ...
 * }</pre>
 */
public final class ReportEntries {
  /** The key of the progress lines published while a run is awaited. */
  public static final String AWAIT = "benchgate.await";

  /** The key of what re-baselining did to a test's baseline snapshot. */
  public static final String BASELINE_UPDATE = ConfigurationKeys.BASELINE + ".update";

  /** The key of the warning given to a test whose baseline snapshot is missing on CI. */
  public static final String BASELINE_WARNING = ConfigurationKeys.BASELINE + ".warning";

  private static final String SCENARIO = "benchgate.scenario";
  private static final String SCENARIO_RUN = "benchgate.scenario-run";
  private static final String SCORING_FUNCTION = "benchgate.scoring-function.";

  private static final System.Logger LOGGER = System.getLogger("dev.benchgate.junit");
  private static final String NONE = "none";

  private ReportEntries() {}

  /**
   * Publishes a run given to a test, and keeps its outcome for the end-of-run report, which reads
   * these entries to learn which test received which run.
   *
   * @param context the test's context
   * @param role the run's role, whose key prefixes the entries
   * @param outcome the run's outcome
   */
  public static void run(ExtensionContext context, RunRole role, BenchmarkOutcome outcome) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(role.key(), outcome.runId());
    entries.put(role.key() + ".state", text(outcome.run().stateValue()));
    entries.put(role.key() + ".score", score(outcome.run().score()));
    entries.put(role.key() + ".scenario-runs", ScenarioRunCounts.byState(outcome.scenarioRuns()));
    ReportedOutcomes.remember(context, outcome);
    context.publishReportEntry(entries);
  }

  /**
   * Publishes the scenario run of one invocation.
   *
   * @param context the invocation's context
   * @param scenarioRun its scenario run
   */
  public static void scenarioRun(ExtensionContext context, ScenarioRunView scenarioRun) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(SCENARIO, text(scenarioRun.scenarioId()));
    entries.put(SCENARIO_RUN, text(scenarioRun.id()));
    entries.put(SCENARIO_RUN + ".state", text(scenarioRun.stateValue()));
    entries.put(SCENARIO_RUN + ".score", score(scenarioRun.score()));
    scenarioRun
        .scoringResult()
        .ifPresent(
            result -> {
              for (ScoringFunctionResult function : result.scoringFunctionResults()) {
                entries.put(
                    SCORING_FUNCTION + text(function.scoringFunctionName()),
                    score(function.score()) + " (" + text(function.stateValue()) + ")");
              }
            });
    context.publishReportEntry(entries);
  }

  /**
   * Reports how far a run that is being awaited has come, to the test report and the log.
   *
   * @param context the context of the test that waits
   * @param progress the latest poll
   */
  public static void progress(ExtensionContext context, AwaitProgress progress) {
    String line = progress.describe();
    LOGGER.log(Level.INFO, line);
    context.publishReportEntry(AWAIT, line);
  }

  /**
   * Tells a test which run a {@code latest:} query picked for it.
   *
   * @param context the test's context
   * @param role the run's role, whose key prefixes the entry
   * @param line e.g. {@code latest:bmd_1 picked bmr_9 (nightly-41, completed 2026-11-20T03:00Z)}
   */
  public static void picked(ExtensionContext context, RunRole role, String line) {
    context.publishReportEntry(role.key() + ".picked", line);
  }

  /**
   * Tells a test that its baseline snapshot was compared with, and if need be rewritten from, the
   * run under test.
   *
   * @param context the test's context
   * @param line what was done, e.g. {@code rewrote /work/baselines/main.json from bmr_1}
   */
  public static void baselineUpdate(ExtensionContext context, String line) {
    context.publishReportEntry(BASELINE_UPDATE, line);
  }

  /**
   * Warns, in the test report and the log, that a test has no baseline to compare with.
   *
   * @param context the test's context
   * @param line the warning
   */
  public static void baselineWarning(ExtensionContext context, String line) {
    LOGGER.log(Level.WARNING, line);
    context.publishReportEntry(BASELINE_WARNING, line);
  }

  /**
   * Logs what happened once for the whole test plan, such as a run picked or recorded.
   *
   * @param line what happened
   */
  public static void log(String line) {
    LOGGER.log(Level.INFO, line);
  }

  // JUnit refuses blank report entry values, and the API leaves some fields out.
  private static String text(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }

  private static String score(Double score) {
    return score == null ? NONE : String.valueOf(score);
  }
}
