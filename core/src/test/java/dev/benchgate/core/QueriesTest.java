package dev.benchgate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ValidationType;
import org.junit.jupiter.api.Test;

/** The query records: factories, withers that leave the original alone, and rejected filters. */
class QueriesTest {

  @Test
  void benchmark_run_query_withers_return_new_queries() {
    BenchmarkRunQuery forBenchmark = BenchmarkRunQuery.forBenchmark("bmd_42");

    BenchmarkRunQuery completed = forBenchmark.withState(BenchmarkRunState.COMPLETED);

    assertThat(forBenchmark).isEqualTo(new BenchmarkRunQuery("bmd_42", null, null, null));
    assertThat(completed.withName("n").withSearch("s").withBenchmarkId(null))
        .isEqualTo(new BenchmarkRunQuery(null, BenchmarkRunState.COMPLETED, "n", "s"));
    assertThat(BenchmarkRunQuery.all()).isEqualTo(new BenchmarkRunQuery(null, null, null, null));
  }

  @Test
  void scenario_run_query_withers_return_new_queries() {
    ScenarioRunQuery forRun = ScenarioRunQuery.forBenchmarkRun("bmr_1");

    ScenarioRunQuery narrowed =
        forRun
            .withScenarioId("scn_1")
            .withState(ScenarioRunState.FAILED)
            .withName("n")
            .withSearch("s");

    assertThat(forRun).isEqualTo(new ScenarioRunQuery("bmr_1", null, null, null, null));
    assertThat(narrowed)
        .isEqualTo(new ScenarioRunQuery("bmr_1", "scn_1", ScenarioRunState.FAILED, "n", "s"));
    assertThat(ScenarioRunQuery.forScenario("scn_1").withBenchmarkRunId("bmr_2"))
        .isEqualTo(new ScenarioRunQuery("bmr_2", "scn_1", null, null, null));
  }

  @Test
  void scenario_query_withers_return_new_queries() {
    ScenarioQuery forBenchmark = ScenarioQuery.forBenchmark("bmd_42");

    ScenarioQuery narrowed =
        forBenchmark.withName("n").withValidationType(ValidationType.REVERSE).withSearch("s");

    assertThat(forBenchmark).isEqualTo(new ScenarioQuery(null, "bmd_42", null, null));
    assertThat(narrowed).isEqualTo(new ScenarioQuery("n", "bmd_42", ValidationType.REVERSE, "s"));
    assertThat(ScenarioQuery.all().withBenchmarkId("bmd_1"))
        .isEqualTo(new ScenarioQuery(null, "bmd_1", null, null));
  }

  @Test
  void benchmark_query_withers_return_new_queries() {
    BenchmarkQuery named = BenchmarkQuery.named("swe-lite");

    assertThat(named.withSearch("swe")).isEqualTo(new BenchmarkQuery("swe-lite", "swe"));
    assertThat(named).isEqualTo(new BenchmarkQuery("swe-lite", null));
    assertThat(BenchmarkQuery.all().withName("x")).isEqualTo(new BenchmarkQuery("x", null));
  }

  @Test
  void unrecognized_values_cannot_be_sent_as_filters() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkRunQuery.all().withState(BenchmarkRunState.UNRECOGNIZED))
        .withMessage("Cannot filter by state UNRECOGNIZED: it has no API value to send");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScenarioRunQuery.all().withState(ScenarioRunState.UNRECOGNIZED));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScenarioQuery.all().withValidationType(ValidationType.UNRECOGNIZED));
  }
}
