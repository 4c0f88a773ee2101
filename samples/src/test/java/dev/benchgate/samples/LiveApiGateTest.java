package dev.benchgate.samples;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.BenchmarkRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same gate against the real Runloop API, for a run you name on the command line:
 *
 * <pre>
 * RUNLOOP_API_KEY=... mvn -B -Pgates verify -Dbenchgate.benchmark-run=bmr_...
 * </pre>
 *
 * Without {@code RUNLOOP_API_KEY} it is skipped, so the offline build stays green. A run that is
 * still running is awaited ({@code benchgate.await.timeout}); past the deadline the test fails, as
 * a gate that could not judge never passes ({@code -Dbenchgate.unavailable=abort} aborts it
 * instead, for local work).
 */
@EnabledIfEnvironmentVariable(named = "RUNLOOP_API_KEY", matches = ".+")
class LiveApiGateTest {

  @Test
  void liveRunPassesTheGate(@BenchmarkRun BenchmarkOutcome outcome) {
    assertThat(outcome).isCompleted().hasScoreAtLeast(0.8).hasNoScoringErrors();
  }
}
