package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;

/**
 * A scenario definition ({@code ScenarioView}): the task, where it runs and how it is scored.
 *
 * <pre>{@code
 * ScenarioView scenario = client.scenario("scn_123");
 * scenario.scoringContract().scoringFunction("unit-tests").ifPresent(f -> System.out.println(f.weight()));
 * }</pre>
 *
 * @param id the scenario's id ({@code scn_…})
 * @param name its name
 * @param metadata user-defined metadata, never {@code null}
 * @param inputContext what the agent is given
 * @param scoringContract how it is scored
 * @param statusValue the status as the API spelled it; see {@link #status()}
 * @param environment where it runs, may be {@code null}
 * @param referenceOutput a reference solution, may be {@code null}
 * @param requiredEnvironmentVariables environment variables it needs, never {@code null}
 * @param requiredSecretNames secrets it needs, never {@code null}
 * @param isPublic whether it is public, may be {@code null}
 * @param scorerTimeoutSec how long scoring may take, may be {@code null}
 * @param validationTypeValue the validation type as the API spelled it; see {@link
 *     #validationType()}
 */
public record ScenarioView(
    String id,
    String name,
    Map<String, String> metadata,
    @Json(name = "input_context") InputContext inputContext,
    @Json(name = "scoring_contract") ScoringContract scoringContract,
    @Json(name = "status") String statusValue,
    ScenarioEnvironment environment,
    @Json(name = "reference_output") String referenceOutput,
    @Json(name = "required_environment_variables") List<String> requiredEnvironmentVariables,
    @Json(name = "required_secret_names") List<String> requiredSecretNames,
    @Json(name = "is_public") Boolean isPublic,
    @Json(name = "scorer_timeout_sec") Long scorerTimeoutSec,
    @Json(name = "validation_type") String validationTypeValue) {

  /** Normalises absent collections to empty ones. */
  public ScenarioView {
    metadata = ApiValues.map(metadata);
    scoringContract = scoringContract == null ? new ScoringContract(List.of()) : scoringContract;
    requiredEnvironmentVariables = ApiValues.list(requiredEnvironmentVariables);
    requiredSecretNames = ApiValues.list(requiredSecretNames);
  }

  /**
   * Returns the scenario's status. Older API versions send none.
   *
   * @return the status, {@link ScenarioStatus#UNRECOGNIZED} when absent or unknown
   */
  public ScenarioStatus status() {
    return ScenarioStatus.fromApiValue(statusValue);
  }

  /**
   * Returns how the scenario validates work.
   *
   * @return the validation type, {@link ValidationType#UNRECOGNIZED} when absent or unknown
   */
  public ValidationType validationType() {
    return ValidationType.fromApiValue(validationTypeValue);
  }
}
