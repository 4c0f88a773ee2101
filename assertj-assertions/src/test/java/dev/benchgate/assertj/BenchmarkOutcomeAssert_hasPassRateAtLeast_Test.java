package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.atScore;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;
import static org.assertj.core.api.BDDAssertions.thenNullPointerException;

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
    assertThat(outcome).hasPassRateAtLeast(0.9, atScore(0.5));
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
        expectAssertionError(() -> assertThat(outcome).hasPassRateAtLeast(0.9, atScore(0.5)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have a pass rate of at least 90 % (the"
                    + " share of its scenario runs with a score of at least 0.5)",
                "but it was 50 % (2 of 4 passed); those that did not, worst first:",
                "  - refactor-db (scr_3): timeout, no score [infrastructure outcome]",
                "  - add-cache (scr_2): scored, score 0.45"));
  }

  @Test
  void fails_without_scenario_runs() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).hasPassRateAtLeast(0, atScore(0.5)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have a pass rate of at least 0 % (the"
                    + " share of its scenario runs with a score of at least 0.5)",
                "but it has no scenario runs."));
  }

  @Test
  void prints_a_failing_rate_cut_so_that_it_never_reads_as_the_threshold() {
    // GIVEN 8 999 of 10 000 scenario runs pass: 89.99 %
    ScenarioRunView[] scenarioRuns =
        IntStream.range(0, 10_000)
            .mapToObj(i -> Models.scenarioRun("scr_" + i).scored(i < 8_999 ? 0.9 : 0.1).build())
            .toArray(ScenarioRunView[]::new);
    BenchmarkOutcome outcome = Models.outcome(nightly).scenarioRuns(scenarioRuns).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).hasPassRateAtLeast(0.9, atScore(0.5)));
    // THEN
    then(error).hasMessageContaining("but it was 89.9 % (8999 of 10000 passed)");
  }

  @Test
  void the_plain_form_judges_as_the_typed_one() {
    // GIVEN three of four scenario runs score at least 0.5
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").scored(0.5).build(),
                Models.scenarioRun("scr_2").scored(0.6).build(),
                Models.scenarioRun("scr_3").scored(0.7).build(),
                Models.scenarioRun("scr_4").scored(0.1).build())
            .build();
    // WHEN
    assertThat(outcome).hasPassRateAtLeast(0.75, 0.5);
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).hasPassRateAtLeast(0.8, 0.5));
    // THEN
    then(error)
        .hasMessage(
            expectAssertionError(() -> assertThat(outcome).hasPassRateAtLeast(0.8, atScore(0.5)))
                .getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.5, 90, Double.NaN})
  void rejects_a_rate_that_is_not_a_share(double rate) {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(outcome).hasPassRateAtLeast(rate, atScore(0.5)))
        .withMessage("The pass rate must be between 0 and 1, but was " + rate);
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(outcome).hasPassRateAtLeast(rate, 0.5))
        .withMessage("The pass rate must be between 0 and 1, but was " + rate);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 50, Double.NaN})
  void rejects_a_passing_score_that_is_not_a_score(double score) {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> atScore(score))
        .withMessage("The passing score must be between 0 and 1, but was " + score);
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(outcome).hasPassRateAtLeast(0.9, score))
        .withMessage("The passing score must be between 0 and 1, but was " + score);
  }

  @Test
  void rejects_a_missing_passing_score() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    PassingScore missing = null;
    // WHEN/THEN
    thenNullPointerException()
        .isThrownBy(() -> assertThat(outcome).hasPassRateAtLeast(0.9, missing))
        .withMessage("The passing score must not be null");
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).hasPassRateAtLeast(0.9, atScore(0.5)));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
