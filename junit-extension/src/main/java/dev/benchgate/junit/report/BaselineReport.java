package dev.benchgate.junit.report;

import com.squareup.moshi.Json;

/**
 * How a reported run compares with its baseline.
 *
 * @param runId the baseline run's id
 * @param name the baseline run's name, may be {@code null}
 * @param score the baseline run's score, may be {@code null}
 * @param meanScoreDelta the mean per-scenario score change, {@code null} without paired scores
 * @param meanScoreDeltaLower the lower bound of its 95 % bootstrap interval
 * @param meanScoreDeltaUpper the upper bound of its 95 % bootstrap interval
 * @param scoreChangePValue the paired permutation test's p-value
 * @param regressedScenarios how many scenarios scored lower than in the baseline
 * @param newFailures how many scenarios passed the threshold in the baseline and no longer do
 * @param newInfrastructureFailures how many scenarios lost their score to an infrastructure outcome
 * @param missingScenarios how many baseline scenarios the run did not run
 */
public record BaselineReport(
    @Json(name = "run_id") String runId,
    String name,
    Double score,
    @Json(name = "mean_score_delta") Double meanScoreDelta,
    @Json(name = "mean_score_delta_lower") Double meanScoreDeltaLower,
    @Json(name = "mean_score_delta_upper") Double meanScoreDeltaUpper,
    @Json(name = "score_change_p_value") double scoreChangePValue,
    @Json(name = "regressed_scenarios") int regressedScenarios,
    @Json(name = "new_failures") int newFailures,
    @Json(name = "new_infrastructure_failures") int newInfrastructureFailures,
    @Json(name = "missing_scenarios") int missingScenarios) {}
