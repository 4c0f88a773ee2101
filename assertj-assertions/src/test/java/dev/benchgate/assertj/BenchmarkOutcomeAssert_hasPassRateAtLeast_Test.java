package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenchmarkOutcomeAssert_hasPassRateAtLeast_Test {

  private final BenchmarkRunView nightly = Models.run("bmr_1").named("nightly").build();

  @Test
  void passes_when_exactly_the_rate_passes() {
    // GIVEN nine of ten scenario runs score at least 0.5
    ScenarioRunView[] scenarioRuns =
        IntStream.rangeClosed(1, 10)
            .mapToObj(i -> Models.scenarioRun("scr_" + i).scored(i == 10 ? 0.4 : 0.5).build())
            .toArray(ScenarioRunView[]::new);
    BenchmarkOutcome outcome = Models.outcome(nightly).scenarioRuns(scenarioRuns).build();
    // WHEN/THEN
    assertThat(outcome).hasPassRateAtLeast(0.9, 0.5);
  }

  @Test
  void fails_listing_the_scenario_runs_that_did_not_pass() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.9).build(),
                Models.scenarioRun("scr_2").named("add-cache").scored(0.45).build(),
                Models.scenarioRun("scr_3").named("refactor-db").timeout().build(),
                Models.scenarioRun("scr_4").named("bump-deps").scored(0.5).build())
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).hasPassRateAtLeast(0.9, 0.5));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have a pass rate of at least 0.9 (the"
                    + " share of its scenario runs with a score of at least 0.5)",
                "but it was 0.5 (2 of 4 passed); those that did not, worst first:",
                "  - refactor-db (scr_3): timeout, no score [infrastructure outcome]",
                "  - add-cache (scr_2): scored, score 0.45"));
  }

  @Test
  void fails_without_scenario_runs() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).hasPassRateAtLeast(0, 0.5));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have a pass rate of at least 0 (the"
                    + " share of its scenario runs with a score of at least 0.5)",
                "but it has no scenario runs."));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.5, 90, Double.NaN})
  void rejects_a_rate_that_is_not_a_share(double rate) {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(outcome).hasPassRateAtLeast(rate, 0.5))
        .withMessage("The pass rate must be between 0 and 1, but was " + rate);
  }

  @Test
  void rejects_a_score_threshold_that_is_not_a_score() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(outcome).hasPassRateAtLeast(0.9, 50))
        .withMessage("The threshold must be a score between 0 and 1, but was 50.0");
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).hasPassRateAtLeast(0.9, 0.5));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
