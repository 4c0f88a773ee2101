package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;

/**
 * A benchmark definition ({@code BenchmarkView}): a named set of scenarios.
 *
 * <pre>{@code
 * BenchmarkView benchmark = client.benchmark("bmd_123");
 * System.out.println(benchmark.name() + ": " + benchmark.scenarioIds().size() + " scenarios");
 * }</pre>
 *
 * @param id the benchmark's id ({@code bmd_…})
 * @param name its name
 * @param metadata user-defined metadata, never {@code null}
 * @param scenarioIds the ids of its scenarios; the API's one camelCase key, {@code scenarioIds}
 * @param statusValue the status as the API spelled it; see {@link #status()}
 * @param attribution who made it, may be {@code null}
 * @param description what it measures, may be {@code null}
 * @param isPublic whether it is public, may be {@code null}
 * @param requiredEnvironmentVariables environment variables it needs, never {@code null}
 * @param requiredSecretNames secrets it needs, never {@code null}
 */
public record BenchmarkView(
    String id,
    String name,
    Map<String, String> metadata,
    @Json(name = "scenarioIds") List<String> scenarioIds,
    @Json(name = "status") String statusValue,
    String attribution,
    String description,
    @Json(name = "is_public") Boolean isPublic,
    @Json(name = "required_environment_variables") List<String> requiredEnvironmentVariables,
    @Json(name = "required_secret_names") List<String> requiredSecretNames) {

  /** Normalises absent collections to empty ones. */
  public BenchmarkView {
    metadata = ApiValues.map(metadata);
    scenarioIds = ApiValues.list(scenarioIds);
    requiredEnvironmentVariables = ApiValues.list(requiredEnvironmentVariables);
    requiredSecretNames = ApiValues.list(requiredSecretNames);
  }

  /**
   * Returns the benchmark's status.
   *
   * @return the status, {@link ScenarioStatus#UNRECOGNIZED} when absent or unknown
   */
  public ScenarioStatus status() {
    return ScenarioStatus.fromApiValue(statusValue);
  }
}
