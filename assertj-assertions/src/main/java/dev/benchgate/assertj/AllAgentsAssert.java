package dev.benchgate.assertj;

import dev.benchgate.core.outcome.BenchmarkJobOutcome;

/**
 * The gates of a benchmark run applied to every agent of a benchmark job; see {@link
 * AbstractAllAgentsAssert} for them.
 *
 * <pre>{@code
 * assertThat(job).allAgents().hasPassRateAtLeast(0.5, atScore(0.5));
 * }</pre>
 */
public class AllAgentsAssert extends AbstractAllAgentsAssert<AllAgentsAssert, BenchmarkJobOutcome> {

  /**
   * Creates the assertion; prefer {@code assertThat(job).allAgents()}.
   *
   * <pre>{@code
   * new AllAgentsAssert(job).hasNoScoringErrors();
   * }</pre>
   *
   * @param actual the job whose agents are under test, may be {@code null}
   */
  public AllAgentsAssert(BenchmarkJobOutcome actual) {
    super(actual, AllAgentsAssert.class);
  }
}
