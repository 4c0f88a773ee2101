package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run of an agent over a benchmark's scenarios ({@code BenchmarkRunView}). Both API generations
 * parse into this record: the legacy one also fills {@link #legacyPendingScenarios()} and {@link
 * #legacyScenarioRuns()}, which the current API leaves empty.
 *
 * <pre>{@code
 * BenchmarkRunView run = client.benchmarkRun("bmr_123");
 * if (run.state() == BenchmarkRunState.COMPLETED) {
 *   System.out.println(run.displayName() + " scored " + run.score());
 * }
 * }</pre>
 *
 * @param id the run's id ({@code bmr_…})
 * @param benchmarkId the benchmark's id ({@code bmd_…}); {@code null} for runs made by a benchmark
 *     job
 * @param name the run's name, may be {@code null}
 * @param metadata user-defined metadata, never {@code null}
 * @param startTimeMs when the run started, in Unix milliseconds
 * @param durationMs how long the run took, in milliseconds; {@code null} while running
 * @param stateValue the state as the API spelled it; see {@link #state()}
 * @param score the mean score of the finished scenario runs; {@code null} until the run completes
 * @param purpose why the run was made, may be {@code null}
 * @param environmentVariables environment variables of the run; values never print
 * @param secretsProvided secrets given to the run; values never print
 * @param legacyPendingScenarios legacy API only: scenarios not yet finished
 * @param legacyScenarioRuns legacy API only: the finished scenario runs, embedded
 */
public record BenchmarkRunView(
    String id,
    @Json(name = "benchmark_id") String benchmarkId,
    String name,
    Map<String, String> metadata,
    @Json(name = "start_time_ms") long startTimeMs,
    @Json(name = "duration_ms") Long durationMs,
    @Json(name = "state") String stateValue,
    Double score,
    String purpose,
    @Json(name = "environment_variables") Map<String, String> environmentVariables,
    @Json(name = "secrets_provided") Map<String, String> secretsProvided,
    @Json(name = "pending_scenarios") List<String> legacyPendingScenarios,
    @Json(name = "scenario_runs") List<LegacyScenarioRun> legacyScenarioRuns) {

  /**
   * Normalises absent collections to empty ones and keeps secret values out of {@code toString}.
   */
  public BenchmarkRunView {
    metadata = ApiValues.map(metadata);
    environmentVariables = SensitiveValues.of(environmentVariables);
    secretsProvided = SensitiveValues.of(secretsProvided);
    legacyPendingScenarios = ApiValues.list(legacyPendingScenarios);
    legacyScenarioRuns = ApiValues.list(legacyScenarioRuns);
  }

  /**
   * Returns the run's state.
   *
   * @return the state, {@link BenchmarkRunState#UNRECOGNIZED} for a value this version does not
   *     know
   */
  public BenchmarkRunState state() {
    return BenchmarkRunState.fromApiValue(stateValue);
  }

  /**
   * Returns how long the run took.
   *
   * @return the duration, or empty while the API reports none
   */
  public Optional<Duration> duration() {
    return Optional.ofNullable(durationMs).map(Duration::ofMillis);
  }

  /**
   * Returns a name for messages: the run's name with its id, or the id alone.
   *
   * @return e.g. {@code "nightly-42 (bmr_123)"} or {@code "bmr_123"}
   */
  public String displayName() {
    return name == null || name.isBlank() ? id : name + " (" + id + ")";
  }
}
