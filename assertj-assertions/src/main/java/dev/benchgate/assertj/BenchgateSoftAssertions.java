package dev.benchgate.assertj;

import org.assertj.core.api.SoftAssertions;

/**
 * Soft assertions with Benchgate's {@code assertThat} methods besides all of AssertJ's: failures
 * are collected, navigation into nested results included, and reported together. Works with
 * AssertJ's {@code SoftAssertionsExtension}.
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class NightlyGate {
 *   @InjectSoftAssertions BenchgateSoftAssertions softly;
 *
 *   @Test
 *   void everyScenario(@BenchmarkRun BenchmarkOutcome outcome) {
 *     softly.assertThat(outcome).hasNoScoringErrors();
 *     softly.assertThat(outcome).scenarioRun("fix-login-bug").hasScoreAtLeast(0.5);
 *   }
 * }
 *
 * // or, without the extension:
 * SoftAssertionsProvider.assertSoftly(BenchgateSoftAssertions.class, softly -> {
 *   softly.assertThat(run).isCompleted();
 *   softly.assertThat(run).hasScoreAtLeast(0.8);
 * });
 * }</pre>
 */
public class BenchgateSoftAssertions extends SoftAssertions
    implements BenchgateSoftAssertionsProvider {

  /**
   * Creates soft assertions that collect failures until {@link #assertAll()}; AssertJ's {@code
   * SoftAssertionsExtension} and {@code assertSoftly} create them too.
   */
  public BenchgateSoftAssertions() {}
}
