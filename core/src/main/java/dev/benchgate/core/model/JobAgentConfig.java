package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * An agent configuration of a benchmark job ({@code JobAgentConfig}, {@code "type": "job_agent"}):
 * which agent runs, with which model, for how long and in which environment. The same record is
 * read from a job ({@code job_spec.agent_configs}, {@code in_progress_runs[].agent_config}) and
 * written when starting one ({@code RunloopClient.startBenchmarkJob}), so it has {@code with…}
 * methods to build one.
 *
 * <pre>{@code
 * JobAgentConfig claude = JobAgentConfig.named("claude-code")
 *     .withModelName("claude-sonnet-4")
 *     .withTimeout(Duration.ofHours(2))
 *     .withSecret("ANTHROPIC_API_KEY", "BMJ_ANTHROPIC_API_KEY");
 * }</pre>
 *
 * @param name the agent's name, e.g. {@code claude-code}; with {@code agentId} absent the agent is
 *     found by this name
 * @param agentId the agent's id, may be {@code null}
 * @param modelName the model to use instead of the agent's own (wire key {@code model_name}; the
 *     Python SDK calls it {@code api_model_name}), may be {@code null}
 * @param timeoutSeconds how long the agent may take per scenario, in seconds, may be {@code null}
 * @param kwargs further arguments for the agent, never {@code null}
 * @param agentEnvironment environment variables and secrets, may be {@code null}
 */
public record JobAgentConfig(
    String name,
    @Json(name = "agent_id") String agentId,
    @Json(name = "model_name") String modelName,
    @Json(name = "timeout_seconds") Double timeoutSeconds,
    Map<String, String> kwargs,
    @Json(name = "agent_environment") AgentEnvironment agentEnvironment)
    implements AgentConfig {

  /** The API's name of this kind of agent configuration. */
  public static final String TYPE = "job_agent";

  /** Normalises absent arguments to an empty map. */
  public JobAgentConfig {
    kwargs = ApiValues.map(kwargs);
  }

  /**
   * Starts a configuration of the agent with this name, with nothing else set: the server's
   * defaults apply.
   *
   * <pre>{@code
   * JobAgentConfig codex = JobAgentConfig.named("codex").withModelName("gpt-5");
   * }</pre>
   *
   * @param name the agent's name, e.g. {@code codex}
   * @return the configuration
   */
  public static JobAgentConfig named(String name) {
    return new JobAgentConfig(Objects.requireNonNull(name, "name"), null, null, null, null, null);
  }

  @Override
  public String type() {
    return TYPE;
  }

  /**
   * Returns this configuration for the agent with an id.
   *
   * <pre>{@code
   * JobAgentConfig goose = JobAgentConfig.named("goose").withAgentId("agt_5Gh1");
   * }</pre>
   *
   * @param agentId the agent's id ({@code agt_…}), or {@code null} to find it by name
   * @return a new configuration
   */
  public JobAgentConfig withAgentId(String agentId) {
    return new JobAgentConfig(name, agentId, modelName, timeoutSeconds, kwargs, agentEnvironment);
  }

  /**
   * Returns this configuration with another model.
   *
   * <pre>{@code
   * JobAgentConfig codex = JobAgentConfig.named("codex").withModelName("gpt-5");
   * }</pre>
   *
   * @param modelName the model, or {@code null} for the agent's own
   * @return a new configuration
   */
  public JobAgentConfig withModelName(String modelName) {
    return new JobAgentConfig(name, agentId, modelName, timeoutSeconds, kwargs, agentEnvironment);
  }

  /**
   * Returns this configuration with a time limit per scenario (rl-cli's default is two hours).
   *
   * <pre>{@code
   * JobAgentConfig codex = JobAgentConfig.named("codex").withTimeout(Duration.ofHours(2));
   * }</pre>
   *
   * @param timeout a positive duration, sent in seconds
   * @return a new configuration
   */
  public JobAgentConfig withTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("The timeout must be positive but was " + timeout);
    }
    return new JobAgentConfig(
        name, agentId, modelName, timeout.toMillis() / 1000.0, kwargs, agentEnvironment);
  }

  /**
   * Returns this configuration with one more argument for the agent.
   *
   * <pre>{@code
   * JobAgentConfig codex = JobAgentConfig.named("codex").withKwarg("reasoning_effort", "high");
   * }</pre>
   *
   * @param key the argument's name
   * @param value its value
   * @return a new configuration
   */
  public JobAgentConfig withKwarg(String key, String value) {
    return new JobAgentConfig(
        name,
        agentId,
        modelName,
        timeoutSeconds,
        ApiValues.with(kwargs, key, value),
        agentEnvironment);
  }

  /**
   * Returns this configuration with one more environment variable for the agent.
   *
   * <pre>{@code
   * JobAgentConfig codex = JobAgentConfig.named("codex").withEnvironmentVariable("LOG_LEVEL", "debug");
   * }</pre>
   *
   * @param variable the variable's name
   * @param value its value; it never prints
   * @return a new configuration
   */
  public JobAgentConfig withEnvironmentVariable(String variable, String value) {
    return withAgentEnvironment(environment().withEnvironmentVariable(variable, value));
  }

  /**
   * Returns this configuration with one more secret for the agent: the environment variable the
   * agent reads, filled from a Runloop secret.
   *
   * <pre>{@code
   * JobAgentConfig claude = JobAgentConfig.named("claude-code")
   *     .withSecret("ANTHROPIC_API_KEY", "BMJ_ANTHROPIC_API_KEY");
   * }</pre>
   *
   * @param variable the environment variable
   * @param secret the secret's name or id
   * @return a new configuration
   */
  public JobAgentConfig withSecret(String variable, String secret) {
    return withAgentEnvironment(environment().withSecret(variable, secret));
  }

  /**
   * Returns this configuration with another environment.
   *
   * @param agentEnvironment the environment, or {@code null} for none
   * @return a new configuration
   */
  public JobAgentConfig withAgentEnvironment(AgentEnvironment agentEnvironment) {
    return new JobAgentConfig(name, agentId, modelName, timeoutSeconds, kwargs, agentEnvironment);
  }

  /**
   * Returns a name for messages, as rl-cli's results table shows it.
   *
   * @return e.g. {@code "claude-code (claude-sonnet-4)"}, or the name alone without model
   */
  public String displayName() {
    return modelName == null || modelName.isBlank() ? name : name + " (" + modelName + ")";
  }

  private AgentEnvironment environment() {
    return agentEnvironment == null ? AgentEnvironment.NONE : agentEnvironment;
  }
}
