package dev.benchgate.core.perf;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.benchgate.core.ApiGeneration;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.ScenarioRunQuery;
import dev.benchgate.core.internal.RunloopJson;
import dev.benchgate.core.internal.ScenarioListView;
import dev.benchgate.core.internal.ScenarioRunListView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.InputContext;
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
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.core.snapshot.SnapshotLayout;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;

/**
 * Measures the data rows of issue 15 against floors measured in the same run, and prints each as a
 * ratio: heap per scenario run with its definition against its JSON; snapshot write and read
 * against a direct Moshi write and read of the same models (Moshi's reflective record adapters,
 * scorers by their type as Moshi's own polymorphic adapter does it); {@code BenchmarkOutcome.of}
 * against a sort on names computed once; and a fresh JVM's first decode of a 5,000-item page, and
 * its first listing through the client, against warm ones (each first call in a process of its
 * own). A harness, not a test: it asserts nothing. The data are synthetic and seeded: scenario runs
 * of about 1 KB of JSON with eight metadata keys, definitions of about 1.1 KB.
 *
 * <pre>
 * mvn -q -pl core -am test-compile -Djacoco.skip=true
 * mvn -q -pl core exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx2g -cp %classpath dev.benchgate.core.perf.DataHarness 20000"
 * </pre>
 *
 * <p>(A JVM of its own, not {@code exec:java}: the first calls are measured in fresh JVMs started
 * with this one's class path.) </pre>
 */
public final class DataHarness {
  private static final int PAGE = 5_000;
  private static final int ROUNDS = 7;

  /** One listing: the fake answers every request with the same page, so the first is counted. */
  private static final ScenarioRunQuery LISTING = ScenarioRunQuery.forBenchmarkRun("bmr_harness");

  private DataHarness() {}

  /**
   * Runs every measurement, or one first-call measurement in this process.
   *
   * @param args {@code [N]} for all of them; {@code first-decode|first-decode-reflective|
   *     first-listing} for one first call
   * @throws Exception when a measurement cannot run
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].startsWith("first-")) {
      firstCall(args[0]);
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    System.out.printf(Locale.ROOT, "N = %,d scenario runs and definitions, %s%n", n, jvm());
    for (String mode : List.of("first-decode", "first-decode-reflective", "first-listing")) {
      inFreshJvm(mode);
    }
    Data data = new Data(n);
    definitionsInMemory(data);
    heap(data);
    join(data);
    snapshots(data);
  }

  // ---------------------------------------------------------------------------------- linear

  /**
   * The client decodes each body from memory (the transport reads it whole); a decoder that looks
   * ahead with {@code peekJson()} then copies the rest of the page at every look, and pays the page
   * size squared.
   */
  private static void definitionsInMemory(Data data) throws Exception {
    byte[] page = data.pages(data.scenarios, ScenarioListView.class, false).get(0);
    JsonAdapter<ScenarioListView> adapter = RunloopJson.moshi().adapter(ScenarioListView.class);
    okio.Buffer body = new okio.Buffer().write(page);
    // A clone shares the buffer's segments: only the decoding is measured, not a copy of the page.
    Measured inMemory = measure(() -> adapter.fromJson(body.clone()));
    Measured streamed = measure(() -> adapter.fromJson(Okio.buffer(source(page))));
    System.out.printf(
        Locale.ROOT,
        "decode of a %,d-definition page (%,d MB) held in memory: %.0f ms, streamed: %.0f ms:"
            + " %.2fx%n",
        Math.min(PAGE, data.n),
        page.length >> 20,
        inMemory.millis,
        streamed.millis,
        inMemory.millis / streamed.millis);
  }

  // ---------------------------------------------------------------------------------- heap

  private static void heap(Data data) throws IOException {
    List<byte[]> runPages = data.pages(data.scenarioRuns, ScenarioRunListView.class, true);
    List<byte[]> definitionPages = data.pages(data.scenarios, ScenarioListView.class, false);
    long json = 0;
    for (byte[] page : runPages) {
      json += page.length;
    }
    for (byte[] page : definitionPages) {
      json += page.length;
    }
    double jsonPerRun = (double) json / data.n;
    for (Moshi moshi : List.of(RunloopJson.moshi(), Floor.MOSHI)) {
      List<Object> kept = new ArrayList<>();
      long before = usedHeapAfterGc();
      for (byte[] page : runPages) {
        kept.add(moshi.adapter(ScenarioRunListView.class).fromJson(Okio.buffer(source(page))));
      }
      for (byte[] page : definitionPages) {
        kept.add(moshi.adapter(ScenarioListView.class).fromJson(Okio.buffer(source(page))));
      }
      long after = usedHeapAfterGc();
      double perRun = (double) (after - before) / data.n;
      System.out.printf(
          Locale.ROOT,
          "heap per scenario run with its definition (%s): %,.0f B, JSON %,.0f B: %.2fx;"
              + " metadata-key objects: %,d%n",
          moshi == Floor.MOSHI ? "reflective Moshi, no sharing" : "Benchgate",
          perRun,
          jsonPerRun,
          perRun / jsonPerRun,
          metadataKeyObjects(kept));
      kept.clear();
    }
  }

  private static long metadataKeyObjects(List<Object> pages) {
    Set<String> keys = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object page : pages) {
      if (page instanceof ScenarioRunListView runs) {
        runs.items().forEach(run -> keys.addAll(run.metadata().keySet()));
      }
    }
    return keys.size();
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }

  // ---------------------------------------------------------------------------------- join

  private static void join(Data data) throws Exception {
    List<ScenarioRunView> runs = new ArrayList<>(data.scenarioRuns);
    List<ScenarioView> scenarios = new ArrayList<>(data.scenarios);
    Collections.shuffle(runs, new Random(1));
    Collections.shuffle(scenarios, new Random(2));
    Callable<Object> join = () -> BenchmarkOutcome.of(data.run, runs, scenarios, data.benchmark);
    Callable<Object> sortOnNames =
        () -> {
          Map<String, String> names = new HashMap<>();
          scenarios.forEach(scenario -> names.put(scenario.id(), scenario.name()));
          String[] keys = new String[runs.size()];
          Integer[] order = new Integer[runs.size()];
          for (int i = 0; i < keys.length; i++) {
            keys[i] = names.get(runs.get(i).scenarioId());
            order[i] = i;
          }
          Arrays.sort(order, Comparator.comparing(i -> keys[i]));
          return order;
        };
    // Alternated, so that a busy machine slows both alike.
    double[] joins = new double[31];
    double[] floors = new double[31];
    for (int i = -10; i < joins.length; i++) {
      double joinMillis = time(join);
      double floorMillis = time(sortOnNames);
      if (i >= 0) {
        joins[i] = joinMillis;
        floors[i] = floorMillis;
      }
    }
    Arrays.sort(joins);
    Arrays.sort(floors);
    double joined = joins[joins.length / 2];
    double floor = floors[floors.length / 2];
    System.out.printf(
        Locale.ROOT,
        "BenchmarkOutcome.of join: %.1f ms, a sort on names computed once: %.1f ms: %.2fx%n",
        joined,
        floor,
        joined / floor);
  }

  // ---------------------------------------------------------------------------------- snapshots

  private static void snapshots(Data data) throws Exception {
    BenchmarkOutcome outcome =
        BenchmarkOutcome.of(data.run, data.scenarioRuns, data.scenarios, data.benchmark);
    Path directory = Files.createTempDirectory("benchgate-harness");
    Path pretty = directory.resolve("pretty.json");
    Path compact = directory.resolve("compact.json");
    Path floorFile = directory.resolve("floor.json");
    JsonAdapter<Floor.Document> floorAdapter =
        Floor.MOSHI.adapter(Floor.Document.class).indent("  ");
    Floor.Document document =
        new Floor.Document(
            BenchmarkSnapshots.FORMAT,
            BenchmarkSnapshots.VERSION,
            outcome.run(),
            outcome.scenarioRuns(),
            List.copyOf(outcome.scenarios()),
            data.benchmark);

    Measured write = measure(() -> BenchmarkSnapshots.write(outcome, pretty));
    Measured writeCompact =
        measure(() -> BenchmarkSnapshots.write(outcome, compact, SnapshotLayout.COMPACT));
    Measured floorWrite =
        measure(
            () -> {
              try (BufferedSink sink = Okio.buffer(Okio.sink(floorFile))) {
                floorAdapter.toJson(sink, document);
              }
            });
    System.out.printf(
        Locale.ROOT,
        "snapshot write, pretty (%,d MB): %.0f ms, %,d MB allocated; direct Moshi write: %.0f ms,"
            + " %,d MB allocated: %.2fx%n",
        Files.size(pretty) >> 20,
        write.millis,
        write.allocated >> 20,
        floorWrite.millis,
        floorWrite.allocated >> 20,
        write.millis / floorWrite.millis);
    System.out.printf(
        Locale.ROOT,
        "snapshot write, compact (%,d MB): %.0f ms: %.2fx the direct Moshi write%n",
        Files.size(compact) >> 20,
        writeCompact.millis,
        writeCompact.millis / floorWrite.millis);

    Measured read = measure(() -> BenchmarkSnapshots.read(pretty));
    Measured readCompact = measure(() -> BenchmarkSnapshots.read(compact));
    Measured floorRead =
        measure(
            () -> {
              try (BufferedSource source = Okio.buffer(Okio.source(pretty))) {
                Floor.Document floor = floorAdapter.fromJson(source);
                return BenchmarkOutcome.of(
                    floor.run(), floor.scenarioRuns(), floor.scenarios(), floor.benchmark());
              }
            });
    System.out.printf(
        Locale.ROOT,
        "snapshot read, pretty: %.0f ms, %,d MB allocated; direct Moshi read: %.0f ms, %,d MB"
            + " allocated: %.2fx%n",
        read.millis,
        read.allocated >> 20,
        floorRead.millis,
        floorRead.allocated >> 20,
        read.millis / floorRead.millis);
    System.out.printf(
        Locale.ROOT,
        "snapshot read, compact: %.0f ms: %.2fx the direct Moshi read of the pretty file%n",
        readCompact.millis,
        readCompact.millis / floorRead.millis);
    for (Path file : List.of(pretty, compact, floorFile)) {
      Files.deleteIfExists(file);
    }
    Files.delete(directory);
  }

  private record Measured(double millis, long allocated) {}

  private interface Action {
    void run() throws Exception;
  }

  private static Measured measure(Action action) throws Exception {
    return measure(
        () -> {
          action.run();
          return null;
        });
  }

  private static Measured measure(Callable<?> action) throws Exception {
    for (int i = 0; i < 10; i++) {
      action.call(); // warm up: compiled, not interpreted, code is measured
    }
    long allocatedBefore = allocatedByThisThread();
    action.call();
    long allocated = allocatedByThisThread() - allocatedBefore;
    return new Measured(median(action, ROUNDS), allocated);
  }

  /**
   * The bytes this thread allocated so far, from the JDK's thread MXBean. Looked up reflectively:
   * core's tests compile as its module, which does not read the management modules.
   */
  private static long allocatedByThisThread() throws ReflectiveOperationException {
    Object threads =
        Class.forName("java.lang.management.ManagementFactory")
            .getMethod("getThreadMXBean")
            .invoke(null);
    return (long)
        Class.forName("com.sun.management.ThreadMXBean")
            .getMethod("getThreadAllocatedBytes", long.class)
            .invoke(threads, Thread.currentThread().getId());
  }

  private static double median(Callable<?> action, int rounds) throws Exception {
    double[] millis = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      millis[i] = time(action);
    }
    Arrays.sort(millis);
    return millis[rounds / 2];
  }

  private static double time(Callable<?> action) throws Exception {
    long start = System.nanoTime();
    action.call();
    return (System.nanoTime() - start) / 1e6;
  }

  // ---------------------------------------------------------------------------------- first call

  private static void inFreshJvm(String mode) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                DataHarness.class.getName(),
                mode)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(mode + " did not finish");
    }
  }

  private static void firstCall(String mode) throws Exception {
    Data data = new Data(PAGE);
    byte[] page = data.pages(data.scenarioRuns, ScenarioRunListView.class, true).get(0);
    if (mode.equals("first-listing")) {
      firstListing(page);
      return;
    }
    Moshi moshi = mode.equals("first-decode") ? RunloopJson.moshi() : Floor.MOSHI;
    byte[] one =
        new Data(1).pages(new Data(1).scenarioRuns, ScenarioRunListView.class, true).get(0);
    // A one-item page first: what the adapters cost to make, before any volume of JSON.
    long start = System.nanoTime();
    moshi.adapter(ScenarioRunListView.class).fromJson(Okio.buffer(source(one)));
    double setUp = (System.nanoTime() - start) / 1e6;
    start = System.nanoTime();
    moshi.adapter(ScenarioRunListView.class).fromJson(Okio.buffer(source(page)));
    double first = (System.nanoTime() - start) / 1e6;
    for (int i = 0; i < 20; i++) {
      moshi.adapter(ScenarioRunListView.class).fromJson(Okio.buffer(source(page)));
    }
    double warm =
        median(
            () -> moshi.adapter(ScenarioRunListView.class).fromJson(Okio.buffer(source(page))),
            ROUNDS);
    System.out.printf(
        Locale.ROOT,
        "fresh JVM, %s: first decode of a 1-item page %.0f ms; then the first of a %,d-item page"
            + " %.0f ms, warm %.1f ms: %.1fx%n",
        moshi == Floor.MOSHI ? "reflective Moshi" : "Benchgate",
        setUp,
        PAGE,
        first,
        warm,
        first / warm);
  }

  private static void firstListing(byte[] page) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              return new MockResponse.Builder()
                  .addHeader("Content-Type", "application/json")
                  .body(new String(page, StandardCharsets.UTF_8))
                  .build();
            }
          });
      server.start();
      String url = server.url("/").toString();
      long start = System.nanoTime();
      double first;
      try (RunloopClient client =
          RunloopClient.builder()
              .apiKey("harness-key")
              .baseUrl(url)
              .apiGeneration(ApiGeneration.CURRENT)
              .pageSize(PAGE)
              .build()) {
        client.scenarioRuns(LISTING).limit(PAGE).count();
        first = (System.nanoTime() - start) / 1e6;
      }
      double warm;
      try (RunloopClient client =
          RunloopClient.builder()
              .apiKey("harness-key")
              .baseUrl(url)
              .apiGeneration(ApiGeneration.CURRENT)
              .pageSize(PAGE)
              .build()) {
        for (int i = 0; i < 10; i++) {
          client.scenarioRuns(LISTING).limit(PAGE).count();
        }
        warm = median(() -> client.scenarioRuns(LISTING).limit(PAGE).count(), ROUNDS);
      }
      System.out.printf(
          Locale.ROOT,
          "client build + first listing of a %,d-item page in a fresh JVM: %.0f ms, warm listing"
              + " %.1f ms: %.1fx%n",
          PAGE,
          first,
          warm,
          first / warm);
    }
  }

  private static String jvm() {
    return "Java "
        + System.getProperty("java.version")
        + ", "
        + Runtime.getRuntime().availableProcessors()
        + " cores, max heap "
        + (Runtime.getRuntime().maxMemory() >> 20)
        + " MB";
  }

  private static okio.Source source(byte[] bytes) {
    return Okio.source(new java.io.ByteArrayInputStream(bytes));
  }

  // ---------------------------------------------------------------------------------- data

  /** Seeded synthetic data: runs of about 1 KB of JSON, definitions of about 1.1 KB. */
  private static final class Data {
    private static final String[] METADATA_KEYS = {
      "agent", "attempt", "branch", "commit", "dataset", "model", "region", "shard"
    };

    final int n;
    final BenchmarkRunView run;
    final BenchmarkView benchmark;
    final List<ScenarioRunView> scenarioRuns = new ArrayList<>();
    final List<ScenarioView> scenarios = new ArrayList<>();

    Data(int n) {
      this.n = n;
      Random random = new Random(42);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String scenarioId = String.format(Locale.ROOT, "scn_%06d", i);
        ids.add(scenarioId);
        scenarios.add(scenario(scenarioId, i, random));
        scenarioRuns.add(scenarioRun(i, scenarioId, random));
      }
      run =
          new BenchmarkRunView(
              "bmr_harness",
              "bmd_harness",
              "harness",
              Map.of(),
              1L,
              2L,
              "completed",
              0.5,
              null,
              null,
              null,
              null,
              null);
      benchmark =
          new BenchmarkView(
              "bmd_harness", "harness", Map.of(), ids, "active", null, null, false, null, null);
    }

    private static ScenarioRunView scenarioRun(int i, String scenarioId, Random random) {
      Map<String, String> metadata = new LinkedHashMap<>();
      for (String key : METADATA_KEYS) {
        metadata.put(key, key.equals("commit") ? "4be1c0d" : key + "-" + random.nextInt(4));
      }
      double score = random.nextInt(5) / 4.0;
      ScoringContractResult result =
          new ScoringContractResult(
              score,
              List.of(
                  new ScoringFunctionResult("unit-tests", score, output(random, 330), "complete"),
                  new ScoringFunctionResult("lint", 1.0, output(random, 160), "complete")));
      return new ScenarioRunView(
          String.format(Locale.ROOT, "scr_%06d", i),
          scenarioId,
          String.format(Locale.ROOT, "dbx_%06d_%08x", i, random.nextInt()),
          "bmr_harness",
          "scenario " + i,
          metadata,
          "scored",
          1_795_305_600_000L + i,
          60_000L + random.nextInt(600_000),
          "nightly",
          result,
          Map.of(),
          Map.of());
    }

    private static ScenarioView scenario(String id, int i, Random random) {
      Map<String, Object> launch = new LinkedHashMap<>();
      launch.put("resource_size_request", "X_SMALL");
      launch.put("launch_commands", List.of("make setup", "pip install -r requirements.txt"));
      launch.put("keep_alive_time_seconds", 3600.0);
      return new ScenarioView(
          id,
          "scenario " + i,
          Map.of("area", "area-" + (i % 10), "difficulty", "medium", "source", "swe-lite"),
          new InputContext(output(random, 480), Map.of("files", List.of("src/main/Order.java"))),
          new ScoringContract(
              List.of(
                  new ScoringFunction(
                      "unit-tests",
                      0.8,
                      new TestBasedScorer(
                          "pytest -q tests/",
                          List.of(new TestFile("tests/test_order.py", output(random, 120))))),
                  new ScoringFunction(
                      "lint", 0.2, new dev.benchgate.core.model.CommandScorer("make lint")))),
          "active",
          new ScenarioEnvironment("bpt_python311", null, null, "/home/user/repo", launch),
          null,
          List.of("OPENAI_API_KEY"),
          List.of(),
          false,
          600L,
          "FORWARD");
    }

    private static String output(Random random, int length) {
      StringBuilder text = new StringBuilder(length);
      String words = "collected passed failed error assert expected actual line test module ";
      while (text.length() < length) {
        int from = random.nextInt(words.length() - 10);
        text.append(words, from, from + 1 + random.nextInt(9)).append(random.nextInt(100));
      }
      return text.substring(0, length);
    }

    /** The items as the API's pages of {@value #PAGE}, compact JSON as it sends them. */
    <T> List<byte[]> pages(List<T> items, Type pageType, boolean runs) {
      List<byte[]> pages = new ArrayList<>();
      for (int from = 0; from < items.size(); from += PAGE) {
        List<T> slice = items.subList(from, Math.min(items.size(), from + PAGE));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put(runs ? "runs" : "scenarios", slice);
        page.put("has_more", from + PAGE < items.size());
        pages.add(
            RunloopJson.moshi()
                .adapter(Object.class)
                .toJson(page)
                .getBytes(StandardCharsets.UTF_8));
      }
      return pages;
    }
  }

  // ---------------------------------------------------------------------------------- floor

  /**
   * A direct use of Moshi: its reflective record adapters, and scorers by their {@code type} as
   * Moshi's {@code PolymorphicJsonAdapterFactory} does it (look ahead for the label, then the
   * subtype's own adapter; write the label, then the subtype's fields flattened into the object).
   */
  public static final class Floor {
    static final Moshi MOSHI =
        new Moshi.Builder()
            .add(
                (type, annotations, moshi) ->
                    type == Scorer.class && annotations.isEmpty() ? new ScorerByType(moshi) : null)
            .build();

    private Floor() {}

    /**
     * The snapshot document as a plain record.
     *
     * @param format the format marker
     * @param version the version
     * @param run the run
     * @param scenarioRuns its scenario runs
     * @param scenarios the definitions
     * @param benchmark the benchmark
     */
    public record Document(
        String format,
        int version,
        @Json(name = "benchmark_run") BenchmarkRunView run,
        @Json(name = "scenario_runs") List<ScenarioRunView> scenarioRuns,
        List<ScenarioView> scenarios,
        BenchmarkView benchmark) {}

    private static final class ScorerByType extends JsonAdapter<Scorer> {
      private static final JsonReader.Options TYPE = JsonReader.Options.of("type");
      private final Map<String, JsonAdapter<? extends Scorer>> byType = new HashMap<>();

      ScorerByType(Moshi moshi) {
        byType.put(TestBasedScorer.TYPE, moshi.adapter(TestBasedScorer.class));
        byType.put(
            dev.benchgate.core.model.CommandScorer.TYPE,
            moshi.adapter(dev.benchgate.core.model.CommandScorer.class));
      }

      @Override
      public Scorer fromJson(JsonReader reader) throws IOException {
        String type = null;
        try (JsonReader ahead = reader.peekJson()) {
          ahead.beginObject();
          while (ahead.hasNext()) {
            if (ahead.selectName(TYPE) == 0) {
              type = ahead.nextString();
              break;
            }
            ahead.skipName();
            ahead.skipValue();
          }
        }
        return byType.get(type).fromJson(reader);
      }

      @Override
      @SuppressWarnings("unchecked")
      public void toJson(JsonWriter writer, Scorer scorer) throws IOException {
        writer.beginObject();
        writer.name("type").value(scorer.type());
        int flatten = writer.beginFlatten();
        ((JsonAdapter<Scorer>) byType.get(scorer.type())).toJson(writer, scorer);
        writer.endFlatten(flatten);
        writer.endObject();
      }
    }
  }
}
