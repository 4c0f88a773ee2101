package dev.benchgate.samples;

import static dev.benchgate.assertj.BenchgateAssertions.atScore;
import static dev.benchgate.assertj.BenchgateAssertions.percent;

import dev.benchgate.assertj.BenchgateSoftAssertions;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.Baseline;
import dev.benchgate.junit.BenchmarkRun;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every gate of a run in one test: soft assertions collect all failures, so one CI log shows
 * everything that is wrong with the run instead of the first problem only.
 */
@ExtendWith(SoftAssertionsExtension.class)
class SoftAssertionsGateTest {
  @InjectSoftAssertions BenchgateSoftAssertions softly;

  @Test
  void everyGateOfTheRun(@BenchmarkRun BenchmarkOutcome run, @Baseline BenchmarkOutcome baseline) {
    softly.assertThat(run.run()).isCompleted().hasScoreAtLeast(0.8);
    softly
        .assertThat(run)
        .hasPassRateAtLeast(0.9, atScore(0.5))
        .hasInfrastructureFailuresAtMost(percent(10))
        .coversAllScenariosOfItsBenchmark();
    softly.assertThat(run).hasNoScenarioRunsIn(ScenarioRunState.RUNNING, ScenarioRunState.SCORING);
    softly
        .assertThat(run)
        .scenarioRun("extract-pricing-rules-into-strategy")
        .isScored()
        .hasScoreAtLeast(0.5);
    softly
        .assertThat(run)
        .comparedTo(baseline)
        .hasNoScenarioRegressedByMoreThan(0.2)
        .hasMeanScoreDropAtMost(0.02);
  }
}
