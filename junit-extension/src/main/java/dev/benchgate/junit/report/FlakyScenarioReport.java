package dev.benchgate.junit.report;

import com.squareup.moshi.Json;

/**
 * A scenario that passed in some of repeated runs and not in others.
 *
 * @param scenarioId the scenario's id
 * @param name its name
 * @param passed how many runs passed it
 * @param runs how many runs there were: every run is one try
 * @param infrastructureFailures how many runs ended it without a score because of infrastructure
 */
public record FlakyScenarioReport(
    @Json(name = "scenario_id") String scenarioId,
    String name,
    int passed,
    int runs,
    @Json(name = "infrastructure_failures") int infrastructureFailures) {}
