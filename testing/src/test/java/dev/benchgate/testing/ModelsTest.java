package dev.benchgate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioStatus;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ModelsTest {

  @Test
  void a_run_starts_running_without_score_or_name() {
    var run = Models.run("bmr_1").build();

    assertThat(run.state()).isEqualTo(BenchmarkRunState.RUNNING);
    assertThat(run.score()).isNull();
    assertThat(run.name()).isNull();
    assertThat(run.startTimeMs()).isEqualTo(Models.START_TIME_MS);
  }

  @Test
  void a_run_takes_what_the_test_states() {
    var run =
        Models.run("bmr_1")
            .named("nightly")
            .benchmark("bmd_1")
            .completed()
            .score(0.8)
            .duration(Duration.ofMinutes(3))
            .metadata("branch", "main")
            .build();

    assertThat(run.displayName()).isEqualTo("nightly (bmr_1)");
    assertThat(run.state()).isEqualTo(BenchmarkRunState.COMPLETED);
    assertThat(run.score()).isEqualTo(0.8);
    assertThat(run.duration()).contains(Duration.ofMinutes(3));
    assertThat(run.metadata()).containsEntry("branch", "main");
    assertThat(run.benchmarkId()).isEqualTo("bmd_1");
  }

  @Test
  void a_scenario_run_defaults_its_scenario_and_devbox_from_its_id_and_stays_unscored() {
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_7").build();

    assertThat(scenarioRun.scenarioId()).isEqualTo("scn_7");
    assertThat(scenarioRun.devboxId()).isEqualTo("dbx_7");
    assertThat(scenarioRun.state()).isEqualTo(ScenarioRunState.RUNNING);
    assertThat(scenarioRun.scoringResult()).isEmpty();
  }

  @Test
  void a_scored_scenario_run_has_a_scoring_result_with_its_functions() {
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1")
            .scored(0.4)
            .scoringFunction("unit-tests", null, "error", "boom")
            .build();

    assertThat(scenarioRun.state()).isEqualTo(ScenarioRunState.SCORED);
    assertThat(scenarioRun.score()).isEqualTo(0.4);
    assertThat(scenarioRun.scoringFunctionResult("unit-tests"))
        .hasValueSatisfying(result -> assertThat(result.isError()).isTrue());
  }

  @Test
  void an_explicit_null_score_still_makes_a_scoring_result() {
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_1").completed().score(null).build();

    assertThat(scenarioRun.scoringResult()).isPresent();
    assertThat(scenarioRun.score()).isNull();
  }

  @Test
  void an_outcome_joins_its_parts() {
    BenchmarkOutcome outcome =
        Models.outcome(Models.run("bmr_1").build())
            .scenarioRuns(Models.scenarioRun("scr_1").build())
            .scenarios(Models.scenario("scn_1").named("fix-login-bug").archived().build())
            .benchmark(Models.benchmark("bmd_1").named("swe-lite").scenarios("scn_1").build())
            .build();

    assertThat(outcome.scenarioName(outcome.scenarioRuns().get(0))).isEqualTo("fix-login-bug");
    assertThat(outcome.scenario("scn_1").orElseThrow().status()).isEqualTo(ScenarioStatus.ARCHIVED);
    assertThat(outcome.benchmark().orElseThrow().scenarioIds()).containsExactly("scn_1");
  }
}
