package dev.benchgate.assertj.internal;

import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.compare.ScenarioComparison;
import dev.benchgate.core.compare.ScenarioResult;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void names_a_benchmark_run_by_name_and_id_or_by_id() {
    then(Names.benchmarkRun(Models.run("bmr_1").named("nightly").build()))
        .isEqualTo("benchmark run nightly (bmr_1)");
    then(Names.benchmarkRun(Models.run("bmr_1").build())).isEqualTo("benchmark run bmr_1");
  }

  @Test
  void names_a_scenario_run_by_name_or_scenario_and_by_its_run_when_known() {
    then(Names.scenarioRun(Models.scenarioRun("scr_1").named("fix").benchmarkRun("bmr_1").build()))
        .isEqualTo("scenario run fix (scr_1) of benchmark run bmr_1");
    then(Names.scenarioRun(Models.scenarioRun("scr_1").named(" ").scenario("scn_9").build()))
        .isEqualTo("scenario run scr_1 (scenario scn_9)");
  }

  @Test
  void names_a_scenario_run_in_its_outcome_by_its_scenario_name() {
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_1").named("run name").build();
    BenchmarkOutcome outcome =
        Models.outcome(Models.run("bmr_1").build())
            .scenarioRuns(scenarioRun)
            .scenarios(Models.scenario("scn_1").named("fix-login-bug").build())
            .build();

    then(Names.scenarioRunIn(outcome, scenarioRun)).isEqualTo("fix-login-bug (scr_1)");
  }

  @Test
  void names_definitions_by_name_and_id_or_by_id() {
    then(Names.scenario(Models.scenario("scn_1").named("fix").build()))
        .isEqualTo("scenario fix (scn_1)");
    then(Names.scenario(Models.scenario("scn_1").build())).isEqualTo("scenario scn_1");
    then(Names.benchmark(Models.benchmark("bmd_1").named("swe").build()))
        .isEqualTo("benchmark swe (bmd_1)");
    then(Names.benchmark(Models.benchmark("bmd_1").build())).isEqualTo("benchmark bmd_1");
  }

  @Test
  void names_both_runs_of_a_comparison_candidate_first() {
    BenchmarkOutcome baseline =
        Models.outcome(Models.run("bmr_1").named("release").build()).build();
    BenchmarkOutcome candidate = Models.outcome(Models.run("bmr_2").build()).build();

    then(Names.comparison(OutcomeComparison.of(baseline, candidate)))
        .isEqualTo("benchmark run bmr_2 against baseline benchmark run release (bmr_1)");
  }

  @Test
  void names_compared_scenarios_by_name_and_id_and_an_unnamed_one_by_id_once() {
    ScenarioResult named =
        ScenarioResult.of("scn_1", "fix", List.of(Models.scenarioRun("scr_1").build()));
    // outcomes name a scenario without a name by its id
    ScenarioResult unnamed =
        ScenarioResult.of("scn_2", "scn_2", List.of(Models.scenarioRun("scr_2").build()));

    then(Names.scenarioResult(named)).isEqualTo("fix (scn_1)");
    then(Names.scenarioResult(unnamed)).isEqualTo("scn_2");
    then(Names.comparedScenario(new ScenarioComparison("scn_1", "fix", named, named)))
        .isEqualTo("fix (scn_1)");
    then(Names.comparedScenario(new ScenarioComparison("scn_2", "scn_2", unnamed, unnamed)))
        .isEqualTo("scn_2");
  }

  @Test
  void names_a_scoring_function_quoted() {
    then(Names.scoringFunction("unit-tests")).isEqualTo("scoring function \"unit-tests\"");
  }
}
