package dev.benchgate.testing.internal;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.LegacyScenarioRun;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Runloop benchmark read API over {@link Resources}: one {@link Route} per endpoint of
 * REFERENCE.md, in the current generation ({@code /v1/benchmark_runs/…}) or the legacy one ({@code
 * /v1/benchmarks/runs/…}, runs in the legacy shape with their finished scenario runs embedded).
 * More endpoints (benchmark jobs, say) are more routes over more resources.
 *
 * <p>Not API.
 */
public final class RunloopApi {
  /** Which paths and run shape the server speaks. */
  public enum Generation {
    /** {@code /v1/benchmark_runs/…}, since 2026-01. */
    CURRENT,
    /** {@code /v1/benchmarks/runs/…} and the legacy run shape, before 2026-01. */
    LEGACY
  }

  /** One endpoint: a method and a path pattern whose groups the handler reads. */
  private record Route(
      String method, Pattern path, BiFunction<Matcher, Map<String, String>, Answer> handler) {}

  private static final String ID = "([^/]+)";

  private final Resources resources;
  private final List<Route> routes = new ArrayList<>();
  private volatile Generation generation = Generation.CURRENT;

  /**
   * Serves the resources.
   *
   * @param resources what the server knows
   */
  public RunloopApi(Resources resources) {
    this.resources = resources;
    for (Generation served : Generation.values()) {
      String runs = served == Generation.CURRENT ? "/v1/benchmark_runs" : "/v1/benchmarks/runs";
      get(served, runs, (path, query) -> benchmarkRuns(query));
      get(served, runs + "/" + ID, (path, query) -> benchmarkRun(path.group(1)));
      get(served, runs + "/" + ID + "/scenario_runs", (path, query) -> scenarioRunsOf(path, query));
    }
    get(null, "/v1/benchmarks", (path, query) -> benchmarks(query));
    get(null, "/v1/benchmarks/" + ID, (path, query) -> benchmark(path.group(1)));
    get(null, "/v1/benchmarks/" + ID + "/definitions", (path, query) -> definitions(path, query));
    get(null, "/v1/scenarios/runs", (path, query) -> scenarioRuns(query));
    get(null, "/v1/scenarios/runs/" + ID, (path, query) -> scenarioRun(path.group(1)));
    get(null, "/v1/scenarios", (path, query) -> scenarios(query));
    get(null, "/v1/scenarios/" + ID, (path, query) -> scenario(path.group(1)));
  }

  /**
   * Switches the generation served; the other one's run paths then answer {@code 404}.
   *
   * @param generation the generation
   */
  public void serve(Generation generation) {
    this.generation = Objects.requireNonNull(generation, "generation");
  }

  /**
   * Answers a request.
   *
   * @param method the HTTP method
   * @param path the path
   * @param query the query parameters
   * @return the answer: the resource, a page, or the API's error
   */
  public Answer answer(String method, String path, Map<String, String> query) {
    boolean pathKnown = false;
    for (Route route : routes) {
      Matcher matcher = route.path().matcher(path);
      if (matcher.matches()) {
        pathKnown = true;
        if (route.method().equals(method)) {
          return route.handler().apply(matcher, query);
        }
      }
    }
    return pathKnown
        ? Answer.error(405, method + " is not allowed on " + path, Map.of("Allow", "GET"))
        : Answer.notFound("No endpoint at " + path + " was");
  }

  private void get(
      Generation only, String pattern, BiFunction<Matcher, Map<String, String>, Answer> handler) {
    routes.add(
        new Route(
            "GET",
            Pattern.compile(pattern),
            (path, query) ->
                only == null || only == generation
                    ? handler.apply(path, query)
                    : Answer.notFound("No endpoint at " + path.group() + " was")));
  }

  private Answer benchmarkRun(String id) {
    return resources
        .fetchRun(id)
        .map(run -> Answer.ok(shaped(run)))
        .orElseGet(() -> Answer.notFound("Benchmark run " + id));
  }

  private Answer benchmarkRuns(Map<String, String> query) {
    List<BenchmarkRunView> runs =
        resources.runs().stream()
            .filter(Listing.equal(query, "benchmark_id", BenchmarkRunView::benchmarkId))
            .filter(Listing.equal(query, "state", BenchmarkRunView::stateValue))
            .filter(Listing.equal(query, "name", BenchmarkRunView::name))
            .filter(Listing.search(query, BenchmarkRunView::id, BenchmarkRunView::name))
            .toList();
    return Listing.page("runs", runs.stream().map(this::shaped).toList(), this::idOf, query);
  }

  private Answer scenarioRunsOf(Matcher path, Map<String, String> query) {
    String runId = path.group(1);
    return resources
        .scenarioRunsOf(runId, !query.containsKey("starting_after"))
        .map(
            scenarioRuns ->
                Listing.page(
                    "runs",
                    scenarioRuns.stream()
                        .filter(Listing.equal(query, "state", ScenarioRunView::stateValue))
                        .filter(Listing.search(query, ScenarioRunView::id, ScenarioRunView::name))
                        .toList(),
                    ScenarioRunView::id,
                    query))
        .orElseGet(() -> Answer.notFound("Benchmark run " + runId));
  }

  private Answer scenarioRuns(Map<String, String> query) {
    return Listing.page(
        "runs",
        resources.scenarioRuns().stream()
            .filter(Listing.equal(query, "benchmark_run_id", ScenarioRunView::benchmarkRunId))
            .filter(Listing.equal(query, "scenario_id", ScenarioRunView::scenarioId))
            .filter(Listing.equal(query, "state", ScenarioRunView::stateValue))
            .filter(Listing.equal(query, "name", ScenarioRunView::name))
            .filter(Listing.search(query, ScenarioRunView::id, ScenarioRunView::name))
            .toList(),
        ScenarioRunView::id,
        query);
  }

  private Answer scenarioRun(String id) {
    return resources.scenarioRuns().stream()
        .filter(scenarioRun -> scenarioRun.id().equals(id))
        .findFirst()
        .map(Answer::ok)
        .orElseGet(() -> Answer.notFound("Scenario run " + id));
  }

  private Answer scenarios(Map<String, String> query) {
    Predicate<ScenarioView> ofBenchmark = scenario -> true;
    String benchmarkId = query.get("benchmark_id");
    if (benchmarkId != null) {
      Set<String> ids =
          resources
              .benchmark(benchmarkId)
              .map(benchmark -> Set.copyOf(benchmark.scenarioIds()))
              .orElse(Set.of());
      ofBenchmark = scenario -> ids.contains(scenario.id());
    }
    return Listing.page(
        "scenarios",
        resources.scenarios().stream()
            .filter(ofBenchmark)
            .filter(Listing.equal(query, "name", ScenarioView::name))
            .filter(Listing.equal(query, "validation_type", ScenarioView::validationTypeValue))
            .filter(Listing.search(query, ScenarioView::id, ScenarioView::name))
            .toList(),
        ScenarioView::id,
        query);
  }

  private Answer scenario(String id) {
    return resources
        .scenario(id)
        .map(Answer::ok)
        .orElseGet(() -> Answer.notFound("Scenario " + id));
  }

  private Answer benchmarks(Map<String, String> query) {
    return Listing.page(
        "benchmarks",
        resources.benchmarks().stream()
            .filter(Listing.equal(query, "name", BenchmarkView::name))
            .filter(Listing.search(query, BenchmarkView::id, BenchmarkView::name))
            .toList(),
        BenchmarkView::id,
        query);
  }

  private Answer benchmark(String id) {
    return resources
        .benchmark(id)
        .map(Answer::ok)
        .orElseGet(() -> Answer.notFound("Benchmark " + id));
  }

  /** A benchmark's scenario definitions that the server knows, in the benchmark's order. */
  private Answer definitions(Matcher path, Map<String, String> query) {
    String id = path.group(1);
    return resources
        .benchmark(id)
        .map(
            benchmark ->
                Listing.page(
                    "scenarios",
                    benchmark.scenarioIds().stream()
                        .flatMap(scenarioId -> resources.scenario(scenarioId).stream())
                        .toList(),
                    ScenarioView::id,
                    query))
        .orElseGet(() -> Answer.notFound("Benchmark " + id));
  }

  /**
   * A run as this generation's server sends it: the current API has no embedded scenario runs; the
   * legacy one embeds the finished ones and lists the benchmark's other scenarios as pending.
   */
  private Map<String, Object> shaped(BenchmarkRunView run) {
    if (generation == Generation.CURRENT) {
      Map<String, Object> json = WireJson.tree(run);
      json.remove("pending_scenarios");
      json.remove("scenario_runs");
      return json;
    }
    if (!run.legacyScenarioRuns().isEmpty() || !run.legacyPendingScenarios().isEmpty()) {
      return WireJson.tree(run);
    }
    List<ScenarioRunView> scenarioRuns =
        resources.scenarioRunsOf(run.id(), false).orElse(List.of());
    List<LegacyScenarioRun> finished =
        scenarioRuns.stream()
            .filter(scenarioRun -> scenarioRun.state().isFinished())
            .map(
                scenarioRun ->
                    new LegacyScenarioRun(
                        scenarioRun.scenarioId(),
                        scenarioRun.id(),
                        scenarioRun.scoringResult().orElse(null)))
            .toList();
    Set<String> pending = new LinkedHashSet<>();
    resources.benchmarkOf(run).ifPresent(benchmark -> pending.addAll(benchmark.scenarioIds()));
    scenarioRuns.forEach(scenarioRun -> pending.add(scenarioRun.scenarioId()));
    finished.forEach(embedded -> pending.remove(embedded.scenarioId()));
    return WireJson.tree(
        new BenchmarkRunView(
            run.id(),
            run.benchmarkId(),
            run.name(),
            run.metadata(),
            run.startTimeMs(),
            run.durationMs(),
            run.stateValue(),
            run.score(),
            run.purpose(),
            run.environmentVariables(),
            run.secretsProvided(),
            List.copyOf(pending),
            finished));
  }

  private String idOf(Map<String, Object> run) {
    return (String) run.get("id");
  }
}
