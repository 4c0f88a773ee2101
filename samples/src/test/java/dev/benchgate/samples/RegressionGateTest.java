package dev.benchgate.samples;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.Baseline;
import dev.benchgate.junit.BenchmarkRun;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when the agent got worse than the baseline (last release's run, from {@code
 * benchgate.baseline}). Scores are noisy, so each check asks a different question: did any single
 * scenario break, did the average slip, and is the change more than noise.
 */
class RegressionGateTest {

  @Test
  void noScenarioBroke(
      @BenchmarkRun BenchmarkOutcome current, @Baseline BenchmarkOutcome baseline) {
    assertThat(current)
        .comparedTo(baseline)
        .hasNoScenarioRegressedByMoreThan(0.2)
        .hasNoMissingScenarios();
  }

  @Test
  void averageHeld(@BenchmarkRun BenchmarkOutcome current, @Baseline BenchmarkOutcome baseline) {
    assertThat(current).comparedTo(baseline).hasMeanScoreDropAtMost(0.02);
  }

  @Test
  void noSignificantRegression(
      @BenchmarkRun BenchmarkOutcome current, @Baseline BenchmarkOutcome baseline) {
    assertThat(current).comparedTo(baseline).hasNoSignificantRegression();
  }
}
