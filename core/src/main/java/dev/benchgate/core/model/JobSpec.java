package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * What a benchmark job runs ({@code job_spec}): the agent configurations and the scenarios each of
 * them runs. Whatever the job was made from, {@link #scenarioIds()} is the resolved list, so its
 * size is the number of scenarios to expect per agent (as rl-cli reads it).
 *
 * <pre>{@code
 * JobSpec spec = job.jobSpec();
 * System.out.println(spec.agentConfigs().size() + " agents x " + spec.scenarioIds().size() + " scenarios");
 * }</pre>
 *
 * @param agentConfigs the agent configurations, never {@code null}
 * @param scenarioIds the scenarios ({@code scn_…}), never {@code null}
 * @param orchestratorConfig how the orchestrator runs them, may be {@code null}
 */
public record JobSpec(
    @Json(name = "agent_configs") List<AgentConfig> agentConfigs,
    @Json(name = "scenario_ids") List<String> scenarioIds,
    @Json(name = "orchestrator_config") OrchestratorConfig orchestratorConfig) {

  /** Normalises absent lists to empty ones. */
  public JobSpec {
    agentConfigs = ApiValues.list(agentConfigs);
    scenarioIds = ApiValues.list(scenarioIds);
  }

  /**
   * Returns the agent configurations of kind {@code job_agent}, the ones with a name.
   *
   * @return those configurations, in the job's order
   */
  public List<JobAgentConfig> jobAgentConfigs() {
    return agentConfigs.stream()
        .filter(JobAgentConfig.class::isInstance)
        .map(JobAgentConfig.class::cast)
        .toList();
  }
}
