package dev.benchgate.benchmarks.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
  void each_task_keeps_its_own_times_in_either_order_and_the_difference_is_taken_within_pairs() {
    AtomicLong clock = new AtomicLong();
    long[] onMillis = {10, 12, 30}; // the third pair is slow on both sides
    AtomicInteger on = new AtomicInteger();
    AtomicInteger off = new AtomicInteger();

    Timing.Paired paired =
        Timing.paired(
            0,
            3,
            () -> clock.addAndGet(onMillis[on.getAndIncrement()] * 1_000_000),
            () -> clock.addAndGet((off.getAndIncrement() == 2 ? 27 : 3) * 1_000_000L),
            () -> {},
            clock::get);

    assertThat(paired.first()).isEqualTo(12.0);
    assertThat(paired.second()).isEqualTo(3.0);
    // The median of 7, 9 and 3 within the pairs; the medians' difference would say 9.
    assertThat(paired.difference()).isEqualTo(7.0);
  }

  @Test
  void medians_are_the_middle_value_or_the_mean_of_the_two_middle_ones() {
    assertThat(Timing.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Timing.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }
}
