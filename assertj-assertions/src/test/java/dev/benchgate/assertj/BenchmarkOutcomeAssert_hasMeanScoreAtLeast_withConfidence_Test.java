package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.withConfidence;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;
import static org.assertj.core.api.BDDAssertions.thenNullPointerException;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounds are those of core's {@code MeanScoreTest}, which pins them against numpy and scipy:
 * ten scenarios scoring 1, 1, 0.8, 0.9, 1, 0.6, 1, 1, 0.7 and 1 have a mean of 0.9 and a one-sided
 * 95 % lower bound of 0.787757286159733; n perfect scenarios have a bound of 0.05^(1/n).
 */
class BenchmarkOutcomeAssert_hasMeanScoreAtLeast_withConfidence_Test {

  private final BenchmarkRunView nightly = Models.run("bmr_1").named("nightly").build();

  private final BenchmarkOutcome tenScenarios =
      outcome(scored(1, 1, 0.8, 0.9, 1, 0.6, 1, 1, 0.7, 1));

  @Test
  void passes_when_the_lower_bound_reaches_the_threshold() {
    // WHEN/THEN
    assertThat(tenScenarios).hasMeanScoreAtLeast(0.75, withConfidence(0.95));
  }

  @Test
  void fails_when_the_mean_is_high_enough_but_possibly_by_luck() {
    // GIVEN a mean of 0.9 that passes without confidence
    assertThat(tenScenarios).hasMeanScoreAtLeast(0.8);
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(tenScenarios).hasMeanScoreAtLeast(0.8, withConfidence(0.95)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have a mean score of at least 0.8 with"
                    + " 95 % confidence (the one-sided 95 % lower confidence bound of the mean over"
                    + " all its scenario runs, those without a score counting as 0, at least 0.8)",
                "but the bound was 0.7877 (skewness-adjusted Student-t, 9 degrees of freedom,"
                    + " standard error 0.04714 clustered by scenario) for a mean of 0.9 over 10"
                    + " scenario runs of 10 scenarios; those below 0.8, worst first:",
                "  - s5 (scr_5): scored, score 0.6",
                "  - s8 (scr_8): scored, score 0.7"));
  }

  @Test
  void bounds_perfect_scores_by_how_many_scenarios_there_are() {
    // GIVEN 0.05^(1/16) = 0.829 and 0.05^(1/10) = 0.741
    BenchmarkOutcome sixteenPerfect = outcome(perfect(16));
    BenchmarkOutcome tenPerfect = outcome(perfect(10));
    // WHEN/THEN
    assertThat(sixteenPerfect).hasMeanScoreAtLeast(0.8, withConfidence(0.95));
    AssertionError error =
        expectAssertionError(
            () -> assertThat(tenPerfect).hasMeanScoreAtLeast(0.8, withConfidence(0.95)));
    then(error)
        .hasMessageContaining(
            "but the bound was 0.7411 (no spread: every one of its 10 scenarios has a mean score of"
                + " 1, so the bound is 1 × 0.05^(1/10)) for a mean of 1 over 10 scenario runs of 10"
                + " scenarios; each scenario run scored at least 0.8, but too few or too spread to"
                + " rule out luck.");
  }

  @Test
  void clusters_the_runs_of_a_scenario() {
    // GIVEN each scenario ran three times: its runs are not 3 independent samples
    List<ScenarioRunView> runs = new ArrayList<>();
    double[][] scores = {
      {1, 1, 0.5}, {0.9, 0.8, 0.85}, {0, 0.2, 0.1}, {1, 0.9, 1}, {0.7, 0.6, 0.75}
    };
    for (int scenario = 0; scenario < scores.length; scenario++) {
      for (int run = 0; run < 3; run++) {
        runs.add(
            Models.scenarioRun("scr_" + scenario + "_" + run)
                .scenario("scn_" + scenario)
                .named("s" + scenario)
                .scored(scores[scenario][run])
                .build());
      }
    }
    BenchmarkOutcome outcome =
        Models.outcome(nightly).scenarioRuns(runs.toArray(ScenarioRunView[]::new)).build();
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(outcome).hasMeanScoreAtLeast(0.5, withConfidence(0.9)));
    // THEN
    then(error)
        .hasMessageContaining("with 90 % confidence")
        .hasMessageContaining("4 degrees of freedom")
        .hasMessageContaining(
            "clustered by scenario) for a mean of 0.6867 over 15 scenario runs of 5 scenarios");
  }

  @Test
  void fails_without_scenario_runs() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () ->
                assertThat(Models.outcome(nightly).build())
                    .hasMeanScoreAtLeast(0, withConfidence(0.95)));
    // THEN
    then(error).hasMessageEndingWith("but it has no scenario runs.");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, 95, -0.5, Double.NaN})
  void rejects_a_confidence_level_that_is_no_probability(double level) {
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> withConfidence(level))
        .withMessage(
            "The confidence level must be between 0 and 1, both excluded, but was " + level);
  }

  @Test
  void needs_a_confidence() {
    // WHEN/THEN
    thenNullPointerException()
        .isThrownBy(() -> assertThat(tenScenarios).hasMeanScoreAtLeast(0.8, null))
        .withMessage("The confidence must not be null");
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(outcome).hasMeanScoreAtLeast(0.8, withConfidence(0.95)));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }

  private BenchmarkOutcome outcome(ScenarioRunView... runs) {
    return Models.outcome(nightly).scenarioRuns(runs).build();
  }

  private static ScenarioRunView[] scored(double... scores) {
    ScenarioRunView[] runs = new ScenarioRunView[scores.length];
    for (int i = 0; i < scores.length; i++) {
      runs[i] = Models.scenarioRun("scr_" + i).named("s" + i).scored(scores[i]).build();
    }
    return runs;
  }

  private static ScenarioRunView[] perfect(int scenarios) {
    double[] scores = new double[scenarios];
    java.util.Arrays.fill(scores, 1);
    return scored(scores);
  }
}
