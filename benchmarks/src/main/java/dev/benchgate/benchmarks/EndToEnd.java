package dev.benchgate.benchmarks;

import static dev.benchgate.benchmarks.Figures.bytes;
import static dev.benchgate.benchmarks.Figures.count;
import static dev.benchgate.benchmarks.Figures.counts;
import static dev.benchgate.benchmarks.Figures.each;
import static dev.benchgate.benchmarks.Figures.millis;
import static dev.benchgate.benchmarks.Figures.percent;
import static dev.benchgate.benchmarks.Figures.ratio;

import dev.benchgate.benchmarks.floor.RawListing;
import dev.benchgate.benchmarks.probe.ChildProcess;
import dev.benchgate.benchmarks.probe.FloorProbe;
import dev.benchgate.benchmarks.probe.HeapProbe;
import dev.benchgate.benchmarks.probe.ListingProbe;
import dev.benchgate.benchmarks.probe.OutcomeProbe;
import dev.benchgate.benchmarks.probe.ReportProbe;
import dev.benchgate.benchmarks.probe.SourceProbe;
import dev.benchgate.benchmarks.probe.Timing;
import dev.benchgate.benchmarks.probe.TypeScriptPeer;
import dev.benchgate.benchmarks.server.Dataset;
import dev.benchgate.benchmarks.server.PrerenderedRunloop;
import dev.benchgate.benchmarks.server.ServedRun;
import dev.benchgate.benchmarks.server.SyntheticData;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows measured end to end: a client of the {@link PrerenderedRunloop} in this process or in
 * fresh ones, the TypeScript SDK in Node.js, and gate classes run through the JUnit Platform
 * launcher. Each method measures one row of the table and its floor or peer, in the same run.
 */
final class EndToEnd implements AutoCloseable {
  private static final Pattern LIMIT = Pattern.compile("[?&]limit=(\\d+)");
  private static final int API_PAGE_LIMIT = 5000;

  private final Options options;
  private final Consumer<String> details;
  private final PrerenderedRunloop runloop = PrerenderedRunloop.start();
  private final Map<Integer, Dataset> data = new TreeMap<>();
  private final Map<Integer, Path> candidateSnapshots = new TreeMap<>();
  private final Map<Integer, Path> baselineSnapshots = new TreeMap<>();
  private final Path logs;

  EndToEnd(Options options, Consumer<String> details) {
    this.options = options;
    this.details = details;
    this.logs = options.out().resolve("logs");
  }

  /**
   * Serves the data of these sizes, and fetches each run once so that every page the client asks
   * for is rendered before anything is measured.
   */
  void serve(List<Integer> sizes) {
    try (RunloopClient client = PrerenderedRunloop.client(runloop.baseUrl())) {
      for (int size : sizes) {
        if (data.containsKey(size)) {
          continue;
        }
        Dataset dataset = Dataset.of(size);
        data.put(size, dataset);
        runloop.add(dataset);
        client.outcome(dataset.candidate().id());
        client.outcome(dataset.baseline().id());
        client.scenarioRuns(dataset.candidate().id()).toList();
      }
    }
    runloop.takeRequests();
  }

  /** Writes the snapshots of the candidate and baseline runs of a size, once. */
  Path candidateSnapshot(int size) {
    writeSnapshots(size);
    return candidateSnapshots.get(size);
  }

  private void writeSnapshots(int size) {
    if (candidateSnapshots.containsKey(size)) {
      return;
    }
    Dataset dataset = data.get(size);
    Path directory = options.out().resolve("snapshots");
    try (RunloopClient client = PrerenderedRunloop.client(runloop.baseUrl())) {
      Path candidate = directory.resolve("candidate-" + size + ".json");
      Path baseline = directory.resolve("baseline-" + size + ".json");
      BenchmarkSnapshots.write(client.outcome(dataset.candidate().id()), candidate);
      BenchmarkSnapshots.write(client.outcome(dataset.baseline().id()), baseline);
      candidateSnapshots.put(size, candidate);
      baselineSnapshots.put(size, baseline);
    }
    runloop.takeRequests();
  }

  Row requests(List<Integer> sizes) {
    List<Integer> counts = new ArrayList<>();
    List<Integer> least = new ArrayList<>();
    List<String> pageSizes = new ArrayList<>();
    List<Integer> concurrency = new ArrayList<>();
    for (int size : sizes) {
      String runId = data.get(size).candidate().id();
      try (RunloopClient client = PrerenderedRunloop.client(runloop.baseUrl())) {
        runloop.takeRequests();
        runloop.takeMostInFlight();
        client.outcome(runId);
      }
      List<String> requests = runloop.takeRequests();
      concurrency.add(runloop.takeMostInFlight());
      counts.add(requests.size());
      int pages = (size + API_PAGE_LIMIT - 1) / API_PAGE_LIMIT;
      least.add(1 + pages + 1 + pages);
      pageSizes.add("N = " + count(size) + ": " + pages(limits(requests)));
    }
    int last = sizes.size() - 1;
    int jobSize = sizes.get(0);
    ServedRun jobRun = SyntheticData.jobRun("bmr_job_" + jobSize, data.get(jobSize).benchmark(), 3);
    runloop.add(jobRun);
    try (RunloopClient client = PrerenderedRunloop.client(runloop.baseUrl())) {
      runloop.takeRequests();
      client.outcome(jobRun.id());
    }
    int jobRequests = runloop.takeRequests().size();
    details.accept(
        "Requests: a fresh client's `outcome()` of the candidate run, counted at the server; the"
            + " least is 1 + ⌈N/5000⌉ + 1 + ⌈N/5000⌉ (the run, its scenario runs in pages of the"
            + " API's maximum 5,000, the benchmark, its definitions in pages of 5,000). Pages"
            + " asked for: "
            + String.join("; ", pageSizes)
            + ". Most requests in flight at once: "
            + counts(concurrency)
            + ". A run made by a benchmark job (no `benchmark_id`: definitions one by one), N = "
            + count(jobSize)
            + ": "
            + count(jobRequests)
            + " requests.");
    return new Row(
        "`outcome()` HTTP requests, N = " + counts(sizes),
        counts(counts),
        "at the API's page limit: " + counts(least),
        ratio((double) counts.get(last) / least.get(last)) + " at N = " + count(sizes.get(last)),
        "≤ 10 at N = 20,000 (pages of 5,000)");
  }

  Row firstCall(int size) {
    String runId = data.get(size).candidate().id();
    List<String> outcomeRequests = outcomeRequests(runId);
    List<Double> build = new ArrayList<>();
    List<Double> first = new ArrayList<>();
    List<Double> warm = new ArrayList<>();
    List<Double> floorFirst = new ArrayList<>();
    List<Double> floorWarm = new ArrayList<>();
    int rendered = runloop.pagesRendered();
    for (int i = 0; i < options.processes(); i++) {
      Map<String, Double> floor = floor(outcomeRequests);
      floorFirst.add(floor.get("first.ms"));
      floorWarm.add(floor.get("warm.ms"));
      Map<String, Double> figures =
          ChildProcess.java(
                  List.of(),
                  OutcomeProbe.class,
                  runloop.baseUrl(),
                  runId,
                  Integer.toString(options.warmups()),
                  Integer.toString(options.rounds()))
              .run(logs);
      expectScenarioRuns(figures, size);
      build.add(figures.get("build.ms"));
      first.add(figures.get("first.ms"));
      warm.add(figures.get("warm.ms"));
    }
    checkNothingRendered(rendered);
    runloop.takeRequests();
    double firstCall = Timing.median(first);
    double warmCall = Timing.median(warm);
    double floorFirstCall = Timing.median(floorFirst);
    double floorWarmCall = Timing.median(floorWarm);
    details.accept(
        "`outcome()` first call: building the client and the first `outcome()` in a fresh JVM"
            + " (JVM start-up excluded; building the client alone: "
            + millis(Timing.median(build))
            + "); warm: the median of "
            + options.rounds()
            + " calls after "
            + options.warmups()
            + " warm-up calls on that client; medians over "
            + options.processes()
            + " processes. The JVM floor (`FloorProbe`: an OkHttp client and Moshi's `JsonReader`"
            + " reading the same "
            + outcomeRequests.size()
            + " requests one after the other, every token, keeping nothing), in as many fresh JVMs"
            + " taken in turn: first "
            + millis(floorFirstCall)
            + ", warm "
            + millis(floorWarmCall)
            + ", "
            + ratio(floorFirstCall / floorWarmCall)
            + ".");
    return new Row(
        "`outcome()` first call / warm, N = " + count(size),
        millis(firstCall) + " / " + millis(warmCall),
        "warm: "
            + millis(warmCall)
            + "; JVM floor's first / warm: "
            + millis(floorFirstCall)
            + " / "
            + millis(floorWarmCall)
            + " ("
            + ratio(floorFirstCall / floorWarmCall)
            + ")",
        ratio(firstCall / warmCall),
        "first call ≤ 2× warm");
  }

  Row listingWarm(int size, Map<String, Double> decodeFigures) {
    String runId = data.get(size).candidate().id();
    try (RunloopClient client = PrerenderedRunloop.client(runloop.baseUrl())) {
      runloop.takeRequests();
      client.scenarioRuns(runId).toList();
      List<String> targets = listingRequests(runId, runloop.takeRequests());
      RawListing raw = new RawListing(runloop.baseUrl());
      long expectedBytes = raw.read(targets);
      int rendered = runloop.pagesRendered();
      Map<String, Runnable> tasks = new LinkedHashMap<>();
      tasks.put("benchgate", () -> expectSize(client.scenarioRuns(runId).toList().size(), size));
      tasks.put("raw", () -> expectSize(raw.read(targets), expectedBytes));
      Map<String, Double> medians = Timing.interleaved(options.warmups(), options.rounds(), tasks);
      long cpuBefore = runloop.cpuNanos();
      long start = System.nanoTime();
      client.scenarioRuns(runId).toList();
      double serverShare = (runloop.cpuNanos() - cpuBefore) / 1e6 / Timing.millisSince(start);
      checkNothingRendered(rendered);
      runloop.takeRequests();
      double benchgate = medians.get("benchgate");
      double rawBytes = medians.get("raw");
      details.accept(
          "Listing, warm: `scenarioRuns(id).toList()` on a warm client ("
              + pages(limits(targets))
              + ", "
              + bytes(expectedBytes)
              + ") against the same requests replayed with `java.net.http` (HTTP/1.1), reading"
              + " and discarding the bytes; medians of "
              + options.rounds()
              + " rounds in turn after "
              + options.warmups()
              + ". The server's CPU time while Benchgate listed: "
              + percent(serverShare)
              + " of the listing's wall time."
              + decodeDetail(decodeFigures));
      String reference = "raw bytes: " + millis(rawBytes);
      if (decodeFigures.containsKey("decode")) {
        double floor = rawBytes + decodeFigures.get("decode");
        reference +=
            "; raw bytes + decoding them: " + millis(floor) + " (" + ratio(benchgate / floor) + ")";
      }
      return new Row(
          "listing, warm, vs raw bytes at the same page size, N = " + count(size),
          millis(benchgate),
          reference,
          ratio(benchgate / rawBytes),
          "≤ 1.5×");
    }
  }

  private static String decodeDetail(Map<String, Double> figures) {
    if (figures.isEmpty()) {
      return "";
    }
    return " Decoding: the same scenario runs' bytes in memory (in pages of 5,000) decoded into the"
        + " same records with Benchgate's Moshi (JMH): "
        + millis(figures.get("decode"))
        + "; tokenizing them with Moshi's `JsonReader` and keeping nothing: "
        + millis(figures.get("tokenize"))
        + "; copying them: "
        + millis(figures.get("copy"))
        + ".";
  }

  Row listingPeer(List<Integer> sizes) {
    String what =
        "listing, first call, vs TS SDK "
            + TypeScriptPeer.VERSION
            + " at the same page"
            + " size, N = "
            + counts(sizes);
    String goal = "≤ 1.0×";
    if (!options.peer()) {
      return Row.notMeasured(what, "-no-peer", goal);
    }
    TypeScriptPeer peer;
    try {
      peer = TypeScriptPeer.install(options.out().resolve("typescript-peer"));
    } catch (RuntimeException e) {
      details.accept("The TypeScript SDK could not be installed: " + e.getMessage());
      return Row.notMeasured(what, "Node.js or npm unavailable", goal);
    }
    List<Double> java = new ArrayList<>();
    List<Double> typescript = new ArrayList<>();
    List<Double> jvmFloor = new ArrayList<>();
    List<String> builds = new ArrayList<>();
    for (int size : sizes) {
      String runId = data.get(size).candidate().id();
      int pageSize = listingPageSize(runId);
      List<Double> javaTotal = new ArrayList<>();
      List<Double> javaBuild = new ArrayList<>();
      List<Double> peerTotal = new ArrayList<>();
      List<Double> peerBuild = new ArrayList<>();
      List<Double> floorTotal = new ArrayList<>();
      List<String> targets = listingRequests(runId);
      // Primes the pages the SDK asks for, should its requests differ.
      peer.listing(runloop.baseUrl(), PrerenderedRunloop.API_KEY, runId, pageSize, logs);
      int rendered = runloop.pagesRendered();
      for (int i = 0; i < options.processes(); i++) {
        Map<String, Double> ours =
            ChildProcess.java(List.of(), ListingProbe.class, runloop.baseUrl(), runId).run(logs);
        Map<String, Double> theirs =
            peer.listing(runloop.baseUrl(), PrerenderedRunloop.API_KEY, runId, pageSize, logs);
        floorTotal.add(floor(targets).get("first.ms"));
        expectScenarioRuns(ours, size);
        expectScenarioRuns(theirs, size);
        javaTotal.add(ours.get("total.ms"));
        javaBuild.add(ours.get("build.ms"));
        peerTotal.add(theirs.get("total.ms"));
        peerBuild.add(theirs.get("build.ms"));
      }
      checkNothingRendered(rendered);
      runloop.takeRequests();
      java.add(Timing.median(javaTotal));
      typescript.add(Timing.median(peerTotal));
      jvmFloor.add(Timing.median(floorTotal));
      builds.add(
          "N = "
              + count(size)
              + " (pages of "
              + count(pageSize)
              + "): client build "
              + millis(Timing.median(javaBuild))
              + " vs "
              + millis(Timing.median(peerBuild)));
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> floorRatios = new ArrayList<>();
    List<Double> oursToFloor = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      ratios.add(java.get(i) / typescript.get(i));
      floorRatios.add(jvmFloor.get(i) / typescript.get(i));
      oursToFloor.add(java.get(i) / jvmFloor.get(i));
    }
    details.accept(
        "Listing, first call: in a fresh JVM, building a client and listing every scenario run"
            + " (`scenarioRuns(id).toList()`); in a fresh Node.js "
            + peer.nodeVersion()
            + " process, loading `@runloop/api-client` "
            + TypeScriptPeer.VERSION
            + ", building its client and listing with its auto-pagination"
            + " (`client.benchmarkRuns.listScenarioRuns(id, {limit})`, `for await`) at the page size"
            + " Benchgate's client asked for; start-up of the JVM and of Node.js excluded; medians"
            + " over "
            + options.processes()
            + " processes of each, in turn. "
            + String.join("; ", builds)
            + ". The JVM floor (`FloorProbe`: in a fresh JVM, an OkHttp client for cleartext and"
            + " Moshi's `JsonReader` reading the same requests' every token, keeping nothing):"
            + " "
            + each(jvmFloor, Figures::millis)
            + ", "
            + each(floorRatios, Figures::ratio)
            + " the TS SDK; Benchgate is "
            + each(oursToFloor, Figures::ratio)
            + " that floor.");
    return new Row(
        what,
        each(java, Figures::millis),
        "TS SDK: "
            + each(typescript, Figures::millis)
            + "; JVM floor: "
            + each(jvmFloor, Figures::millis),
        each(ratios, Figures::ratio),
        goal);
  }

  Row report(List<Integer> sizes) {
    List<Double> extra = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    // A small difference of long sessions: more pairs than the other rows' rounds.
    int rounds = 2 * options.rounds() + 1;
    int warmups = Math.min(options.warmups(), 1);
    for (int size : sizes) {
      Path candidate = candidateSnapshot(size);
      Map<String, Double> figures =
          ChildProcess.java(
                  List.of(),
                  ReportProbe.class,
                  candidate.toString(),
                  baselineSnapshots.get(size).toString(),
                  options.out().resolve("report-" + size).toString(),
                  Integer.toString(warmups),
                  Integer.toString(rounds))
              .run(logs);
      extra.add(figures.get("extra.ms"));
      without.add(figures.get("off.ms"));
    }
    int last = sizes.size() - 1;
    String growth =
        sizes.size() < 2
            ? ""
            : ratio(extra.get(last) / extra.get(last - 1))
                + " from N = "
                + count(sizes.get(last - 1))
                + " to "
                + count(sizes.get(last))
                + " (linear: "
                + ratio((double) sizes.get(last) / sizes.get(last - 1))
                + ")";
    details.accept(
        "Report: one `@Baseline` gate class (`BaselineGate`: a run and its baseline from snapshot"
            + " files) through the JUnit Platform launcher, a whole session each time, with"
            + " `benchgate.report.enabled` true and false in pairs, each pair in the other order"
            + " than the last; the extra time is the median of the differences within "
            + rounds
            + " pairs after "
            + warmups
            + " warm-up, in one JVM per N, a full collection before each session (untimed)."
            + " Standard output is swallowed during sessions.");
    return new Row(
        "end-of-run report with one `@Baseline` gate, extra time, N = " + counts(sizes),
        each(extra, Figures::millis),
        "session without the report: " + each(without, Figures::millis),
        growth,
        "linear, built once, ≤ 1 s at 20,000");
  }

  Row heap(int size) {
    Dataset dataset = data.get(size);
    Map<String, Double> figures =
        ChildProcess.java(List.of(), HeapProbe.class, runloop.baseUrl(), dataset.candidate().id())
            .run(logs);
    runloop.takeRequests();
    expectScenarioRuns(figures, size);
    double retained = figures.get("retained.bytes");
    double perScenarioRun = retained / size;
    double json = dataset.jsonBytesPerScenarioRunWithDefinition();
    details.accept(
        "Heap: the difference of two class histograms (after a full GC each) of a fresh JVM,"
            + " while the outcome of `outcome()` is reachable and after; "
            + bytes(retained)
            + " in all, "
            + percent(figures.get("strings.bytes") / retained)
            + " of it `String`s and their `byte[]`s; the metadata maps hold "
            + count(Math.round(figures.get("metadataKeys.objects")))
            + " key objects for "
            + count(Math.round(figures.get("metadataKeys.distinct")))
            + " distinct keys. JSON: a scenario run and its definition as the API sends them.");
    return new Row(
        "heap per scenario run (with its definition), N = " + count(size),
        bytes(perScenarioRun),
        "its JSON: " + bytes(json),
        ratio(perScenarioRun / json),
        "≤ 1.5× its JSON");
  }

  Row source(int size) {
    Path snapshot = candidateSnapshot(size);
    Map<String, Double> figures =
        ChildProcess.java(
                List.of(),
                SourceProbe.class,
                snapshot.toString(),
                options.out().resolve("report-source").toString(),
                Integer.toString(Math.min(options.warmups(), 3)),
                Integer.toString(options.rounds()))
            .run(logs);
    double source = figures.get("source.ms");
    double method = figures.get("method.ms");
    double sourceReported = figures.get("source.report.ms");
    double methodReported = figures.get("method.report.ms");
    details.accept(
        "`@ScenarioRunSource`: a gate class of one parameterized test over the run's snapshot"
            + " file (read by the extension in each session), against the same test over the same"
            + " `ScenarioRunView`s read beforehand and given by `@MethodSource` with the names"
            + " `@ScenarioRunSource` gives them; whole launcher sessions, medians of "
            + options.rounds()
            + " in turn in one JVM, a full collection before each (untimed), with the end-of-run"
            + " report off. With the report on (the"
            + " default): "
            + millis(sourceReported)
            + " vs "
            + millis(methodReported)
            + ", "
            + ratio(sourceReported / methodReported)
            + ".");
    return new Row(
        "`@ScenarioRunSource` over " + count(size) + " runs vs `@MethodSource`, warm",
        millis(source),
        "`@MethodSource`: " + millis(method),
        ratio(source / method),
        "≤ 1.2×");
  }

  /** The snapshot file of the run of this size, for the figure of its size on disk. */
  long snapshotBytes(int size) {
    try {
      return Files.size(candidateSnapshot(size));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    runloop.close();
  }

  private int listingPageSize(String runId) {
    return limits(listingRequests(runId)).keySet().stream().max(Integer::compare).orElseThrow();
  }

  /** The requests a fresh client sends to list a run's scenario runs. */
  private List<String> listingRequests(String runId) {
    try (RunloopClient client = PrerenderedRunloop.client(runloop.baseUrl())) {
      runloop.takeRequests();
      client.scenarioRuns(runId).toList();
    }
    return listingRequests(runId, runloop.takeRequests());
  }

  /** The requests a fresh client sends for a run's outcome. */
  private List<String> outcomeRequests(String runId) {
    try (RunloopClient client = PrerenderedRunloop.client(runloop.baseUrl())) {
      runloop.takeRequests();
      client.outcome(runId);
    }
    return runloop.takeRequests();
  }

  /** Runs {@link FloorProbe} on these requests in a fresh JVM. */
  private Map<String, Double> floor(List<String> targets) {
    List<String> arguments = new ArrayList<>();
    arguments.add(runloop.baseUrl());
    arguments.add(Integer.toString(options.warmups()));
    arguments.add(Integer.toString(options.rounds()));
    arguments.addAll(targets);
    return ChildProcess.java(List.of(), FloorProbe.class, arguments.toArray(String[]::new))
        .run(logs);
  }

  private static List<String> listingRequests(String runId, List<String> requests) {
    return requests.stream().filter(r -> r.contains(runId + "/scenario_runs")).toList();
  }

  /** How many list requests asked for each page size. */
  private static Map<Integer, Integer> limits(List<String> requests) {
    Map<Integer, Integer> limits = new TreeMap<>();
    for (String request : requests) {
      Matcher limit = LIMIT.matcher(request);
      if (limit.find()) {
        limits.merge(Integer.parseInt(limit.group(1)), 1, Integer::sum);
      }
    }
    return limits;
  }

  /** E.g. {@code 40 pages of 500, 1 page of 20}. */
  private static String pages(Map<Integer, Integer> limits) {
    List<String> pages = new ArrayList<>();
    limits.forEach(
        (limit, requests) ->
            pages.add(requests + (requests == 1 ? " page" : " pages") + " of " + count(limit)));
    return pages.isEmpty() ? "no pages" : String.join(", ", pages);
  }

  private void checkNothingRendered(int renderedBefore) {
    int rendered = runloop.pagesRendered() - renderedBefore;
    if (rendered > 0) {
      details.accept(
          "Warning: the server rendered " + rendered + " pages while measuring, not before.");
    }
  }

  private static void expectScenarioRuns(Map<String, Double> figures, int size) {
    expectSize(Math.round(figures.get("scenarioRuns")), size);
  }

  private static void expectSize(long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException("Expected " + expected + " but measured " + actual);
    }
  }
}
