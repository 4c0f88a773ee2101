package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * A finished scenario run as the legacy {@code /v1/benchmarks/runs/{id}} endpoint embeds it in its
 * benchmark run. Two of its keys are camelCase in the API, unlike everything around them.
 *
 * @param scenarioId the scenario's id ({@code scn_…})
 * @param scenarioRunId the scenario run's id ({@code scr_…}); the API's {@code scenarioRunId}
 * @param scoringResult the scored result; the API's {@code scoringResult}, may be {@code null}
 */
public record LegacyScenarioRun(
    @Json(name = "scenario_id") String scenarioId,
    @Json(name = "scenarioRunId") String scenarioRunId,
    @Json(name = "scoringResult") ScoringContractResult scoringResult) {}
