package dev.benchgate.benchmarks.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link Timing} takes its figures; what they come to is the harness's business, not a test's.
 */
class TimingTest {
  @Test
  void pairs_alternate_which_task_runs_first_and_collect_before_each_measured_run() {
    List<String> runs = new ArrayList<>();

    Timing.Paired paired =
        Timing.paired(1, 3, () -> runs.add("on"), () -> runs.add("off"), () -> runs.add("gc"));

    assertThat(runs)
        .containsExactly(
            "on", "off", // the warm-up, uncollected
            "gc", "on", "gc", "off", //
            "gc", "off", "gc", "on", //
            "gc", "on", "gc", "off");
    assertThat(paired.first()).isNotNegative();
    assertThat(paired.second()).isNotNegative();
  }

  @Test
  void medians_are_the_middle_value_or_the_mean_of_the_two_middle_ones() {
    assertThat(Timing.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Timing.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }
}
