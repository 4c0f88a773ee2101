package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateInstanceOfAssertFactories.ALL_AGENTS;
import static dev.benchgate.assertj.BenchgateInstanceOfAssertFactories.BENCHMARK;
import static dev.benchgate.assertj.BenchgateInstanceOfAssertFactories.BENCHMARK_JOB_OUTCOME;
import static dev.benchgate.assertj.BenchgateInstanceOfAssertFactories.BENCHMARK_OUTCOME;
import static dev.benchgate.assertj.BenchgateInstanceOfAssertFactories.BENCHMARK_RUN;
import static dev.benchgate.assertj.BenchgateInstanceOfAssertFactories.OUTCOME_COMPARISON;
import static dev.benchgate.assertj.BenchgateInstanceOfAssertFactories.REPEATED_OUTCOME;
import static dev.benchgate.assertj.BenchgateInstanceOfAssertFactories.SCENARIO;
import static dev.benchgate.assertj.BenchgateInstanceOfAssertFactories.SCENARIO_RUN;
import static dev.benchgate.assertj.BenchgateInstanceOfAssertFactories.SCORING_FUNCTION_RESULT;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import org.junit.jupiter.api.Test;

class BenchgateInstanceOfAssertFactories_Test {

  @Test
  void turn_a_plain_object_assertion_into_a_benchgate_one() {
    // GIVEN
    Object run = Models.run("bmr_1").completed().build();
    Object outcome = Models.outcome(Models.run("bmr_1").completed().build()).build();
    Object scenarioRun = Models.scenarioRun("scr_1").scored(0.9).build();
    Object result = new ScoringFunctionResult("lint", 1.0, "", "complete");
    Object scenario = Models.scenario("scn_1").build();
    Object benchmark = Models.benchmark("bmd_1").build();
    BenchmarkOutcome empty = Models.outcome(Models.run("bmr_1").build()).build();
    Object comparison = OutcomeComparison.of(empty, empty);
    // WHEN/THEN
    assertThat(run).asInstanceOf(BENCHMARK_RUN).isCompleted();
    assertThat(outcome).asInstanceOf(BENCHMARK_OUTCOME).isCompleted();
    assertThat(scenarioRun).asInstanceOf(SCENARIO_RUN).isScored();
    assertThat(result).asInstanceOf(SCORING_FUNCTION_RESULT).isComplete();
    assertThat(scenario).asInstanceOf(SCENARIO).isActive();
    assertThat(benchmark).asInstanceOf(BENCHMARK).isActive();
    assertThat(comparison).asInstanceOf(OUTCOME_COMPARISON).hasNoMissingScenarios();
    Object job = JobFixtures.smoke();
    Object runs = JobFixtures.fiveRuns();
    assertThat(job).asInstanceOf(BENCHMARK_JOB_OUTCOME).isCompleted();
    assertThat(job).asInstanceOf(ALL_AGENTS).hasNoScoringErrors();
    assertThat(runs).asInstanceOf(REPEATED_OUTCOME).hasRunCount(5);
  }

  @Test
  void navigate_from_an_outcome_to_its_run() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(Models.run("bmr_1").running().build()).build();
    // WHEN
    AssertionError error =
        expectAssertionError(
            () ->
                assertThat(outcome).extracting(BenchmarkOutcome::run, BENCHMARK_RUN).isCompleted());
    // THEN
    then(error).hasMessageContaining("Expecting benchmark run bmr_1 to be in state completed");
  }
}
