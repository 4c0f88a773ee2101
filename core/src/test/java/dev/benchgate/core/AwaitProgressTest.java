package dev.benchgate.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.AwaitProgress.ScenarioRunCount;
import dev.benchgate.core.model.BenchmarkRunView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwaitProgressTest {

  @Test
  void describes_finished_of_total_scenario_runs_of_the_run() {
    BenchmarkRunView run =
        new BenchmarkRunView(
            "bmr_123", "bmd_42", "nightly", Map.of(), 0L, null, "running", null, null, Map.of(),
            Map.of(), List.of(), List.of());

    AwaitProgress progress =
        new AwaitProgress(run, Optional.of(new ScenarioRunCount(37, 50)), Duration.ofMinutes(3));

    assertThat(progress.describe()).isEqualTo("bmr_123: 37/50 scenario runs finished");
  }

  @Test
  void describes_the_run_state_when_its_scenario_runs_were_not_counted() {
    BenchmarkRunView run =
        new BenchmarkRunView(
            "bmr_123", "bmd_42", "nightly", Map.of(), 0L, null, "running", null, null, Map.of(),
            Map.of(), List.of(), List.of());

    AwaitProgress progress = new AwaitProgress(run, Optional.empty(), Duration.ofMinutes(3));

    assertThat(progress.describe())
        .isEqualTo("bmr_123: running, scenario runs not counted this time");
  }
}
