package com.example.gates;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.BenchmarkRun;
import org.junit.jupiter.api.Test;

/** A gate on a run kept as a snapshot file: no network, no API key. */
class SnapshotGateTest {
  @Test
  void nightlyRun(@BenchmarkRun("classpath:snapshots/nightly.json") BenchmarkOutcome outcome) {
    assertThat(outcome)
        .coversAllScenariosOfItsBenchmark()
        .hasPassRateAtLeast(1.0, 0.5)
        .hasMeanScoreAtLeast(0.75);
  }
}
