package dev.benchgate.core;

import dev.benchgate.core.model.AgentConfig;
import dev.benchgate.core.model.BenchmarkJobSource;
import dev.benchgate.core.model.HarborJobSource;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.JobSource;
import dev.benchgate.core.model.OrchestratorConfig;
import dev.benchgate.core.model.ScenariosJobSource;
import dev.benchgate.core.model.UnknownJobSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What {@link RunloopClient#startBenchmarkJob(BenchmarkJobRequest)} asks for: the body of {@code
 * POST /v1/benchmark_jobs}. A job runs a benchmark or a list of scenarios for one or more agents
 * (or a Harbor job configuration); the spec's {@code type} follows from the {@link JobSource} it is
 * made from. Immutable: each {@code with…} method returns a new request.
 *
 * <pre>{@code
 * BenchmarkJobRequest request = BenchmarkJobRequest.forBenchmark("bmd_9fT2",
 *         JobAgentConfig.named("claude-code").withModelName("claude-sonnet-4")
 *             .withTimeout(Duration.ofHours(2))
 *             .withSecret("ANTHROPIC_API_KEY", "BMJ_ANTHROPIC_API_KEY"),
 *         JobAgentConfig.named("codex").withModelName("gpt-5"))
 *     .named("swe-smoke-" + gitSha)
 *     .withOrchestratorConfig(OrchestratorConfig.DEFAULTS.withConcurrentTrials(10).withAttempts(1))
 *     .withMetadata("git_sha", gitSha);
 * }</pre>
 *
 * <p>It is sent as rl-cli sends it (JOBS.md §4): {@code {"name": …, "spec": {"type": "benchmark",
 * "benchmark_id": …, "agent_configs": […], "orchestrator_config": {…}}, "metadata": {…}}}, leaving
 * out what is not set and empty maps.
 *
 * @param name the job's name, {@code null} to let the server make one from the benchmark
 * @param source the benchmark, scenarios or Harbor configuration to run; an {@link
 *     UnknownJobSource} sends a spec type this version does not know, with its fields
 * @param agentConfigs the agents, at least one; none for a Harbor configuration, which names its
 *     own
 * @param orchestratorConfig how to run them, {@code null} for the server's defaults
 * @param metadata the job's metadata (sent as rl-cli sends it; the SDKs' schema lacks it), never
 *     {@code null}
 */
public record BenchmarkJobRequest(
    String name,
    JobSource source,
    List<JobAgentConfig> agentConfigs,
    OrchestratorConfig orchestratorConfig,
    Map<String, String> metadata) {

  /**
   * Checks what the API requires: exactly one spec, at least one agent unless the spec is a Harbor
   * configuration, which takes neither agents nor an orchestrator configuration.
   */
  public BenchmarkJobRequest {
    Objects.requireNonNull(source, "source");
    agentConfigs = List.copyOf(agentConfigs);
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(metadata));
    if (source instanceof HarborJobSource) {
      if (!agentConfigs.isEmpty() || orchestratorConfig != null) {
        throw new IllegalArgumentException(
            "A Harbor job takes its agents and orchestrator from its YAML: give neither");
      }
    } else if (agentConfigs.isEmpty() && !(source instanceof UnknownJobSource)) {
      throw new IllegalArgumentException("A benchmark job needs at least one agent");
    }
    if (source instanceof BenchmarkJobSource benchmark && benchmark.benchmarkName() != null) {
      throw new IllegalArgumentException(
          "A new job names its benchmark by id only: the benchmark_name of a job source is the"
              + " server's");
    }
    if (source instanceof ScenariosJobSource scenarios && scenarios.scenarioIds().isEmpty()) {
      throw new IllegalArgumentException("A benchmark job of scenarios needs at least one");
    }
  }

  /**
   * Starts a request to run a benchmark's scenarios for one or more agents.
   *
   * <pre>{@code
   * BenchmarkJobRequest request = BenchmarkJobRequest.forBenchmark("bmd_9fT2", JobAgentConfig.named("codex"));
   * }</pre>
   *
   * @param benchmarkId the benchmark ({@code bmd_…})
   * @param agent an agent
   * @param more further agents
   * @return the request
   */
  public static BenchmarkJobRequest forBenchmark(
      String benchmarkId, JobAgentConfig agent, JobAgentConfig... more) {
    return new BenchmarkJobRequest(
        null,
        new BenchmarkJobSource(Objects.requireNonNull(benchmarkId, "benchmarkId"), null),
        agents(agent, more),
        null,
        Map.of());
  }

  /**
   * Starts a request to run some scenarios for one or more agents.
   *
   * <pre>{@code
   * BenchmarkJobRequest request =
   *     BenchmarkJobRequest.forScenarios(List.of("scn_a1", "scn_d4"), JobAgentConfig.named("goose"));
   * }</pre>
   *
   * @param scenarioIds the scenarios ({@code scn_…}), at least one
   * @param agent an agent
   * @param more further agents
   * @return the request
   */
  public static BenchmarkJobRequest forScenarios(
      List<String> scenarioIds, JobAgentConfig agent, JobAgentConfig... more) {
    return new BenchmarkJobRequest(
        null,
        new ScenariosJobSource(List.copyOf(scenarioIds)),
        agents(agent, more),
        null,
        Map.of());
  }

  /**
   * Starts a request to run a Harbor job configuration.
   *
   * <pre>{@code
   * BenchmarkJobRequest request = BenchmarkJobRequest.forHarbor(Files.readString(Path.of("harbor.yaml")));
   * }</pre>
   *
   * @param inlineYaml the configuration as YAML
   * @return the request
   */
  public static BenchmarkJobRequest forHarbor(String inlineYaml) {
    return new BenchmarkJobRequest(
        null,
        new HarborJobSource(Objects.requireNonNull(inlineYaml, "inlineYaml")),
        List.of(),
        null,
        Map.of());
  }

  private static List<JobAgentConfig> agents(JobAgentConfig agent, JobAgentConfig... more) {
    List<JobAgentConfig> agents = new ArrayList<>();
    agents.add(Objects.requireNonNull(agent, "agent"));
    for (JobAgentConfig another : more) {
      agents.add(Objects.requireNonNull(another, "agent"));
    }
    return agents;
  }

  /**
   * Returns this request with a name for the job (job names are unique).
   *
   * <pre>{@code
   * request = request.named("swe-smoke-" + gitSha);
   * }</pre>
   *
   * @param name the name, or {@code null} to let the server make one
   * @return a new request
   */
  public BenchmarkJobRequest named(String name) {
    return new BenchmarkJobRequest(name, source, agentConfigs, orchestratorConfig, metadata);
  }

  /**
   * Returns this request with one more agent.
   *
   * <pre>{@code
   * request = request.withAgent(JobAgentConfig.named("goose"));
   * }</pre>
   *
   * @param agent the agent
   * @return a new request
   */
  public BenchmarkJobRequest withAgent(JobAgentConfig agent) {
    List<JobAgentConfig> agents = new ArrayList<>(agentConfigs);
    agents.add(Objects.requireNonNull(agent, "agent"));
    return new BenchmarkJobRequest(name, source, agents, orchestratorConfig, metadata);
  }

  /**
   * Returns this request with an orchestrator configuration.
   *
   * <pre>{@code
   * request = request.withOrchestratorConfig(OrchestratorConfig.DEFAULTS.withConcurrentTrials(10));
   * }</pre>
   *
   * @param orchestratorConfig the configuration, or {@code null} for the server's defaults
   * @return a new request
   */
  public BenchmarkJobRequest withOrchestratorConfig(OrchestratorConfig orchestratorConfig) {
    return new BenchmarkJobRequest(name, source, agentConfigs, orchestratorConfig, metadata);
  }

  /**
   * Returns this request with one more metadata entry for the job.
   *
   * <pre>{@code
   * request = request.withMetadata("git_sha", gitSha);
   * }</pre>
   *
   * @param key the key
   * @param value the value
   * @return a new request
   */
  public BenchmarkJobRequest withMetadata(String key, String value) {
    Map<String, String> more = new TreeMap<>(metadata);
    more.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new BenchmarkJobRequest(name, source, agentConfigs, orchestratorConfig, more);
  }

  /** The body as JSON text, for {@link RunloopClient} and its tests. */
  String json() {
    Map<String, Object> spec = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    Map<String, Object> sourceFields =
        (Map<String, Object>) JsonBodies.tree(source, JobSource.class);
    spec.putAll(sourceFields);
    if (!agentConfigs.isEmpty()) {
      spec.put(
          "agent_configs",
          agentConfigs.stream().map(agent -> JsonBodies.tree(agent, AgentConfig.class)).toList());
    }
    if (orchestratorConfig != null) {
      spec.put(
          "orchestrator_config", JsonBodies.tree(orchestratorConfig, OrchestratorConfig.class));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("spec", spec);
    body.put("metadata", metadata);
    return JsonBodies.json(body);
  }
}
