package dev.benchgate.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a benchmark run is launched ({@code RunProfile}, when starting a run). Unlike the rest of the
 * API its keys are camelCase, as the components are named; {@code launchParameters} keeps its
 * snake_case keys inside (JOBS.md, pitfall 11).
 *
 * <pre>{@code
 * RunProfile profile = RunProfile.NONE
 *     .withEnvironmentVariable("LOG_LEVEL", "debug")
 *     .withSecret("OPENAI_API_KEY", "openai-key")
 *     .withPurpose("ci");
 * }</pre>
 *
 * @param envVars environment variables of the run, never {@code null}; values never print
 * @param launchParameters the devbox launch parameters as JSON, passed on as given, never {@code
 *     null}
 * @param mounts what to mount into the devboxes, as JSON, passed on as given, never {@code null}
 * @param purpose why the run is made, may be {@code null}
 * @param secrets environment variable to the secret that fills it, never {@code null}
 */
public record RunProfile(
    Map<String, String> envVars,
    Map<String, Object> launchParameters,
    List<Object> mounts,
    String purpose,
    Map<String, String> secrets) {

  /** Nothing set. */
  public static final RunProfile NONE = new RunProfile(null, null, null, null, null);

  /** Normalises absent collections to empty ones; environment values never print. */
  public RunProfile {
    envVars = SensitiveValues.of(envVars);
    launchParameters =
        launchParameters == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(launchParameters));
    mounts = ApiValues.list(mounts);
    secrets = ApiValues.map(secrets);
  }

  /**
   * Returns this profile with one more environment variable.
   *
   * @param name the variable's name
   * @param value its value
   * @return a new profile
   */
  public RunProfile withEnvironmentVariable(String name, String value) {
    return new RunProfile(
        ApiValues.with(envVars, name, value), launchParameters, mounts, purpose, secrets);
  }

  /**
   * Returns this profile with one more secret.
   *
   * @param variable the environment variable the secret fills
   * @param secretName the secret's name
   * @return a new profile
   */
  public RunProfile withSecret(String variable, String secretName) {
    return new RunProfile(
        envVars, launchParameters, mounts, purpose, ApiValues.with(secrets, variable, secretName));
  }

  /**
   * Returns this profile with a purpose.
   *
   * @param purpose why the run is made, or {@code null} for none
   * @return a new profile
   */
  public RunProfile withPurpose(String purpose) {
    return new RunProfile(envVars, launchParameters, mounts, purpose, secrets);
  }

  /**
   * Returns this profile with launch parameters.
   *
   * @param launchParameters the API's {@code LaunchParameters}, with their snake_case keys
   * @return a new profile
   */
  public RunProfile withLaunchParameters(Map<String, Object> launchParameters) {
    return new RunProfile(envVars, launchParameters, mounts, purpose, secrets);
  }

  /**
   * Returns this profile with mounts.
   *
   * @param mounts the API's mounts, as JSON
   * @return a new profile
   */
  public RunProfile withMounts(List<Object> mounts) {
    return new RunProfile(envVars, launchParameters, mounts, purpose, secrets);
  }
}
