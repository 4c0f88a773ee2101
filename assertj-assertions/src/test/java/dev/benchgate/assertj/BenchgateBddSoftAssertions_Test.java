package dev.benchgate.assertj;

import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import org.junit.jupiter.api.Test;

class BenchgateBddSoftAssertions_Test {

  @Test
  void collects_the_failures_of_every_model_type() {
    // GIVEN
    BenchgateBddSoftAssertions softly = new BenchgateBddSoftAssertions();
    BenchmarkRunView running = Models.run("bmr_1").running().build();
    BenchmarkOutcome outcome = Models.outcome(running).build();
    ScoringFunctionResult result = new ScoringFunctionResult("lint", null, "", "error");
    // WHEN
    softly.then(running).isCompleted().hasScore();
    softly.then(outcome).hasScenarioRunCount(1);
    softly.then(OutcomeComparison.of(outcome, outcome)).hasMeanScoreDropAtMost(0.1);
    softly.then(Models.scenarioRun("scr_1").build()).isScored();
    softly.then(result).isComplete();
    softly.then(Models.scenario("scn_1").archived().build()).isActive();
    softly.then(Models.benchmark("bmd_1").archived().build()).isActive();
    softly.then("AssertJ's own").isEmpty();
    softly.then(JobFixtures.smoke()).ranksFirst("codex");
    softly.then(JobFixtures.fiveRuns()).hasAtMostFlakyScenarios(0);
    // THEN
    then(softly.errorsCollected()).hasSize(11);
  }

  @Test
  void collects_the_failures_after_navigation() {
    // GIVEN
    BenchgateBddSoftAssertions softly = new BenchgateBddSoftAssertions();
    BenchmarkOutcome outcome =
        Models.outcome(Models.run("bmr_1").build())
            .scenarioRuns(Models.scenarioRun("scr_1").named("fix-login-bug").timeout().build())
            .build();
    // WHEN
    softly.then(outcome).scenarioRun("fix-login-bug").isScored().isNotInfrastructureFailure();
    // THEN
    then(softly.errorsCollected()).hasSize(2);
  }

  @Test
  void collects_the_failures_of_the_budget_and_pass_rate_gates() {
    // GIVEN
    BenchgateBddSoftAssertions softly = new BenchgateBddSoftAssertions();
    BenchmarkOutcome outcome =
        Models.outcome(Models.run("bmr_1").build())
            .scenarioRuns(Models.scenarioRun("scr_1").named("fix-login-bug").timeout().build())
            .build();
    // WHEN
    softly
        .then(outcome)
        .hasInfrastructureFailuresAtMost(0)
        .hasInfrastructureFailuresAtMost(BenchgateBddAssertions.percent(50))
        .hasPassRateAtLeast(1, BenchgateBddAssertions.atScore(0.5));
    // THEN
    then(softly.errorsCollected()).hasSize(3);
  }
}
