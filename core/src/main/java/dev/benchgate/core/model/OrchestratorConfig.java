package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * How a benchmark job's orchestrator runs the scenarios ({@code orchestrator_config}). Every field
 * is optional; an absent one takes the server's default.
 *
 * <p>The API documents {@code n_attempts} as "number of retry attempts on failure (default: 0)",
 * while rl-cli's flag calls it "attempts per scenario" and sends 1 (JOBS.md, pitfall 9): say what
 * you mean by setting it explicitly.
 *
 * <pre>{@code
 * OrchestratorConfig orchestrator = OrchestratorConfig.DEFAULTS.withConcurrentTrials(10).withAttempts(1);
 * }</pre>
 *
 * @param nAttempts attempts on failure (see above), may be {@code null}
 * @param nConcurrentTrials how many scenarios run at once (server default 1), may be {@code null}
 * @param quiet less output (server default {@code false}), may be {@code null}
 * @param timeoutMultiplier what each retry multiplies the timeout by (server default 1.0), may be
 *     {@code null}
 */
public record OrchestratorConfig(
    @Json(name = "n_attempts") Integer nAttempts,
    @Json(name = "n_concurrent_trials") Integer nConcurrentTrials,
    Boolean quiet,
    @Json(name = "timeout_multiplier") Double timeoutMultiplier) {

  /** Nothing set: the server's defaults. */
  public static final OrchestratorConfig DEFAULTS = new OrchestratorConfig(null, null, null, null);

  /**
   * Returns this configuration with a number of attempts.
   *
   * @param attempts the API's {@code n_attempts}, at least 0
   * @return a new configuration
   */
  public OrchestratorConfig withAttempts(int attempts) {
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be at least 0 but was " + attempts);
    }
    return new OrchestratorConfig(attempts, nConcurrentTrials, quiet, timeoutMultiplier);
  }

  /**
   * Returns this configuration with a number of scenarios run at once.
   *
   * @param concurrentTrials the API's {@code n_concurrent_trials}, at least 1
   * @return a new configuration
   */
  public OrchestratorConfig withConcurrentTrials(int concurrentTrials) {
    if (concurrentTrials < 1) {
      throw new IllegalArgumentException(
          "concurrentTrials must be at least 1 but was " + concurrentTrials);
    }
    return new OrchestratorConfig(nAttempts, concurrentTrials, quiet, timeoutMultiplier);
  }

  /**
   * Returns this configuration with less or more output.
   *
   * @param quiet the API's {@code quiet}
   * @return a new configuration
   */
  public OrchestratorConfig withQuiet(boolean quiet) {
    return new OrchestratorConfig(nAttempts, nConcurrentTrials, quiet, timeoutMultiplier);
  }

  /**
   * Returns this configuration with a timeout multiplier for retries.
   *
   * @param timeoutMultiplier the API's {@code timeout_multiplier}, positive
   * @return a new configuration
   */
  public OrchestratorConfig withTimeoutMultiplier(double timeoutMultiplier) {
    if (!(timeoutMultiplier > 0)) {
      throw new IllegalArgumentException(
          "timeoutMultiplier must be positive but was " + timeoutMultiplier);
    }
    return new OrchestratorConfig(nAttempts, nConcurrentTrials, quiet, timeoutMultiplier);
  }
}
