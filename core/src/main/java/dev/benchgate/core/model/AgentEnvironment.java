package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * The environment an agent of a benchmark job runs with ({@code agent_environment}). Both maps
 * print their keys only: environment variables often carry credentials, and although the API
 * documents secret values as secret IDs, rl-cli sends secret names, which are nobody's business in
 * a log either.
 *
 * <pre>{@code
 * AgentEnvironment environment = AgentEnvironment.NONE
 *     .withEnvironmentVariable("LOG_LEVEL", "debug")
 *     .withSecret("ANTHROPIC_API_KEY", "BMJ_ANTHROPIC_API_KEY");
 * }</pre>
 *
 * @param environmentVariables variable name to value, never {@code null}
 * @param secrets variable name to the secret that fills it, never {@code null}
 */
public record AgentEnvironment(
    @Json(name = "environment_variables") Map<String, String> environmentVariables,
    Map<String, String> secrets) {

  /** An environment without variables or secrets. */
  public static final AgentEnvironment NONE = new AgentEnvironment(Map.of(), Map.of());

  /** Normalises absent maps to empty ones, and keeps the values out of {@code toString}. */
  public AgentEnvironment {
    environmentVariables = SensitiveValues.of(environmentVariables);
    secrets = SensitiveValues.of(secrets);
  }

  /**
   * Returns this environment with one more variable.
   *
   * <pre>{@code
   * AgentEnvironment environment = AgentEnvironment.NONE.withEnvironmentVariable("LOG_LEVEL", "debug");
   * }</pre>
   *
   * @param name the variable's name
   * @param value its value
   * @return a new environment
   */
  public AgentEnvironment withEnvironmentVariable(String name, String value) {
    return new AgentEnvironment(ApiValues.with(environmentVariables, name, value), secrets);
  }

  /**
   * Returns this environment with one more secret.
   *
   * <pre>{@code
   * AgentEnvironment environment = AgentEnvironment.NONE.withSecret("ANTHROPIC_API_KEY", "BMJ_ANTHROPIC_API_KEY");
   * }</pre>
   *
   * @param variable the environment variable the secret fills
   * @param secret the secret's name or id
   * @return a new environment
   */
  public AgentEnvironment withSecret(String variable, String secret) {
    return new AgentEnvironment(environmentVariables, ApiValues.with(secrets, variable, secret));
  }

  /**
   * Tells whether there is nothing in this environment.
   *
   * @return {@code true} without variables and secrets
   */
  public boolean isEmpty() {
    return environmentVariables.isEmpty() && secrets.isEmpty();
  }
}
