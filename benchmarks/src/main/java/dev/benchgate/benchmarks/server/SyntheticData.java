package dev.benchgate.benchmarks.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic benchmark data in the API's JSON (REFERENCE.md), sized like real runs: a scenario
 * run of about 1 KB (two scorer results with their output), a scenario definition of about 1.1 KB
 * (problem statement, a test-based and a command scorer, environment). Eight distinct metadata keys
 * in all (four on scenario runs, four on definitions), scenario names in an order unrelated to
 * their ids, and about one scenario run in ten failed or timed out. The same arguments always give
 * the same bytes.
 *
 * <pre>{@code
 * ServedBenchmark benchmark = SyntheticData.benchmark("bmd_1k", 1_000);
 * ServedRun candidate = SyntheticData.run("bmr_cand_1k", benchmark, 1);
 * }</pre>
 */
public final class SyntheticData {
  private static final String[] VERBS = {
    "fix", "add", "remove", "refactor", "implement", "migrate", "speed-up", "document", "harden"
  };
  private static final String[] THINGS = {
    "null-check",
    "retry",
    "cache",
    "index",
    "pagination",
    "timeout",
    "csv-export",
    "login",
    "rate-limit",
    "logger",
    "serializer",
    "scheduler",
    "healthcheck",
    "feature-flag"
  };
  private static final String[] PLACES = {
    "order-service",
    "user-lookup",
    "billing",
    "search-api",
    "payments",
    "inventory",
    "auth",
    "reporting",
    "gateway",
    "notifications"
  };
  private static final String[] CATEGORIES = {"bugfix", "feature", "refactoring", "performance"};
  private static final String[] DIFFICULTIES = {"easy", "medium", "hard"};
  private static final String[] LANGUAGES = {"java", "python", "typescript", "go"};
  private static final long START_MS = 1_767_225_600_000L;

  private SyntheticData() {}

  /**
   * Makes a benchmark of {@code size} scenarios, {@code scn_00000000} onwards; benchmarks of
   * different sizes share their first scenarios.
   *
   * @param id the benchmark's id
   * @param size how many scenarios
   * @return the benchmark and its definitions
   */
  public static ServedBenchmark benchmark(String id, int size) {
    List<Item> definitions = new ArrayList<>(size);
    StringBuilder json = new StringBuilder(32 * size);
    json.append("{\"id\":\"")
        .append(id)
        .append("\",\"name\":\"synthetic-")
        .append(size)
        .append(
            "\",\"metadata\":{\"suite\":\"synthetic\"},\"status\":\"active\",\"scenarioIds\":[");
    for (int index = 0; index < size; index++) {
      Item definition = definition(index);
      definitions.add(definition);
      json.append(index == 0 ? "\"" : ",\"").append(definition.id()).append('"');
    }
    json.append("],\"description\":\"Synthetic benchmark for Benchgate's harness\"}");
    return new ServedBenchmark(id, bytes(json), definitions);
  }

  /**
   * Makes a completed run of a benchmark with one scenario run per scenario.
   *
   * @param id the run's id
   * @param benchmark its benchmark
   * @param seed varies the scores, so a candidate and its baseline differ
   * @return the run and its scenario runs
   */
  public static ServedRun run(String id, ServedBenchmark benchmark, long seed) {
    return run(id, benchmark, seed, "\"" + benchmark.id() + "\"");
  }

  /**
   * Makes a completed run of a benchmark's scenarios as a benchmark job makes it: without a {@code
   * benchmark_id}, so that a client must fetch each scenario's definition by itself.
   *
   * @param id the run's id
   * @param benchmark the benchmark whose scenarios it ran
   * @param seed varies the scores
   * @return the run and its scenario runs
   */
  public static ServedRun jobRun(String id, ServedBenchmark benchmark, long seed) {
    return run(id, benchmark, seed, "null");
  }

  private static ServedRun run(
      String id, ServedBenchmark benchmark, long seed, String benchmarkIdJson) {
    List<Item> definitions = benchmark.definitions();
    List<Item> scenarioRuns = new ArrayList<>(definitions.size());
    double total = 0;
    for (int index = 0; index < definitions.size(); index++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
      double score = Math.round(random.nextDouble() * 100) / 100.0;
      total += score;
      scenarioRuns.add(scenarioRun(id, index, definitions.get(index).id(), score, random));
    }
    double mean = definitions.isEmpty() ? 0 : total / definitions.size();
    String json =
        "{\"id\":\""
            + id
            + "\",\"benchmark_id\":"
            + benchmarkIdJson
            + ",\"name\":\""
            + id
            + "-nightly\",\"metadata\":{\"branch\":\"main\",\"git_sha\":\""
            + sha(seed)
            + "\"},\"start_time_ms\":"
            + START_MS
            + ",\"state\":\"completed\",\"duration_ms\":5400000,\"score\":"
            + String.format(Locale.ROOT, "%.4f", mean)
            + ",\"purpose\":\"benchmark\",\"environment_variables\":{},\"secrets_provided\":{}}";
    return new ServedRun(id, json.getBytes(StandardCharsets.UTF_8), scenarioRuns);
  }

  private static Item definition(int index) {
    SplittableRandom random = new SplittableRandom(0x5eedL + index);
    String id = String.format(Locale.ROOT, "scn_%08d", index);
    String name = name(index);
    String json =
        "{\"id\":\""
            + id
            + "\",\"name\":\""
            + name
            + "\",\"metadata\":{\"category\":\""
            + pick(CATEGORIES, random)
            + "\",\"difficulty\":\""
            + pick(DIFFICULTIES, random)
            + "\",\"language\":\""
            + pick(LANGUAGES, random)
            + "\",\"source\":\"github\"},\"input_context\":{\"problem_statement\":\""
            + "The service returns a 500 when the request omits an optional field. Fix the handler"
            + " so that a missing field is treated as absent and make every existing test pass.\","
            + "\"additional_context\":{\"repository\":\"https://github.com/example/monorepo\"}},"
            + "\"scoring_contract\":{\"scoring_function_parameters\":[{\"name\":\"unit-tests\","
            + "\"weight\":0.7,\"scorer\":{\"type\":\"test_based_scorer\",\"test_command\":"
            + "\"mvn -q test -Dtest=HandlerTest\",\"test_files\":[{\"file_path\":"
            + "\"src/test/java/HandlerTest.java\",\"file_contents\":\"class HandlerTest { @Test void"
            + " absent() { assertOk(call()); } }\"}]}},"
            + "{\"name\":\"lint\",\"weight\":0.3,\"scorer\":{\"type\":\"command_scorer\","
            + "\"command\":\"./gradlew checkstyleMain\"}}]},\"status\":\"active\","
            + "\"environment\":{\"blueprint_id\":\"bpt_"
            + sha(index).substring(0, 12)
            + "\",\"working_directory\":\"/home/user/repo\"},\"reference_output\":"
            + "\"diff --git a/Handler.java b/Handler.java\","
            + "\"required_environment_variables\":[\"JAVA_HOME\"],"
            + "\"scorer_timeout_sec\":600,\"validation_type\":\"FORWARD\"}";
    return new Item(id, json.getBytes(StandardCharsets.UTF_8));
  }

  private static Item scenarioRun(
      String runId, int index, String scenarioId, double score, SplittableRandom random) {
    String id = String.format(Locale.ROOT, "scr_%s_%06d", runId.substring(4), index);
    int outcome = random.nextInt(20);
    String state = outcome == 0 ? "failed" : outcome == 1 ? "timeout" : "scored";
    String result =
        !state.equals("scored")
            ? "null"
            : "{\"score\":"
                + score
                + ",\"scoring_function_results\":[{\"scoring_function_name\":\"unit-tests\","
                + "\"score\":"
                + score
                + ",\"output\":\"[INFO] Running HandlerTest\\n[INFO] Tests run: 12, Failures: "
                + Math.round((1 - score) * 12)
                + ", Errors: 0, Skipped: 0, Time elapsed: 3.2 s\\n[INFO] BUILD "
                + (score >= 0.5 ? "SUCCESS" : "FAILURE")
                + "\\n[INFO] Reactor Summary: handler ............ SUCCESS [ 12.3 s]"
                + "\\n[INFO] Total time: 41.7 s\\n[INFO] Finished at 2026-01-01T03:12:44Z\","
                + "\"state\":\"complete\"},{\"scoring_function_name\":\"lint\",\"score\":"
                + score
                + ",\"output\":\"> Task :checkstyleMain\\ncheckstyleMain: 0 errors, 3 warnings\\n"
                + "BUILD SUCCESSFUL in 9s\\n1 actionable task: 1 executed\","
                + "\"state\":\"complete\"}]}";
    String json =
        "{\"id\":\""
            + id
            + "\",\"scenario_id\":\""
            + scenarioId
            + "\",\"devbox_id\":\"dbx_"
            + sha(random.nextLong()).substring(0, 20)
            + "\",\"benchmark_run_id\":\""
            + runId
            + "\",\"name\":\""
            + scenarioId
            + "-attempt-1\",\"metadata\":{\"agent\":\"planner-v2\",\"attempt\":\"1\",\"git_sha\":\""
            + sha(runId.hashCode())
            + "\",\"model\":\"agent-model-2026-01\"},\"state\":\""
            + state
            + "\",\"start_time_ms\":"
            + (START_MS + index * 1_000L)
            + ",\"duration_ms\":"
            + (60_000 + random.nextInt(600_000))
            + ",\"purpose\":\"benchmark\",\"scoring_contract_result\":"
            + result
            + ",\"environment_variables\":{\"JAVA_HOME\":\"/usr/lib/jvm/17\"},"
            + "\"secrets_provided\":{}}";
    return new Item(id, json.getBytes(StandardCharsets.UTF_8));
  }

  /** A name in an order unrelated to the index, unique by its suffix. */
  private static String name(int index) {
    SplittableRandom random = new SplittableRandom(0x4a3eL + index);
    return String.format(
        Locale.ROOT,
        "%s-%s-in-%s-%05d",
        pick(VERBS, random),
        pick(THINGS, random),
        pick(PLACES, random),
        index);
  }

  private static String pick(String[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }

  private static String sha(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong())
        .substring(0, 32);
  }

  private static byte[] bytes(CharSequence json) {
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
