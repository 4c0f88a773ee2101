package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.OutcomeComparison;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a comparison whose mean score change per scenario is a larger drop than
 * allowed, or that has no scenario scored on both sides to compare.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveMeanScoreDropAtMost(comparison, 0.02));
 * // Expecting benchmark run nightly (bmr_2) against baseline benchmark run release-1.4 (bmr_1) to
 * // have a mean score drop of at most 0.02 (a mean change of at least -0.02 over the scenarios
 * // scored on both sides)
 * // but it was -0.15 over 8 scenarios scored on both sides, 95 % interval [-0.25, -0.05]
 * // (skewness-adjusted Student-t); the biggest drops:
 * //   - fix-login-bug (scn_1): 0.90 → 0.40 (-0.50)
 * //   - ...
 * }</pre>
 */
public class ShouldHaveMeanScoreDropAtMost extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveMeanScoreDropAtMost(comparison, 0.02));
   * }</pre>
   *
   * @param comparison the comparison
   * @param maxDrop the largest tolerated drop of the mean
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveMeanScoreDropAtMost(
      OutcomeComparison comparison, double maxDrop) {
    String actual =
        comparison.meanScoreDelta().isEmpty()
            ? ("no scenario has a score on both sides (%s in common), so there is nothing to"
                    + " compare.")
                .formatted(Format.count(comparison.scenarios().size(), "scenario", "scenarios"))
            : "it was %s over %s scored on both sides, %s; the biggest drops:%s"
                .formatted(
                    Format.change(comparison.meanScoreDelta().getAsDouble()),
                    Format.count(comparison.pairedScenarios().size(), "scenario", "scenarios"),
                    Format.interval(comparison.meanScoreDeltaInterval().orElseThrow()),
                    ComparedScenarios.bullets(comparison, comparison.regressions(0)));
    return new ShouldHaveMeanScoreDropAtMost(Names.comparison(comparison), maxDrop, actual);
  }

  private ShouldHaveMeanScoreDropAtMost(String subject, double maxDrop, String actual) {
    super(
        "%nExpecting %s to have a mean score drop of at most %s (a mean change of at least %s over"
            + " the scenarios scored on both sides)%nbut %s",
        unquotedString(subject),
        unquotedString(Format.score(maxDrop)),
        unquotedString(Format.change(-maxDrop)),
        unquotedString(actual));
  }
}
