package dev.benchgate.core.outcome;

import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.InProgressRunView;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.JobAgentOutcomeView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A benchmark job joined with the outcome of each agent's benchmark run: what a gate over several
 * agents judges. Each agent's {@link BenchmarkOutcome} holds its run, scenario runs, the job's
 * scenario definitions and benchmark, and what the job reported about each scenario; a scenario
 * that failed in setup, before a scenario run existed, is a synthesized scenario run of that agent,
 * so that every gate over the agent counts it (see {@link
 * BenchmarkOutcome#withJobScenarioOutcomes}). Immutable and safe to share between threads.
 *
 * <p>Agents are listed by name. Only agents with a benchmark run are here; those the job's spec
 * names that have none yet are {@link #agentsWithoutRun()}.
 *
 * <pre>{@code
 * BenchmarkJobOutcome job = client.jobOutcome("bmj_3kQ8vLx2");
 * BenchmarkOutcome candidate = job.agent("codex");
 * BenchmarkOutcome baseline = job.agent("claude-code");
 * }</pre>
 *
 * <p>Everything is derived from the job and the runs' outcomes: {@code of(job(), agents' outcomes)}
 * gives back an equal job outcome, so a snapshot needs to hold only those.
 */
public final class BenchmarkJobOutcome {
  private final BenchmarkJobView job;
  private final List<JobAgent> agents;
  private final Map<String, JobAgent> agentsByName;
  private final List<JobAgentConfig> agentsWithoutRun;

  private BenchmarkJobOutcome(
      BenchmarkJobView job, List<JobAgent> agents, List<JobAgentConfig> agentsWithoutRun) {
    this.job = job;
    this.agents = agents;
    this.agentsByName =
        agents.stream()
            .collect(
                Collectors.toMap(
                    JobAgent::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    this.agentsWithoutRun = agentsWithoutRun;
  }

  /**
   * Joins a job with the outcomes of its benchmark runs: one for each run the job reports an
   * outcome for and each run it lists in progress (a run listed both ways counts as finished, see
   * {@link BenchmarkJobView#unfinishedRuns()}). Each finished agent's outcome is joined with the
   * job's scenario outcomes of its run ({@link BenchmarkOutcome#withJobScenarioOutcomes}).
   *
   * <pre>{@code
   * BenchmarkJobOutcome job = BenchmarkJobOutcome.of(jobView, List.of(claudeOutcome, codexOutcome));
   * }</pre>
   *
   * @param job the job
   * @param runOutcomes the outcome of each of its benchmark runs, in any order
   * @return the joined job
   * @throws IllegalArgumentException when a run of the job has no outcome among them, or one of
   *     them is not a run of the job
   */
  public static BenchmarkJobOutcome of(
      BenchmarkJobView job, Collection<BenchmarkOutcome> runOutcomes) {
    Objects.requireNonNull(job, "job");
    Map<String, BenchmarkOutcome> byRunId = new HashMap<>();
    for (BenchmarkOutcome outcome : runOutcomes) {
      byRunId.put(outcome.runId(), outcome);
    }
    List<Member> members = new ArrayList<>();
    Set<String> runIds = new HashSet<>();
    for (JobAgentOutcomeView reported : job.benchmarkOutcomes()) {
      if (runIds.add(reported.benchmarkRunId())) {
        BenchmarkOutcome outcome = outcomeOf(job, reported.benchmarkRunId(), byRunId);
        members.add(
            new Member(
                reported.agentName(),
                reported.modelName(),
                outcome.withJobScenarioOutcomes(reported.scenarioOutcomes()),
                reported,
                null));
      }
    }
    for (InProgressRunView running : job.unfinishedRuns()) {
      runIds.add(running.benchmarkRunId());
      BenchmarkOutcome outcome = outcomeOf(job, running.benchmarkRunId(), byRunId);
      Optional<JobAgentConfig> config = running.jobAgentConfig();
      members.add(
          new Member(
              config.map(JobAgentConfig::name).orElse(null),
              config.map(JobAgentConfig::modelName).orElse(null),
              outcome.withJobScenarioOutcomes(List.of()),
              null,
              running));
    }
    Set<String> strangers = new HashSet<>(byRunId.keySet());
    strangers.removeAll(runIds);
    if (!strangers.isEmpty()) {
      throw new IllegalArgumentException(
          "Benchmark job "
              + job.displayName()
              + " has no benchmark run "
              + String.join(", ", strangers.stream().sorted().toList())
              + ": it has "
              + (runIds.isEmpty() ? "none" : String.join(", ", runIds.stream().sorted().toList())));
    }
    List<JobAgent> agents = Member.named(members);
    return new BenchmarkJobOutcome(job, agents, withoutRun(job, agents));
  }

  private static BenchmarkOutcome outcomeOf(
      BenchmarkJobView job, String runId, Map<String, BenchmarkOutcome> byRunId) {
    BenchmarkOutcome outcome = byRunId.get(runId);
    if (outcome == null) {
      throw new IllegalArgumentException(
          "No outcome given for benchmark run " + runId + " of benchmark job " + job.displayName());
    }
    return outcome;
  }

  /** An agent before it has its name: one agent's run, as the job describes it. */
  private record Member(
      String agentName,
      String modelName,
      BenchmarkOutcome outcome,
      JobAgentOutcomeView reported,
      InProgressRunView inProgressRun) {

    /**
     * Names each agent uniquely: by its name, else by {@code name:model}, else by {@code name:run};
     * an agent without a name by its run. Sorted by that name.
     */
    static List<JobAgent> named(List<Member> members) {
      Map<String, Long> names =
          members.stream().collect(Collectors.groupingBy(Member::baseName, Collectors.counting()));
      Map<String, Long> withModels =
          members.stream().collect(Collectors.groupingBy(Member::withModel, Collectors.counting()));
      List<JobAgent> agents = new ArrayList<>();
      for (Member member : members) {
        String name =
            names.get(member.baseName()) == 1
                ? member.baseName()
                : member.modelName != null && withModels.get(member.withModel()) == 1
                    ? member.withModel()
                    : member.baseName() + ":" + member.outcome.runId();
        agents.add(
            new JobAgent(
                name,
                member.agentName,
                member.modelName,
                member.outcome,
                member.reported,
                member.inProgressRun));
      }
      agents.sort(Comparator.comparing(JobAgent::name));
      return List.copyOf(agents);
    }

    private String baseName() {
      return agentName == null || agentName.isBlank() ? outcome.runId() : agentName;
    }

    private String withModel() {
      return baseName() + ":" + modelName;
    }
  }

  /**
   * The spec's named agents that no run stands for: each run accounts for one configuration of its
   * agent's name (and model, when both say one).
   */
  private static List<JobAgentConfig> withoutRun(BenchmarkJobView job, List<JobAgent> agents) {
    List<JobAgent> unmatched = new ArrayList<>(agents);
    List<JobAgentConfig> without = new ArrayList<>();
    for (JobAgentConfig config :
        job.jobSpec() == null ? List.<JobAgentConfig>of() : job.jobSpec().jobAgentConfigs()) {
      Optional<JobAgent> match =
          unmatched.stream()
              .filter(agent -> Objects.equals(agent.agentName(), config.name()))
              .filter(
                  agent ->
                      agent.modelName() == null
                          || config.modelName() == null
                          || agent.modelName().equals(config.modelName()))
              .findFirst();
      match.ifPresentOrElse(unmatched::remove, () -> without.add(config));
    }
    return List.copyOf(without);
  }

  /**
   * Returns the job.
   *
   * @return the job as it was read
   */
  public BenchmarkJobView job() {
    return job;
  }

  /**
   * Returns the job's id, for messages.
   *
   * @return e.g. {@code bmj_3kQ8vLx2}
   */
  public String jobId() {
    return job.id();
  }

  /**
   * Returns the agents that have a benchmark run, finished or not.
   *
   * @return the agents, sorted by name, unmodifiable
   */
  public List<JobAgent> agents() {
    return agents;
  }

  /**
   * Returns the names {@link #agent(String)} knows.
   *
   * @return the agents' names, sorted
   */
  public List<String> agentNames() {
    return agents.stream().map(JobAgent::name).toList();
  }

  /**
   * Returns the outcome of one agent's benchmark run, to judge it with the gates of a run.
   *
   * <pre>{@code
   * assertThat(job.agent("codex")).hasNoScenarioRunsIn(ScenarioRunState.FAILED);
   * }</pre>
   *
   * @param name the agent's name as {@link #agentNames()} lists it: its configuration's name, or
   *     {@code name:model} when several agents share the name
   * @return its outcome
   * @throws NoSuchElementException when no agent has that name, naming the agents there are; or
   *     when the agent has no benchmark run yet, saying what state the job is in
   */
  public BenchmarkOutcome agent(String name) {
    return jobAgent(name).outcome();
  }

  /**
   * Returns one agent with its model, run and what the job reported about it.
   *
   * <pre>{@code
   * JobAgent codex = job.jobAgent("codex");
   * System.out.println(codex.displayName() + " ran " + codex.benchmarkRunId());
   * }</pre>
   *
   * @param name the agent's name, as for {@link #agent(String)}
   * @return the agent
   * @throws NoSuchElementException as {@link #agent(String)}
   */
  public JobAgent jobAgent(String name) {
    Objects.requireNonNull(name, "name");
    JobAgent agent = agentsByName.get(name);
    if (agent != null) {
      return agent;
    }
    throw new NoSuchElementException(whyNoAgent(name));
  }

  private String whyNoAgent(String name) {
    String subject = "Benchmark job " + job.displayName();
    List<String> sharing =
        agents.stream()
            .filter(agent -> name.equals(agent.agentName()))
            .map(JobAgent::name)
            .toList();
    if (!sharing.isEmpty()) {
      return subject
          + " has "
          + sharing.size()
          + " agents named "
          + name
          + ": ask for one of "
          + String.join(", ", sharing);
    }
    if (agentsWithoutRun.stream().anyMatch(config -> name.equals(config.name()))) {
      return subject
          + " has no benchmark run of agent "
          + name
          + " (yet): the job is "
          + job.stateValue()
          + (job.failureReason() == null ? "" : " (" + job.failureReason() + ")");
    }
    return subject
        + " has no agent named "
        + name
        + "; its agents are "
        + (agents.isEmpty() ? "none with a benchmark run" : String.join(", ", agentNames()))
        + (agentsWithoutRun.isEmpty()
            ? ""
            : ", and without a benchmark run yet "
                + String.join(", ", agentsWithoutRun.stream().map(JobAgentConfig::name).toList()));
  }

  /**
   * Returns the agent configurations of the job's spec that have no benchmark run (yet): a queued
   * job's, or those a failed job never started.
   *
   * @return the configurations, in the spec's order
   */
  public List<JobAgentConfig> agentsWithoutRun() {
    return agentsWithoutRun;
  }

  /**
   * Returns the outcome of every agent with a benchmark run.
   *
   * @return each agent's name with its outcome, sorted by name, unmodifiable
   */
  public Map<String, BenchmarkOutcome> agentOutcomes() {
    Map<String, BenchmarkOutcome> outcomes = new LinkedHashMap<>();
    agents.forEach(agent -> outcomes.put(agent.name(), agent.outcome()));
    return Collections.unmodifiableMap(outcomes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BenchmarkJobOutcome that
        && job.equals(that.job)
        && agents.equals(that.agents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(job, agents);
  }

  @Override
  public String toString() {
    return "BenchmarkJobOutcome{job="
        + job.displayName()
        + ", state="
        + job.stateValue()
        + ", agents="
        + agentNames()
        + (agentsWithoutRun.isEmpty() ? "" : ", withoutRun=" + agentsWithoutRun.size())
        + '}';
  }
}
