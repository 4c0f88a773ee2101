package dev.benchgate.samples;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.atScore;
import static dev.benchgate.assertj.BenchgateAssertions.percent;
import static dev.benchgate.assertj.BenchgateAssertions.withConfidence;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.BenchmarkGate;
import dev.benchgate.junit.BenchmarkRun;
import org.junit.jupiter.api.Test;

/**
 * The release gate: tonight's run must be complete, score well overall, and cover the whole
 * benchmark. The run comes from {@code benchgate.benchmark-run} (see {@code
 * junit-platform.properties}).
 */
@BenchmarkGate
class OverallQualityGateTest {

  @Test
  void scoresAtLeastEightyPercent(@BenchmarkRun BenchmarkRunView run) {
    assertThat(run).isCompleted().hasScoreAtLeast(0.8);
  }

  @Test
  void passesNineOutOfTenScenarios(@BenchmarkRun BenchmarkOutcome outcome) {
    assertThat(outcome).coversAllScenariosOfItsBenchmark().hasPassRateAtLeast(0.9, atScore(0.5));
  }

  @Test
  void averagesAtLeastSixtyFivePercentNotByLuck(@BenchmarkRun BenchmarkOutcome outcome) {
    // The benchmark is a sample of the tasks the agent will meet: the mean must clear the bar by
    // more than its error, so the gate holds on the one-sided 95 % lower bound of the mean
    // (scenario runs without a score count as 0).
    assertThat(outcome).hasMeanScoreAtLeast(0.65, withConfidence(0.95));
  }

  @Test
  void keepsInfrastructureFailuresWithinBudget(@BenchmarkRun BenchmarkOutcome outcome) {
    // A few devboxes fail on any night; more than 10 % of the scenario runs failed, timed out or
    // canceled means the infrastructure, not the agent, broke.
    assertThat(outcome).hasInfrastructureFailuresAtMost(percent(10));
  }
}
