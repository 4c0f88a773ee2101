package dev.benchgate.samples;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.BenchmarkRun;
import org.junit.jupiter.api.Test;

/**
 * A run recorded from a server of the legacy API generation ({@code /v1/benchmarks/runs}) gates the
 * same way: its embedded scenario runs became ordinary scenario runs, and the scenarios it never
 * reached show up as not covered.
 */
class LegacyRunGateTest {

  @Test
  void legacyRunIsJudgedLikeAnyOther(
      @BenchmarkRun("classpath:snapshots/legacy-run.json") BenchmarkOutcome outcome) {
    assertThat(outcome).isCompleted().hasScoreAtLeast(0.7).allScenarioRunsAreFinished();
    assertThat(outcome.scenarioIdsWithoutFinishedRun()).isNotEmpty();
  }
}
