package dev.benchgate.assertj;

import org.assertj.core.api.BDDSoftAssertions;

/**
 * BDD-style soft assertions with Benchgate's {@code then} methods besides all of AssertJ's:
 * failures are collected, navigation into nested results included, and reported together. Works
 * with AssertJ's {@code SoftAssertionsExtension}.
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class NightlyGate {
 *   @InjectSoftAssertions BenchgateBddSoftAssertions softly;
 *
 *   @Test
 *   void everyScenario(@BenchmarkRun BenchmarkOutcome outcome) {
 *     softly.then(outcome).hasNoScoringErrors();
 *     softly.then(outcome).scenarioRun("fix-login-bug").hasScoreAtLeast(0.5);
 *   }
 * }
 * }</pre>
 */
public class BenchgateBddSoftAssertions extends BDDSoftAssertions
    implements BenchgateBddSoftAssertionsProvider {

  /**
   * Creates soft assertions that collect failures until {@link #assertAll()}; AssertJ's {@code
   * SoftAssertionsExtension} and {@code assertSoftly} create them too.
   */
  public BenchgateBddSoftAssertions() {}
}
