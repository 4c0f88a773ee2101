package dev.benchgate.samples.snapshots;

import dev.benchgate.core.model.AstGrepScorer;
import dev.benchgate.core.model.BashScriptScorer;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.CommandScorer;
import dev.benchgate.core.model.CustomScorer;
import dev.benchgate.core.model.InputContext;
import dev.benchgate.core.model.LegacyScenarioRun;
import dev.benchgate.core.model.PythonScriptScorer;
import dev.benchgate.core.model.ScenarioEnvironment;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.Scorer;
import dev.benchgate.core.model.ScoringContract;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.model.ScoringFunction;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.model.TestBasedScorer;
import dev.benchgate.core.model.TestFile;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.testing.JobAgentOutcomeBuilder;
import dev.benchgate.testing.Models;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the samples' snapshot files: one benchmark of 48 scenarios using all six scorer types,
 * a baseline run, a candidate run that passes the sample gates while showing every scenario-run
 * state (scored, completed, failed, timeout, canceled, and a scorer in error), a regressed
 * candidate that fails them, and a run in the legacy API shape.
 *
 * <p>The data is synthetic but shaped like real runs, and it is deterministic (a fixed seed), so
 * the files in {@code src/test/resources/snapshots} are reproducible: {@code
 * SampleSnapshotsAreUpToDateTest} fails when they drift from this generator. To change the data,
 * change this class and run
 *
 * <pre>
 * mvn -q -pl samples test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.benchgate.samples.snapshots.SampleSnapshotGenerator
 * </pre>
 */
public final class SampleSnapshotGenerator {
  /** The benchmark every sample run belongs to. */
  public static final String BENCHMARK_ID = "bmd_2f9c7e41agentsuite";

  /** The baseline run: last week's release of the agent. */
  public static final String BASELINE_RUN_ID = "bmr_7a1c93e0baseline";

  /** The candidate run: tonight's build, good enough to ship. */
  public static final String CANDIDATE_RUN_ID = "bmr_8b2d04f1candidate";

  /** A candidate that regressed: what a failing gate looks like. */
  public static final String REGRESSED_RUN_ID = "bmr_9c3e15a2regressed";

  /** A run as the legacy {@code /v1/benchmarks/runs/{id}} endpoint returned it. */
  public static final String LEGACY_RUN_ID = "bmr_0d4f26b3legacy";

  /** The file names, by run. */
  public static final Map<String, String> FILES =
      Map.of(
          BASELINE_RUN_ID, "baseline.json",
          CANDIDATE_RUN_ID, "candidate.json",
          REGRESSED_RUN_ID, "candidate-regressed.json",
          LEGACY_RUN_ID, "legacy-run.json");

  /** The benchmark job of a pull request: three agents on the benchmark. */
  public static final String JOB_ID = "bmj_4e5f37c4pr1187";

  /** The job's third agent, a new planner whose devboxes failed to start for some scenarios. */
  public static final String EXPERIMENTAL_RUN_ID = "bmr_5f6a48d5experimental";

  /** The job snapshot's file name. */
  public static final String JOB_FILE = "job-pr-1187.json";

  /** The repeated runs' snapshot: five nightly runs of the candidate on one commit. */
  public static final String REPEATED_FILE = "candidate-repeated.json";

  /** How many repeated runs there are. */
  public static final int REPEATED_RUNS = 5;

  /** The commit the repeated runs ran on. */
  public static final String GIT_SHA = "4f1c2e9";

  /** The experimental agent's scenarios that failed in setup, before a scenario run existed. */
  static final List<Integer> SETUP_FAILURES = List.of(2, 17, 38);

  /** The experimental agent's scenario that timed out. */
  static final int EXPERIMENTAL_TIMEOUT = 25;

  private static final long SEED = 42L;
  private static final long DAY_MS = 86_400_000L;
  private static final long BASELINE_START_MS = 1_794_700_800_000L; // 2026-11-15T00:00:00Z
  private static final long CANDIDATE_START_MS = BASELINE_START_MS + 7 * DAY_MS;

  private static final List<String> TASKS =
      List.of(
          "fix-null-check-in-order-service",
          "add-retry-to-payment-client",
          "migrate-date-parsing-to-java-time",
          "remove-deprecated-logger-calls",
          "fix-off-by-one-in-pagination",
          "add-index-to-user-lookup-query",
          "handle-empty-cart-checkout",
          "upgrade-jackson-and-fix-breaking-changes",
          "implement-rate-limiter-token-bucket",
          "fix-race-in-session-cache",
          "add-input-validation-to-signup",
          "extract-pricing-rules-into-strategy",
          "fix-utf8-handling-in-csv-export",
          "add-pagination-to-audit-log-api",
          "replace-string-concat-with-builder-in-hot-loop",
          "fix-timezone-bug-in-report-scheduler",
          "add-health-check-endpoint",
          "make-config-loader-immutable",
          "fix-memory-leak-in-event-listeners",
          "add-idempotency-keys-to-webhooks",
          "port-bash-deploy-script-to-python",
          "fix-flaky-integration-test-ordering",
          "add-feature-flag-for-new-search",
          "resolve-circular-dependency-in-modules",
          "fix-sql-injection-in-admin-search",
          "add-metrics-to-background-jobs",
          "fix-broken-dockerfile-build-cache",
          "implement-lru-cache-eviction",
          "add-graceful-shutdown-to-worker",
          "fix-integer-overflow-in-invoice-totals",
          "split-god-class-order-manager",
          "add-openapi-annotations-to-controllers",
          "fix-npe-in-shipping-estimator",
          "add-circuit-breaker-to-inventory-client",
          "fix-locale-sensitive-number-formatting",
          "add-bulk-import-endpoint",
          "remove-dead-code-in-legacy-billing",
          "fix-deadlock-in-transfer-service",
          "add-structured-logging-context",
          "fix-incorrect-equals-and-hashcode",
          "add-optimistic-locking-to-accounts",
          "fix-path-traversal-in-file-download",
          "add-cli-flag-for-dry-run",
          "fix-rounding-in-currency-conversion",
          "add-caching-headers-to-static-assets",
          "fix-regex-catastrophic-backtracking",
          "add-test-coverage-for-refund-flow",
          "fix-stale-read-after-write-in-cache");

  private SampleSnapshotGenerator() {}

  /**
   * Writes the snapshot files.
   *
   * @param args the target directory, by default {@code samples/src/test/resources/snapshots}
   */
  public static void main(String[] args) {
    Path directory = Path.of(args.length > 0 ? args[0] : "samples/src/test/resources/snapshots");
    generate()
        .forEach(
            (runId, outcome) ->
                BenchmarkSnapshots.write(outcome, directory.resolve(FILES.get(runId))));
    BenchmarkSnapshots.write(generateJob(), directory.resolve(JOB_FILE));
    BenchmarkSnapshots.write(generateRepeated(), directory.resolve(REPEATED_FILE));
    System.out.println(
        "Wrote " + (FILES.size() + 2) + " snapshots to " + directory.toAbsolutePath());
  }

  /**
   * Generates every sample outcome.
   *
   * @return the outcomes by run id
   */
  public static Map<String, BenchmarkOutcome> generate() {
    List<ScenarioView> scenarios = scenarios();
    BenchmarkView benchmark =
        new BenchmarkView(
            BENCHMARK_ID,
            "agent-regression-suite",
            Map.of("owner", "platform-agents", "tier", "nightly"),
            scenarios.stream().map(ScenarioView::id).toList(),
            "active",
            "Benchgate samples",
            "Everyday maintenance tasks on a Java service, scored by tests and static checks.",
            false,
            List.of(),
            List.of());
    double[] quality = baselineQuality();

    Map<String, BenchmarkOutcome> outcomes = new LinkedHashMap<>();
    outcomes.put(BASELINE_RUN_ID, baseline(benchmark, scenarios, quality));
    outcomes.put(CANDIDATE_RUN_ID, candidate(benchmark, scenarios, quality, false));
    outcomes.put(REGRESSED_RUN_ID, candidate(benchmark, scenarios, quality, true));
    outcomes.put(LEGACY_RUN_ID, legacy(benchmark, scenarios, quality));
    return outcomes;
  }

  /**
   * Generates the sample benchmark job: the baseline, the candidate and an experimental agent, each
   * on the 48 scenarios; the experimental agent has setup failures (scenario outcomes without a
   * scenario run, with the reason) and a timeout.
   *
   * @return the job with every agent's run
   */
  public static BenchmarkJobOutcome generateJob() {
    Map<String, BenchmarkOutcome> runs = generate();
    BenchmarkOutcome baseline = runs.get(BASELINE_RUN_ID);
    BenchmarkOutcome candidate = runs.get(CANDIDATE_RUN_ID);
    List<ScenarioView> scenarios = scenarios();
    BenchmarkOutcome experimental =
        experimental(baseline.benchmark().orElseThrow(), scenarios, baselineQuality());
    JobAgentOutcomeBuilder experimentalAgent =
        Models.agentOutcome("experimental", experimental).model("sample-model-next");
    for (int index : SETUP_FAILURES) {
      experimentalAgent.setupFailure(
          scenarios.get(index).id(),
          TASKS.get(index),
          "EnvironmentSetupError",
          "devbox failed to start: image pull timed out after 600 s");
    }
    BenchmarkJobView job =
        Models.job(JOB_ID)
            .named("pr-1187-agents")
            .completed()
            .benchmark(BENCHMARK_ID)
            .createTimeMs(CANDIDATE_START_MS)
            .agent(Models.agentOutcome("baseline", baseline).model("sample-model"))
            .agent(Models.agentOutcome("candidate", candidate).model("sample-model"))
            .agent(experimentalAgent)
            .build();
    return BenchmarkJobOutcome.of(job, List.of(baseline, candidate, experimental));
  }

  /**
   * Generates the sample repeated runs: the candidate run five times on one commit, with a little
   * noise from run to run, so that a few scenarios pass in some runs and fail in others.
   *
   * @return the runs, oldest first
   */
  public static RepeatedOutcome generateRepeated() {
    List<ScenarioView> scenarios = scenarios();
    BenchmarkView benchmark = generate().get(BASELINE_RUN_ID).benchmark().orElseThrow();
    double[] quality = baselineQuality();
    List<BenchmarkOutcome> runs = new ArrayList<>();
    for (int r = 0; r < REPEATED_RUNS; r++) {
      String runId = "bmr_6a7b59e" + r + "repeat";
      long startMs = CANDIDATE_START_MS + (r + 1) * DAY_MS / 24;
      SplittableRandom random = new SplittableRandom(SEED + 10 + r);
      List<ScenarioRunView> scenarioRuns = new ArrayList<>();
      for (int i = 0; i < scenarios.size(); i++) {
        // Most scenarios pass or fail every time; the few near the line flip from run to run.
        double noise = -0.12 + random.nextDouble() * 0.2;
        double score = round(Math.max(0.0, Math.min(1.0, quality[i] + noise)));
        if (i % 16 == 9) {
          score = round(0.3 + random.nextDouble() * 0.4);
        }
        scenarioRuns.add(scored(runId, scenarios.get(i), i, startMs, score, "scored", false));
      }
      runs.add(
          BenchmarkOutcome.of(
              run(
                  runId,
                  "nightly-2026.11.22-repeat-" + (r + 1),
                  startMs,
                  scenarioRuns,
                  Map.of("branch", "main", "agent_version", "2.4.0", "git_sha", GIT_SHA)),
              scenarioRuns,
              scenarios,
              benchmark));
    }
    return RepeatedOutcome.of(runs);
  }

  private static BenchmarkOutcome experimental(
      BenchmarkView benchmark, List<ScenarioView> scenarios, double[] quality) {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    List<ScenarioRunView> runs = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      double noise = -0.15 + random.nextDouble() * 0.15;
      if (SETUP_FAILURES.contains(i)) {
        continue;
      }
      if (i == EXPERIMENTAL_TIMEOUT) {
        runs.add(unscored(EXPERIMENTAL_RUN_ID, scenarios.get(i), i, CANDIDATE_START_MS, "timeout"));
        continue;
      }
      double score = round(Math.max(0.0, Math.min(1.0, quality[i] + noise)));
      runs.add(
          scored(
              EXPERIMENTAL_RUN_ID,
              scenarios.get(i),
              i,
              CANDIDATE_START_MS,
              score,
              "scored",
              false));
    }
    return BenchmarkOutcome.of(
        run(
            EXPERIMENTAL_RUN_ID,
            "pr-1187-experimental",
            CANDIDATE_START_MS,
            runs,
            Map.of("branch", "feature/new-planner", "agent_version", "3.0.0-alpha")),
        runs,
        scenarios,
        benchmark);
  }

  private static double[] baselineQuality() {
    SplittableRandom random = new SplittableRandom(SEED);
    double[] quality = new double[TASKS.size()];
    for (int i = 0; i < quality.length; i++) {
      quality[i] = random.nextInt(4) == 0 ? 1.0 : round(0.6 + random.nextDouble() * 0.35);
    }
    quality[SCORER_ERROR_SCENARIO] = 0.8;
    return quality;
  }

  private static BenchmarkOutcome baseline(
      BenchmarkView benchmark, List<ScenarioView> scenarios, double[] quality) {
    List<ScenarioRunView> runs = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      runs.add(
          scored(
              BASELINE_RUN_ID,
              scenarios.get(i),
              i,
              BASELINE_START_MS,
              quality[i],
              "scored",
              false));
    }
    return BenchmarkOutcome.of(
        run(
            BASELINE_RUN_ID,
            "release-2026.11.15",
            BASELINE_START_MS,
            runs,
            Map.of("branch", "main", "agent_version", "2.3.0")),
        runs,
        scenarios,
        benchmark);
  }

  /** Candidate scenarios that ended without a score, and why. */
  private static final Map<Integer, String> CANDIDATE_INFRASTRUCTURE =
      Map.of(7, "failed", 19, "failed", 23, "timeout", 31, "canceled");

  /** Further infrastructure failures of the regressed candidate. */
  private static final Map<Integer, String> REGRESSED_INFRASTRUCTURE =
      Map.of(3, "timeout", 14, "timeout", 40, "failed");

  /** Scenarios the regressed candidate got badly wrong. */
  private static final List<Integer> REGRESSED_SCENARIOS = List.of(0, 5, 12, 27, 33, 44);

  /** The candidate scenario whose second scorer crashed; it still passes on its hidden tests. */
  private static final int SCORER_ERROR_SCENARIO = 11;

  private static final String HIDDEN_TESTS = "hidden-tests";

  private static BenchmarkOutcome candidate(
      BenchmarkView benchmark, List<ScenarioView> scenarios, double[] quality, boolean regressed) {
    String runId = regressed ? REGRESSED_RUN_ID : CANDIDATE_RUN_ID;
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<ScenarioRunView> runs = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      double noise = -0.08 + random.nextDouble() * 0.18;
      String infrastructure =
          regressed && REGRESSED_INFRASTRUCTURE.containsKey(i)
              ? REGRESSED_INFRASTRUCTURE.get(i)
              : CANDIDATE_INFRASTRUCTURE.get(i);
      if (infrastructure != null) {
        runs.add(unscored(runId, scenarios.get(i), i, CANDIDATE_START_MS, infrastructure));
        continue;
      }
      double score = Math.max(0.5, Math.min(1.0, round(quality[i] + noise)));
      if (i == SCORER_ERROR_SCENARIO) {
        score = 1.0;
      }
      if (regressed && REGRESSED_SCENARIOS.contains(i)) {
        score = round(Math.max(0.0, quality[i] - 0.45 - random.nextDouble() * 0.3));
      }
      String state = i % 9 == 4 ? "completed" : "scored";
      runs.add(
          scored(
              runId,
              scenarios.get(i),
              i,
              CANDIDATE_START_MS,
              score,
              state,
              i == SCORER_ERROR_SCENARIO));
    }
    Map<String, String> metadata =
        regressed
            ? Map.of("branch", "feature/new-planner", "agent_version", "2.5.0-rc1")
            : Map.of("branch", "main", "agent_version", "2.4.0");
    String name = regressed ? "pr-1187-new-planner" : "nightly-2026.11.22";
    return BenchmarkOutcome.of(
        run(runId, name, CANDIDATE_START_MS, runs, metadata), runs, scenarios, benchmark);
  }

  private static BenchmarkOutcome legacy(
      BenchmarkView benchmark, List<ScenarioView> scenarios, double[] quality) {
    int finished = 10;
    List<ScenarioRunView> runs = new ArrayList<>();
    List<LegacyScenarioRun> embedded = new ArrayList<>();
    for (int i = 0; i < finished; i++) {
      ScenarioRunView run =
          scored(
              LEGACY_RUN_ID,
              scenarios.get(i),
              i,
              BASELINE_START_MS - 60 * DAY_MS,
              quality[i],
              "completed",
              false);
      runs.add(run);
      embedded.add(new LegacyScenarioRun(run.scenarioId(), run.id(), run.scoringContractResult()));
    }
    List<String> pending =
        scenarios.subList(finished, finished + 2).stream().map(ScenarioView::id).toList();
    BenchmarkRunView legacyRun =
        new BenchmarkRunView(
            LEGACY_RUN_ID,
            BENCHMARK_ID,
            "legacy-api-run",
            Map.of(),
            BASELINE_START_MS - 60 * DAY_MS,
            3_600_000L,
            "completed",
            meanScore(runs),
            null,
            null,
            null,
            pending,
            embedded);
    return BenchmarkOutcome.of(legacyRun, runs, scenarios.subList(0, finished), benchmark);
  }

  private static BenchmarkRunView run(
      String id,
      String name,
      long startMs,
      List<ScenarioRunView> runs,
      Map<String, String> metadata) {
    long durationMs = runs.stream().mapToLong(ScenarioRunView::durationMs).max().orElse(0) + 90_000;
    return new BenchmarkRunView(
        id,
        BENCHMARK_ID,
        name,
        metadata,
        startMs,
        durationMs,
        "completed",
        meanScore(runs),
        "ci",
        Map.of("AGENT_MODEL", "sample-model", "AGENT_API_KEY", "not-a-real-key"),
        Map.of("GITHUB_TOKEN", "sec_sample"),
        null,
        null);
  }

  /** The API's run score: the mean over the scenario runs that were scored. */
  private static Double meanScore(List<ScenarioRunView> runs) {
    return runs.stream()
        .map(ScenarioRunView::score)
        .filter(score -> score != null)
        .mapToDouble(Double::doubleValue)
        .average()
        .stream()
        .boxed()
        .map(SampleSnapshotGenerator::round4)
        .findFirst()
        .orElse(null);
  }

  private static ScenarioRunView scored(
      String runId,
      ScenarioView scenario,
      int index,
      long startMs,
      double score,
      String state,
      boolean scorerError) {
    List<ScoringFunctionResult> results = new ArrayList<>();
    double total = 0;
    for (ScoringFunction function : scenario.scoringContract().scoringFunctionParameters()) {
      boolean crashed = scorerError && !function.name().equals(HIDDEN_TESTS);
      double functionScore = crashed ? 0.0 : score;
      total += function.weight() * functionScore;
      results.add(
          new ScoringFunctionResult(
              function.name(),
              functionScore,
              crashed
                  ? "Traceback (most recent call last):\n  File \"scorer.py\", line 12\n"
                      + "ModuleNotFoundError: No module named 'ruff'"
                  : output(function, functionScore),
              crashed ? "error" : "complete"));
    }
    return new ScenarioRunView(
        scenarioRunId(runId, index),
        scenario.id(),
        devboxId(runId, index),
        runId,
        scenario.name(),
        Map.of(),
        state,
        startMs + index * 40_000L,
        durationMs(index),
        null,
        new ScoringContractResult(round(total), results),
        Map.of(),
        Map.of());
  }

  private static ScenarioRunView unscored(
      String runId, ScenarioView scenario, int index, long startMs, String state) {
    return new ScenarioRunView(
        scenarioRunId(runId, index),
        scenario.id(),
        devboxId(runId, index),
        runId,
        scenario.name(),
        Map.of(),
        state,
        startMs + index * 40_000L,
        state.equals("timeout") ? 1_800_000L : durationMs(index),
        null,
        null,
        Map.of(),
        Map.of());
  }

  private static String output(ScoringFunction function, double score) {
    return switch (function.scorer().type()) {
      case TestBasedScorer.TYPE -> {
        int total = 20;
        int passed = (int) Math.round(score * total);
        yield "Tests run: " + total + ", Failures: " + (total - passed) + ", Errors: 0, Skipped: 0";
      }
      case AstGrepScorer.TYPE ->
          score >= 1.0 ? "pattern found in 1 file" : "pattern matched partially";
      default -> String.format(Locale.ROOT, "score=%.2f", score);
    };
  }

  private static long durationMs(int index) {
    return 120_000L + (index * 7_919L) % 600_000L;
  }

  private static String scenarioRunId(String runId, int index) {
    return "scr_" + runSuffix(runId, index);
  }

  private static String devboxId(String runId, int index) {
    return "dbx_" + runSuffix(runId, index);
  }

  /** Part of the run's id and the scenario's index: unique per run, stable across generations. */
  private static String runSuffix(String runId, int index) {
    return runId.substring(4, 10) + String.format(Locale.ROOT, "%03d", index);
  }

  private static List<ScenarioView> scenarios() {
    List<ScenarioView> scenarios = new ArrayList<>();
    for (int i = 0; i < TASKS.size(); i++) {
      String task = TASKS.get(i);
      scenarios.add(
          new ScenarioView(
              String.format(Locale.ROOT, "scn_%02d%s", i, Integer.toHexString(task.hashCode())),
              task,
              Map.of(
                  "area",
                  i % 2 == 0 ? "backend" : "platform",
                  "difficulty",
                  i % 3 == 0 ? "hard" : "medium"),
              new InputContext(
                  "In the repository under /home/user/service, "
                      + task.replace('-', ' ')
                      + ". Keep the public API unchanged and make the existing tests pass.",
                  Map.of("language", "java", "build", "maven")),
              contract(i, task),
              "active",
              new ScenarioEnvironment(
                  "bpt_java17_maven",
                  null,
                  null,
                  "/home/user/service",
                  Map.of("resource_size_request", "SMALL")),
              null,
              List.of(),
              List.of(),
              false,
              900L,
              "FORWARD"));
    }
    return scenarios;
  }

  /**
   * Every scenario is tested; every sixth uses one of the six scorer types as a second function.
   */
  private static ScoringContract contract(int index, String task) {
    Scorer tests =
        new TestBasedScorer(
            "mvn -q test",
            List.of(
                new TestFile("src/test/java/ScenarioTest.java", "// hidden tests for " + task)));
    Scorer second =
        switch (index % 6) {
          case 0 -> new AstGrepScorer("$X.get($Y) == null", "src/main/java", "java");
          case 1 -> new BashScriptScorer("./scripts/check-diff-size.sh --max-lines 200");
          case 2 -> new CommandScorer("ruff check scripts/ && mvn -q spotless:check");
          case 3 ->
              new CustomScorer(
                  "code-review-rubric", Map.of("rubric", "maintainability", "max_points", 5.0));
          case 4 ->
              new PythonScriptScorer(
                  "import json; print(json.load(open('report.json'))['score'])",
                  ">=3.11",
                  "pytest==8.3.3");
          default -> new TestBasedScorer("mvn -q verify -Pintegration", List.of());
        };
    return new ScoringContract(
        List.of(
            new ScoringFunction(HIDDEN_TESTS, 0.7, tests),
            new ScoringFunction(second.type().replace("_scorer", "-check"), 0.3, second)));
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static double round4(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
