package dev.benchgate.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkOutcomeTest {
  private static final BenchmarkRunView RUN =
      new BenchmarkRunView(
          "bmr_1",
          "bmd_1",
          "nightly",
          null,
          0L,
          null,
          "completed",
          0.5,
          null,
          null,
          null,
          null,
          null);

  private static ScenarioRunView scenarioRun(
      String id, String scenarioId, String name, String state) {
    return new ScenarioRunView(
        id,
        scenarioId,
        "dbx_" + id,
        "bmr_1",
        name,
        null,
        state,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static ScenarioView scenario(String id, String name) {
    return new ScenarioView(
        id, name, null, null, null, "active", null, null, null, null, null, null, null);
  }

  private static BenchmarkView benchmark(String... scenarioIds) {
    return new BenchmarkView(
        "bmd_1", "bench", null, List.of(scenarioIds), "active", null, null, null, null, null);
  }

  @Test
  void orders_scenario_runs_by_scenario_name_then_id_whatever_the_api_order() {
    BenchmarkOutcome outcome =
        BenchmarkOutcome.of(
            RUN,
            List.of(
                scenarioRun("scr_3", "scn_b", null, "scored"),
                scenarioRun("scr_2", "scn_a", null, "scored"),
                scenarioRun("scr_1", "scn_a", null, "failed")),
            List.of(scenario("scn_b", "alpha"), scenario("scn_a", "beta")),
            null);

    assertThat(outcome.scenarioRuns())
        .extracting(ScenarioRunView::id)
        .containsExactly("scr_3", "scr_1", "scr_2");
    assertThat(outcome.scenarios()).extracting(ScenarioView::id).containsExactly("scn_a", "scn_b");
  }

  @Test
  void names_a_scenario_run_by_its_definition_then_its_own_name_then_its_scenario_id() {
    ScenarioRunView defined = scenarioRun("scr_1", "scn_a", "run name", "scored");
    ScenarioRunView named = scenarioRun("scr_2", "scn_b", "run name", "scored");
    ScenarioRunView bare = scenarioRun("scr_3", "scn_c", " ", "scored");
    BenchmarkOutcome outcome =
        BenchmarkOutcome.of(
            RUN, List.of(defined, named, bare), List.of(scenario("scn_a", "fix-npe")), null);

    assertThat(outcome.scenarioName(defined)).isEqualTo("fix-npe");
    assertThat(outcome.scenarioName(named)).isEqualTo("run name");
    assertThat(outcome.scenarioName(bare)).isEqualTo("scn_c");
    assertThat(outcome.scenarioFor(defined)).map(ScenarioView::name).contains("fix-npe");
    assertThat(outcome.scenarioFor(named)).isEmpty();
  }

  @Test
  void selects_scenario_runs_by_state() {
    BenchmarkOutcome outcome =
        BenchmarkOutcome.of(
            RUN,
            List.of(
                scenarioRun("scr_1", "scn_a", null, "failed"),
                scenarioRun("scr_2", "scn_b", null, "scored"),
                scenarioRun("scr_3", "scn_c", null, "timeout")),
            List.of(),
            null);

    assertThat(outcome.scenarioRunsIn(ScenarioRunState.FAILED, ScenarioRunState.TIMEOUT))
        .extracting(ScenarioRunView::id)
        .containsExactly("scr_1", "scr_3");
  }

  @Test
  void finds_benchmark_scenarios_without_a_finished_run() {
    BenchmarkOutcome outcome =
        BenchmarkOutcome.of(
            RUN,
            List.of(
                scenarioRun("scr_1", "scn_a", null, "scored"),
                scenarioRun("scr_2", "scn_b", null, "running")),
            List.of(),
            benchmark("scn_c", "scn_b", "scn_a"));

    assertThat(outcome.scenarioIdsWithoutFinishedRun()).containsExactly("scn_b", "scn_c");
    assertThat(BenchmarkOutcome.of(RUN, List.of(), List.of(), null).scenarioIdsWithoutFinishedRun())
        .isEmpty();
  }

  @Test
  void equal_data_makes_equal_outcomes_and_a_short_description() {
    BenchmarkOutcome first =
        BenchmarkOutcome.of(
            RUN,
            List.of(
                scenarioRun("scr_1", "scn_a", null, "scored"),
                scenarioRun("scr_2", "scn_b", null, "scored")),
            List.of(),
            benchmark("scn_a"));
    BenchmarkOutcome second =
        BenchmarkOutcome.of(
            RUN,
            List.of(
                scenarioRun("scr_2", "scn_b", null, "scored"),
                scenarioRun("scr_1", "scn_a", null, "scored")),
            List.of(),
            benchmark("scn_a"));

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first)
        .hasToString(
            "BenchmarkOutcome{run=nightly (bmr_1), state=completed, score=0.5, scenarioRuns=2,"
                + " scenarios=0, benchmark=bmd_1}");
  }

  @Test
  void requires_a_run() {
    assertThatNullPointerException()
        .isThrownBy(() -> BenchmarkOutcome.of(null, List.of(), List.of(), null))
        .withMessage("run");
  }

  @Test
  void names_the_part_that_cannot_be_joined() {
    BenchmarkRunView withoutId =
        new BenchmarkRunView(
            null, null, null, null, 0L, null, "completed", null, null, null, null, null, null);
    java.util.List<ScenarioRunView> withNull = new java.util.ArrayList<>();
    withNull.add(scenarioRun("scr_1", "scn_1", null, "scored"));
    withNull.add(null);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkOutcome.of(withoutId, List.of(), List.of(), null))
        .withMessage("The benchmark run has no id");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkOutcome.of(RUN, withNull, List.of(), null))
        .withMessage("Benchmark run bmr_1: scenario run #1 is null");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                BenchmarkOutcome.of(
                    RUN,
                    List.of(
                        scenarioRun("scr_1", "scn_1", null, "scored"),
                        scenarioRun("scr_2", "scn_2", null, "scored"),
                        scenarioRun("scr_3", null, "named", "scored")),
                    List.of(),
                    null))
        .withMessage("Benchmark run bmr_1: scenario run #2 (scr_3) has no scenario id");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                BenchmarkOutcome.of(
                    RUN, List.of(scenarioRun(null, "scn_1", null, "scored")), List.of(), null))
        .withMessage("Benchmark run bmr_1: scenario run #0 has no id");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkOutcome.of(RUN, List.of(), List.of(scenario(null, "n")), null))
        .withMessage("Benchmark run bmr_1: scenario definition #0 has no id");
  }

  @Test
  void lists_definitions_by_id_and_finds_them_by_id() {
    BenchmarkOutcome outcome =
        BenchmarkOutcome.of(
            RUN,
            List.of(),
            List.of(scenario("scn_3", "c"), scenario("scn_1", "a"), scenario("scn_2", "b")),
            null);

    assertThat(outcome.scenarios())
        .extracting(ScenarioView::id)
        .containsExactly("scn_1", "scn_2", "scn_3");
    assertThat(outcome.scenarios()).isSameAs(outcome.scenarios());
    assertThat(outcome.scenario("scn_2")).map(ScenarioView::name).hasValue("b");
    assertThat(outcome.scenario(null)).isEmpty(); // a sorted map threw NullPointerException
  }
}
