package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateBddAssertions.atScore;
import static dev.benchgate.assertj.BenchgateBddAssertions.percent;
import static dev.benchgate.assertj.BenchgateBddAssertions.then;
import static dev.benchgate.assertj.BenchgateBddAssertions.withConfidence;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchgateBddAssertions_then_Test {

  private final BenchmarkRunView run = Models.run("bmr_1").completed().score(0.9).build();

  @Test
  void starts_an_assertion_for_each_model_type() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(run).build();
    ScoringFunctionResult result = new ScoringFunctionResult("lint", 1.0, "", "complete");
    // WHEN/THEN
    then(then(run)).isExactlyInstanceOf(BenchmarkRunAssert.class);
    then(then(outcome)).isExactlyInstanceOf(BenchmarkOutcomeAssert.class);
    then(then(OutcomeComparison.of(outcome, outcome)))
        .isExactlyInstanceOf(OutcomeComparisonAssert.class);
    then(then(Models.scenarioRun("scr_1").build())).isExactlyInstanceOf(ScenarioRunAssert.class);
    then(then(result)).isExactlyInstanceOf(ScoringFunctionResultAssert.class);
    then(then(Models.scenario("scn_1").build())).isExactlyInstanceOf(ScenarioAssert.class);
    then(then(Models.benchmark("bmd_1").build())).isExactlyInstanceOf(BenchmarkAssert.class);
    then(then(JobFixtures.smoke())).isExactlyInstanceOf(BenchmarkJobOutcomeAssert.class);
    then(then(JobFixtures.fiveRuns())).isExactlyInstanceOf(RepeatedOutcomeAssert.class);
  }

  @Test
  void brings_assertj_own_bdd_assertions_with_the_same_import() {
    // WHEN
    AssertionError error = expectAssertionError(() -> then(List.of(1, 2)).hasSize(3));
    // THEN
    then(error).hasMessageContaining("Expected size: 3 but was: 2");
  }

  @Test
  void fails_like_assert_that() {
    // WHEN
    AssertionError error = expectAssertionError(() -> then(run).hasScoreAtLeast(0.95));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have an aggregate score (mean over its finished"
                    + " scenario runs) of at least 0.95",
                "but it was 0.9."));
  }

  @Test
  void brings_the_typed_arguments_of_the_gates() {
    // GIVEN one of two scenario runs timed out, the other scored 0.6
    BenchmarkOutcome outcome =
        Models.outcome(run)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("add-cache").timeout().build(),
                Models.scenarioRun("scr_2").named("fix-login-bug").scored(0.6).build())
            .build();
    // WHEN/THEN
    then(outcome)
        .hasPassRateAtLeast(0.5, atScore(0.6))
        .hasInfrastructureFailuresAtMost(percent(50))
        .hasMeanScoreAtLeast(0.1, withConfidence(0.5));
    then(expectAssertionError(() -> then(outcome).hasPassRateAtLeast(0.5, atScore(0.7))))
        .hasMessageContaining("but it was 0 % (0 of 2 passed)");
  }
}
