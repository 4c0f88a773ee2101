package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchgateAssertions_assertThat_Test {

  private final BenchmarkRunView run = Models.run("bmr_1").completed().score(0.9).build();

  @Test
  void starts_an_assertion_for_each_model_type() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(run).build();
    ScoringFunctionResult result = new ScoringFunctionResult("lint", 1.0, "", "complete");
    // WHEN/THEN
    then(assertThat(run)).isExactlyInstanceOf(BenchmarkRunAssert.class);
    then(assertThat(outcome)).isExactlyInstanceOf(BenchmarkOutcomeAssert.class);
    then(assertThat(OutcomeComparison.of(outcome, outcome)))
        .isExactlyInstanceOf(OutcomeComparisonAssert.class);
    then(assertThat(Models.scenarioRun("scr_1").build()))
        .isExactlyInstanceOf(ScenarioRunAssert.class);
    then(assertThat(result)).isExactlyInstanceOf(ScoringFunctionResultAssert.class);
    then(assertThat(Models.scenario("scn_1").build())).isExactlyInstanceOf(ScenarioAssert.class);
    then(assertThat(Models.benchmark("bmd_1").build())).isExactlyInstanceOf(BenchmarkAssert.class);
    then(assertThat(JobFixtures.smoke())).isExactlyInstanceOf(BenchmarkJobOutcomeAssert.class);
    then(assertThat(JobFixtures.smoke()).allAgents()).isExactlyInstanceOf(AllAgentsAssert.class);
    then(assertThat(JobFixtures.fiveRuns())).isExactlyInstanceOf(RepeatedOutcomeAssert.class);
  }

  @Test
  void brings_assertj_own_assertions_with_the_same_import() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(List.of(1, 2)).hasSize(3));
    // THEN
    then(error).hasMessageContaining("Expected size: 3 but was: 2");
  }

  @Test
  void fails_on_a_comparison_at_hand_like_after_compared_to() {
    // GIVEN
    OutcomeComparison comparison =
        OutcomeComparison.of(
            Models.outcome(run)
                .scenarioRuns(Models.scenarioRun("scr_1").scored(0.9).build())
                .build(),
            Models.outcome(Models.run("bmr_2").build()).build());
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoMissingScenarios());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_2 against baseline benchmark run bmr_1 to have run"
                    + " every scenario of the baseline",
                "but 1 of the baseline's 1 scenario was not run at all:",
                "  - scn_1: 0.90 in the baseline"));
  }

  @Test
  void reads_as_the_user_writes_it() {
    // WHEN/THEN
    assertThat(run).isCompleted().hasScoreAtLeast(0.8);
  }
}
