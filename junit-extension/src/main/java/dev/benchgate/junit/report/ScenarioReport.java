package dev.benchgate.junit.report;

import com.squareup.moshi.Json;

/**
 * One scenario of a reported run, with its baseline counterpart when there is one.
 *
 * @param scenarioId the scenario's id
 * @param name the scenario's name for people
 * @param state the state of its scenario run (the worst, when several ran)
 * @param score its score, {@code null} when unscored
 * @param runCount how many scenario runs were averaged into the score
 * @param infrastructureFailure whether it ended failed, timed out or canceled without a score
 * @param scoringError whether one of its scorers failed to run
 * @param baselineScore the baseline's score, {@code null} without baseline or score there
 * @param delta the score minus the baseline's, {@code null} unless both are scored
 */
public record ScenarioReport(
    @Json(name = "scenario_id") String scenarioId,
    String name,
    String state,
    Double score,
    @Json(name = "run_count") int runCount,
    @Json(name = "infrastructure_failure") boolean infrastructureFailure,
    @Json(name = "scoring_error") boolean scoringError,
    @Json(name = "baseline_score") Double baselineScore,
    Double delta) {}
