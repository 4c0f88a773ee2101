package dev.benchgate.testing;

import dev.benchgate.core.model.AgentConfig;
import dev.benchgate.core.model.BenchmarkJobSource;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.HarborJobSource;
import dev.benchgate.core.model.InProgressRunView;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.JobAgentOutcomeView;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.JobSource;
import dev.benchgate.core.model.JobSpec;
import dev.benchgate.core.model.OrchestratorConfig;
import dev.benchgate.core.model.ScenariosJobSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link BenchmarkJobView} for tests; start with {@link Models#job(String)}. Each agent
 * added with {@link #agent(JobAgentOutcomeView)} or {@link #running(String, String)} joins the
 * job's spec too, unless the spec names it already, and the spec's scenarios are, unless set, those
 * the job was made from or else every scenario an agent reports.
 *
 * <pre>{@code
 * BenchmarkJobView job = Models.job("bmj_1")
 *     .named("pr-1187")
 *     .benchmark("bmd_1")
 *     .completed()
 *     .agent(Models.agentOutcome("candidate", candidateRun).model("gpt-5"))
 *     .agent(Models.agentOutcome("baseline", baselineRun).model("gpt-4.1"))
 *     .build();
 * }</pre>
 */
public final class BenchmarkJobBuilder {
  private final String id;
  private String name;
  private String state = "running";
  private long createTimeMs = Models.START_TIME_MS;
  private String failureReason;
  private JobSource source;
  private List<String> scenarioIds;
  private final List<AgentConfig> agentConfigs = new ArrayList<>();
  private OrchestratorConfig orchestratorConfig;
  private final List<JobAgentOutcomeView> outcomes = new ArrayList<>();
  private final List<InProgressRunView> inProgress = new ArrayList<>();

  BenchmarkJobBuilder(String id) {
    this.id = id;
    this.name = id;
  }

  /**
   * Sets the job's name (its id by default).
   *
   * @param name the name
   * @return this builder
   */
  public BenchmarkJobBuilder named(String name) {
    this.name = name;
    return this;
  }

  /**
   * Sets the state as the API spells it, including values the model does not know.
   *
   * @param state e.g. {@code "completed"} or {@code "paused"}
   * @return this builder
   */
  public BenchmarkJobBuilder state(String state) {
    this.state = state;
    return this;
  }

  /**
   * Sets the state to {@code queued}.
   *
   * @return this builder
   */
  public BenchmarkJobBuilder queued() {
    return state("queued");
  }

  /**
   * Sets the state to {@code running}, the default.
   *
   * @return this builder
   */
  public BenchmarkJobBuilder running() {
    return state("running");
  }

  /**
   * Sets the state to {@code completed}.
   *
   * @return this builder
   */
  public BenchmarkJobBuilder completed() {
    return state("completed");
  }

  /**
   * Sets the state to {@code failed}, with the job's failure reason.
   *
   * @param failureReason why it failed, or {@code null} for no reason
   * @return this builder
   */
  public BenchmarkJobBuilder failed(String failureReason) {
    this.failureReason = failureReason;
    return state("failed");
  }

  /**
   * Sets the state to {@code cancelled}, spelled as the API spells it for jobs.
   *
   * @return this builder
   */
  public BenchmarkJobBuilder cancelled() {
    return state("cancelled");
  }

  /**
   * Sets when the job was created.
   *
   * @param createTimeMs Unix milliseconds
   * @return this builder
   */
  public BenchmarkJobBuilder createTimeMs(long createTimeMs) {
    this.createTimeMs = createTimeMs;
    return this;
  }

  /**
   * Makes the job one of a benchmark.
   *
   * @param benchmarkId the benchmark ({@code bmd_…})
   * @return this builder
   */
  public BenchmarkJobBuilder benchmark(String benchmarkId) {
    return source(new BenchmarkJobSource(benchmarkId, null));
  }

  /**
   * Makes the job one of some scenarios, which are its spec's scenarios too unless set.
   *
   * @param scenarioIds the scenarios ({@code scn_…})
   * @return this builder
   */
  public BenchmarkJobBuilder scenarios(String... scenarioIds) {
    return source(new ScenariosJobSource(List.of(scenarioIds)));
  }

  /**
   * Makes the job one of a Harbor configuration.
   *
   * @param inlineYaml the configuration
   * @return this builder
   */
  public BenchmarkJobBuilder harbor(String inlineYaml) {
    return source(new HarborJobSource(inlineYaml));
  }

  /**
   * Sets what the job was made from, any kind of source.
   *
   * @param source the source, or {@code null} for none
   * @return this builder
   */
  public BenchmarkJobBuilder source(JobSource source) {
    this.source = source;
    return this;
  }

  /**
   * Sets the spec's scenarios, the ones each agent runs.
   *
   * @param scenarioIds the scenarios ({@code scn_…})
   * @return this builder
   */
  public BenchmarkJobBuilder scenarioIds(String... scenarioIds) {
    this.scenarioIds = List.of(scenarioIds);
    return this;
  }

  /**
   * Adds agent configurations to the spec, e.g. agents that have no run yet.
   *
   * @param added the configurations
   * @return this builder
   */
  public BenchmarkJobBuilder agentConfigs(AgentConfig... added) {
    agentConfigs.addAll(List.of(added));
    return this;
  }

  /**
   * Sets the spec's orchestrator configuration.
   *
   * @param orchestratorConfig the configuration, or {@code null} for none
   * @return this builder
   */
  public BenchmarkJobBuilder orchestrator(OrchestratorConfig orchestratorConfig) {
    this.orchestratorConfig = orchestratorConfig;
    return this;
  }

  /**
   * Adds a finished agent: the job's outcome of its run.
   *
   * @param outcome the agent's outcome
   * @return this builder
   */
  public BenchmarkJobBuilder agent(JobAgentOutcomeView outcome) {
    outcomes.add(Objects.requireNonNull(outcome, "outcome"));
    specNames(JobAgentConfig.named(outcome.agentName()).withModelName(outcome.modelName()));
    return this;
  }

  /**
   * Adds a finished agent from its builder.
   *
   * @param outcome the agent's outcome, e.g. from {@link Models#agentOutcome(String,
   *     dev.benchgate.core.outcome.BenchmarkOutcome)}
   * @return this builder
   */
  public BenchmarkJobBuilder agent(JobAgentOutcomeBuilder outcome) {
    return agent(outcome.build());
  }

  /**
   * Adds an agent whose run is in progress ({@code running}).
   *
   * @param agentName the agent's name
   * @param benchmarkRunId its run ({@code bmr_…})
   * @return this builder
   */
  public BenchmarkJobBuilder running(String agentName, String benchmarkRunId) {
    JobAgentConfig config = JobAgentConfig.named(agentName);
    return inProgress(
        new InProgressRunView(benchmarkRunId, Models.START_TIME_MS, "running", config, null));
  }

  /**
   * Adds a run in progress, as the API lists it.
   *
   * @param run the run
   * @return this builder
   */
  public BenchmarkJobBuilder inProgress(InProgressRunView run) {
    inProgress.add(Objects.requireNonNull(run, "run"));
    run.jobAgentConfig().ifPresent(this::specNames);
    return this;
  }

  private void specNames(JobAgentConfig config) {
    boolean named =
        agentConfigs.stream()
            .anyMatch(
                known ->
                    known instanceof JobAgentConfig agent
                        && agent.name().equals(config.name())
                        && Objects.equals(agent.modelName(), config.modelName()));
    if (!named) {
      agentConfigs.add(config);
    }
  }

  /**
   * Builds the job.
   *
   * @return the job
   */
  public BenchmarkJobView build() {
    return new BenchmarkJobView(
        id,
        name,
        state,
        createTimeMs,
        failureReason,
        source,
        new JobSpec(agentConfigs, specScenarioIds(), orchestratorConfig),
        outcomes,
        inProgress);
  }

  private List<String> specScenarioIds() {
    if (scenarioIds != null) {
      return scenarioIds;
    }
    if (source instanceof ScenariosJobSource scenarios) {
      return scenarios.scenarioIds();
    }
    Set<String> reported = new LinkedHashSet<>();
    for (JobAgentOutcomeView outcome : outcomes) {
      outcome.scenarioOutcomes().stream()
          .map(JobScenarioOutcomeView::scenarioDefinitionId)
          .forEach(reported::add);
    }
    return List.copyOf(reported);
  }
}
