package dev.benchgate.junit.report;

import com.squareup.moshi.Json;

/**
 * How a reported run compares with its baseline. The two regression tests are one-sided tests of
 * "the run is worse than its baseline", judged at {@code alpha}; a test that has too few scenarios
 * to ever reach {@code alpha} is underpowered, and the verdict says so instead of passing.
 *
 * @param runId the baseline run's id
 * @param name the baseline run's name, may be {@code null}
 * @param score the baseline run's score, may be {@code null}
 * @param meanScoreDelta the mean per-scenario score change, {@code null} without paired scores
 * @param meanScoreDeltaLower the lower bound of its two-sided confidence interval
 * @param meanScoreDeltaUpper the upper bound of its two-sided confidence interval
 * @param scoreChangePValue the two-sided paired sign-flip p-value of "the scores changed"
 * @param regressedScenarios how many scenarios scored lower than in the baseline
 * @param newFailures how many scenarios passed the threshold in the baseline and no longer do
 * @param newInfrastructureFailures how many scenarios lost their score to an infrastructure outcome
 * @param missingScenarios how many baseline scenarios the run did not run
 * @param scenariosInCommon how many scenarios both runs ran
 * @param pairedScenarios how many of them are scored on both sides
 * @param newPasses how many scenarios failed the threshold in the baseline and pass now
 * @param confidenceLevel the level of the interval of the mean change, e.g. 0.95
 * @param intervalMethod how the interval was computed: {@code skewness_adjusted_student_t}, or
 *     {@code no_spread} when every change was the same; {@code null} without paired scores
 * @param alpha the significance level of the regression tests
 * @param scoreRegressionPValue the one-sided paired sign-flip p-value of "the scores got worse"
 * @param scoreRegressionMethod how it was computed: {@code exact}, {@code monte_carlo} or {@code
 *     normal_approximation}
 * @param flipRegressionPValue the one-sided exact McNemar p-value of "more scenarios newly fail
 *     than newly pass"
 * @param scenariosNeeded how many scenarios a test needs to be able to reach {@code alpha}
 * @param regressionVerdict {@code significant_regression}, {@code no_significant_regression} or
 *     {@code underpowered}
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
    @Json(name = "missing_scenarios") int missingScenarios,
    @Json(name = "scenarios_in_common") int scenariosInCommon,
    @Json(name = "paired_scenarios") int pairedScenarios,
    @Json(name = "new_passes") int newPasses,
    @Json(name = "confidence_level") double confidenceLevel,
    @Json(name = "interval_method") String intervalMethod,
    double alpha,
    @Json(name = "score_regression_p_value") double scoreRegressionPValue,
    @Json(name = "score_regression_method") String scoreRegressionMethod,
    @Json(name = "flip_regression_p_value") double flipRegressionPValue,
    @Json(name = "scenarios_needed") int scenariosNeeded,
    @Json(name = "regression_verdict") String regressionVerdict) {

  /** The verdict of a significant regression found by either test. */
  public static final String SIGNIFICANT_REGRESSION = "significant_regression";

  /** The verdict when both tests could reach {@code alpha} and neither did. */
  public static final String NO_SIGNIFICANT_REGRESSION = "no_significant_regression";

  /** The verdict when neither test fired and one had too few scenarios to ever reach alpha. */
  public static final String UNDERPOWERED = "underpowered";
}
