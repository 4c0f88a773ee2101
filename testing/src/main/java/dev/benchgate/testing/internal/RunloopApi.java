package dev.benchgate.testing.internal;

import com.squareup.moshi.Types;
import dev.benchgate.core.model.AgentConfig;
import dev.benchgate.core.model.BenchmarkJobSource;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.HarborJobSource;
import dev.benchgate.core.model.JobSource;
import dev.benchgate.core.model.JobSpec;
import dev.benchgate.core.model.LegacyScenarioRun;
import dev.benchgate.core.model.OrchestratorConfig;
import dev.benchgate.core.model.RunProfile;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScenariosJobSource;
import dev.benchgate.core.model.UnknownJobSource;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Runloop benchmark read API over {@link Resources}: one {@link Route} per endpoint of
 * REFERENCE.md, in the current generation ({@code /v1/benchmark_runs/…}) or the legacy one ({@code
 * /v1/benchmarks/runs/…}, runs in the legacy shape with their finished scenario runs embedded),
 * and, in the current generation only, benchmark jobs (JOBS.md) and the writes: starting a job or a
 * run and canceling a run.
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
  private record Route(String method, Pattern path, Handler handler) {}

  /** Answers a request to one endpoint. */
  @FunctionalInterface
  private interface Handler {
    Answer answer(Matcher path, Map<String, String> query, String body);
  }

  private static final String ID = "([^/]+)";

  /** When what the server creates was created: 2026-01-01T00:00:00Z, as the models' fixtures. */
  private static final long CREATED_AT_MS = 1_767_225_600_000L;

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
    get(Generation.CURRENT, "/v1/benchmark_jobs", (path, query) -> benchmarkJobs(query));
    get(
        Generation.CURRENT,
        "/v1/benchmark_jobs/" + ID,
        (path, query) -> benchmarkJob(path.group(1)));
    post("/v1/benchmark_jobs", (path, query, body) -> startBenchmarkJob(body));
    post("/v1/benchmarks/start_run", (path, query, body) -> startBenchmarkRun(body));
    post(
        "/v1/benchmark_runs/" + ID + "/cancel",
        (path, query, body) -> cancelBenchmarkRun(path.group(1)));
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
  public Answer answer(String method, String path, Map<String, String> query, String body) {
    Set<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Matcher matcher = route.path().matcher(path);
      if (matcher.matches()) {
        allowed.add(route.method());
        if (route.method().equals(method)) {
          return route.handler().answer(matcher, query, body);
        }
      }
    }
    return allowed.isEmpty()
        ? Answer.notFound("No endpoint at " + path + " was")
        : Answer.error(
            405,
            method + " is not allowed on " + path,
            Map.of("Allow", String.join(", ", allowed)));
  }

  private void get(
      Generation only, String pattern, BiFunction<Matcher, Map<String, String>, Answer> handler) {
    routes.add(
        new Route(
            "GET",
            Pattern.compile(pattern),
            (path, query, body) ->
                only == null || only == generation
                    ? handler.apply(path, query)
                    : Answer.notFound("No endpoint at " + path.group() + " was")));
  }

  /** A write, of the current API only (benchmark jobs and the writes came with it). */
  private void post(String pattern, Handler handler) {
    routes.add(
        new Route(
            "POST",
            Pattern.compile(pattern),
            (path, query, body) ->
                generation == Generation.CURRENT
                    ? handler.answer(path, query, body)
                    : Answer.notFound("No endpoint at " + path.group() + " was")));
  }

  private Answer benchmarkJob(String id) {
    return resources
        .fetchJob(id)
        .map(Answer::ok)
        .orElseGet(() -> Answer.notFound("Benchmark job " + id));
  }

  private Answer benchmarkJobs(Map<String, String> query) {
    return Listing.page(
        "jobs",
        resources.jobs().stream()
            .filter(Listing.equal(query, "name", BenchmarkJobView::name))
            .filter(Listing.search(query, BenchmarkJobView::id, BenchmarkJobView::name))
            .toList(),
        BenchmarkJobView::id,
        query);
  }

  /**
   * Creates a {@code queued} job from the body, as JOBS.md §1 describes it: exactly one spec, of a
   * known type, with at least one agent unless it is a Harbor configuration, and a benchmark the
   * server knows. Its spec lists the benchmark's scenarios (or the ones given) and the agents
   * given; it has no runs. Serve its later versions with {@code FakeRunloop.add(job…)}.
   */
  private Answer startBenchmarkJob(String body) {
    Optional<Map<String, Object>> request = WireJson.object(body);
    if (request.isEmpty() || !(request.get().get("spec") instanceof Map<?, ?> spec)) {
      return Answer.badRequest("Exactly one spec type must be set");
    }
    JobSource source;
    List<AgentConfig> agentConfigs;
    OrchestratorConfig orchestratorConfig;
    try {
      // A spec to create is a job source with agents, not the job_spec a job shows.
      source = WireJson.read(spec, JobSource.class);
      agentConfigs =
          spec.get("agent_configs") == null
              ? List.of()
              : WireJson.read(
                  spec.get("agent_configs"),
                  Types.newParameterizedType(List.class, AgentConfig.class));
      orchestratorConfig =
          spec.get("orchestrator_config") == null
              ? null
              : WireJson.read(spec.get("orchestrator_config"), OrchestratorConfig.class);
    } catch (RuntimeException unreadable) {
      return Answer.badRequest("Unreadable spec: " + unreadable.getMessage());
    }
    List<String> scenarioIds = List.of();
    String benchmarkName = null;
    if (source instanceof BenchmarkJobSource benchmark) {
      Optional<BenchmarkView> known = resources.benchmark(String.valueOf(benchmark.benchmarkId()));
      if (known.isEmpty()) {
        return Answer.notFound("Benchmark " + benchmark.benchmarkId());
      }
      scenarioIds = known.get().scenarioIds();
      benchmarkName = known.get().name();
      source = new BenchmarkJobSource(benchmark.benchmarkId(), benchmarkName);
    } else if (source instanceof ScenariosJobSource scenarios) {
      scenarioIds = scenarios.scenarioIds();
    } else if (source instanceof UnknownJobSource unknown) {
      return Answer.badRequest("Unknown spec type " + unknown.type());
    }
    if (!HarborJobSource.TYPE.equals(source.type()) && agentConfigs.isEmpty()) {
      return Answer.badRequest("Must specify at least one agent");
    }
    String id = resources.newId("bmj");
    String name =
        request.get().get("name") instanceof String named
            ? named
            : (benchmarkName == null ? source.type() : benchmarkName) + "-" + id;
    BenchmarkJobView job =
        new BenchmarkJobView(
            id,
            name,
            "queued",
            CREATED_AT_MS,
            null,
            source,
            new JobSpec(agentConfigs, scenarioIds, orchestratorConfig),
            List.of(),
            List.of());
    resources.addJob(List.of(job));
    return Answer.ok(job);
  }

  /** Creates a {@code running} run of a benchmark the server knows, without scenario runs. */
  private Answer startBenchmarkRun(String body) {
    Optional<Map<String, Object>> request = WireJson.object(body);
    if (request.isEmpty() || !(request.get().get("benchmark_id") instanceof String benchmarkId)) {
      return Answer.badRequest("benchmark_id is required");
    }
    Optional<BenchmarkView> benchmark = resources.benchmark(benchmarkId);
    if (benchmark.isEmpty()) {
      return Answer.notFound("Benchmark " + benchmarkId);
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    if (request.get().get("metadata") instanceof Map<?, ?> given) {
      given.forEach((key, value) -> metadata.put(String.valueOf(key), String.valueOf(value)));
    }
    RunProfile profile =
        request.get().get("runProfile") instanceof Map<?, ?> given
            ? WireJson.read(given, RunProfile.class)
            : RunProfile.NONE;
    BenchmarkRunView run =
        new BenchmarkRunView(
            resources.newId("bmr"),
            benchmarkId,
            request.get().get("run_name") instanceof String name ? name : null,
            metadata,
            CREATED_AT_MS,
            null,
            "running",
            null,
            profile.purpose(),
            profile.envVars(),
            profile.secrets(),
            List.of(),
            List.of());
    resources.add(List.of(BenchmarkOutcome.of(run, List.of(), List.of(), benchmark.get())));
    return Answer.ok(shaped(run));
  }

  private Answer cancelBenchmarkRun(String id) {
    return resources
        .cancelRun(id)
        .map(run -> Answer.ok(shaped(run)))
        .orElseGet(() -> Answer.notFound("Benchmark run " + id));
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
