package dev.benchgate.assertj;

import static dev.benchgate.assertj.BenchgateAssertions.atScore;
import static dev.benchgate.assertj.BenchgateAssertions.percent;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import org.assertj.core.api.SoftAssertionsProvider;
import org.junit.jupiter.api.Test;

class BenchgateSoftAssertions_Test {

  private final BenchmarkRunView running = Models.run("bmr_1").running().build();

  @Test
  void collects_the_failures_of_every_model_type() {
    // GIVEN
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    BenchmarkOutcome outcome = Models.outcome(running).build();
    ScoringFunctionResult result = new ScoringFunctionResult("lint", null, "", "error");
    // WHEN
    softly.assertThat(running).isCompleted().hasScore();
    softly.assertThat(outcome).hasScenarioRunCount(1);
    softly.assertThat(OutcomeComparison.of(outcome, outcome)).hasMeanScoreDropAtMost(0.1);
    softly.assertThat(Models.scenarioRun("scr_1").build()).isScored();
    softly.assertThat(result).isComplete();
    softly.assertThat(Models.scenario("scn_1").archived().build()).isActive();
    softly.assertThat(Models.benchmark("bmd_1").archived().build()).isActive();
    softly.assertThat("AssertJ's own").isEmpty();
    softly.assertThat(JobFixtures.smoke()).ranksFirst("codex");
    softly.assertThat(JobFixtures.smoke()).allAgents().hasNoScenarioRunsIn(ScenarioRunState.FAILED);
    softly.assertThat(JobFixtures.fiveRuns()).hasAtMostFlakyScenarios(0);
    // THEN
    then(softly.errorsCollected()).hasSize(12);
  }

  @Test
  void collects_the_failures_of_the_budget_and_pass_rate_gates() {
    // GIVEN one of two scenario runs failed, the other scored 0.3
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    BenchmarkOutcome outcome =
        Models.outcome(Models.run("bmr_1").named("nightly").completed().build())
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("add-cache").failed().build(),
                Models.scenarioRun("scr_2").named("fix-login-bug").scored(0.3).build())
            .build();
    // WHEN
    softly
        .assertThat(outcome)
        .hasInfrastructureFailuresAtMost(0)
        .hasInfrastructureFailuresAtMost(percent(10))
        .hasPassRateAtLeast(0.9, atScore(0.5))
        .hasPassRateAtLeast(0.5, atScore(0.3));
    // THEN
    then(softly.errorsCollected())
        .extracting(Throwable::getMessage)
        .satisfiesExactly(
            first -> then(first).contains("to have no infrastructure failures"),
            second -> then(second).contains("in at most 10 % of its scenario runs"),
            third -> then(third).contains("but it was 0 % (0 of 2 passed)"));
  }

  @Test
  void reports_all_failures_together() {
    // WHEN/THEN
    thenThrownBy(
            () ->
                SoftAssertionsProvider.assertSoftly(
                    BenchgateSoftAssertions.class,
                    softly -> {
                      softly.assertThat(running).isCompleted();
                      softly.assertThat(running).hasScoreAtLeast(0.8);
                    }))
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("to be in state completed")
        .hasMessageContaining("but it has no score: it is still running.");
  }

  @Test
  void passes_when_nothing_fails() {
    // GIVEN
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    // WHEN
    softly.assertThat(Models.run("bmr_1").completed().score(0.9).build()).hasScoreAtLeast(0.8);
    // THEN
    softly.assertAll();
  }
}
