package dev.benchgate.samples;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;

import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.junit.BenchmarkRun;
import org.junit.jupiter.api.Test;

/**
 * Gates repeated runs of one agent on one commit: one run is a noisy sample, five say how reliably
 * the agent solves each scenario. Offline the runs come from a bundled snapshot; in CI, name the
 * newest five runs of the commit instead,
 * {@code @BenchmarkRun("latest:bmd_…?metadata.git_sha=${env:GIT_SHA}&count=5")}, or the runs by id.
 */
class RepeatedRunsGateTest {

  @Test
  void mostScenariosAreSolvedInSomeRun(
      @BenchmarkRun("classpath:snapshots/candidate-repeated.json") RepeatedOutcome runs) {
    assertThat(runs).hasRunCount(5).hasPassAtKAtLeast(1, 0.8).hasPassAtKAtLeast(5, 0.9);
  }

  @Test
  void fewScenariosAreFlaky(
      @BenchmarkRun("classpath:snapshots/candidate-repeated.json") RepeatedOutcome runs) {
    assertThat(runs).hasAtMostFlakyScenarios(5);
  }
}
