package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.OutcomeComparison;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a comparison in which a significance test found a regression. It reports
 * the figures of both tests, says which one fired, and reminds that significance is about noise,
 * not size.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveNoSignificantRegression(significance));
 * // Expecting benchmark run nightly (bmr_2) against baseline benchmark run release-1.4 (bmr_1) to
 * // have no significant regression at alpha 0.05
 * // but the score change test found one:
 * //   - score change over 6 scenarios scored on both sides: mean -0.3, 95 % interval [-0.45,
 * //     -0.15], p = 0.0312 (paired sign-flip test): significant regression
 * //   - pass/fail flips at a score of at least 0.5 over 6 scenarios in common: 4 newly failing,
 * //     0 newly passing, p = 0.125 (exact McNemar test): not a significant regression
 * // Significance says that a change is unlikely to be noise, not that it is large: bound its size
 * // with hasMeanScoreDropAtMost or hasNoScenarioRegressedByMoreThan.
 * }</pre>
 */
public class ShouldHaveNoSignificantRegression extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveNoSignificantRegression(RegressionSignificance.of(comparison, 0.05, 0.5)));
   * }</pre>
   *
   * @param significance the findings of both tests, at least one of which fired
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveNoSignificantRegression(
      RegressionSignificance significance) {
    String fired =
        significance.scoreChangeFired() && significance.flipsFired()
            ? "both tests"
            : significance.scoreChangeFired() ? "the score change test" : "the pass/fail flip test";
    return new ShouldHaveNoSignificantRegression(
        Names.comparison(significance.comparison()),
        Format.score(significance.alpha()),
        fired
            + " found one:"
            + Offenders.bullets(List.of(scoreChange(significance), flips(significance))));
  }

  private static String scoreChange(RegressionSignificance significance) {
    OutcomeComparison comparison = significance.comparison();
    if (significance.meanScoreChange().isEmpty()) {
      return "score change: not tested, no scenario has a score on both sides";
    }
    return ("score change over %s scored on both sides: mean %s, %s, p = %s (paired sign-flip"
            + " test): %s")
        .formatted(
            Format.count(comparison.pairedScenarios().size(), "scenario", "scenarios"),
            Format.change(significance.meanScoreChange().getAsDouble()),
            Format.interval(comparison.meanScoreDeltaInterval().orElseThrow()),
            Format.pValue(significance.scoreChangePValue()),
            verdict(significance.scoreChangeFired()));
  }

  private static String flips(RegressionSignificance significance) {
    return ("pass/fail flips at %s over %s in common: %d newly failing, %d newly passing, p = %s"
            + " (exact McNemar test): %s")
        .formatted(
            significance.passing().qualify("a score"),
            Format.count(significance.comparison().scenarios().size(), "scenario", "scenarios"),
            significance.newFailures(),
            significance.newPasses(),
            Format.pValue(significance.flipPValue()),
            verdict(significance.flipsFired()));
  }

  private static String verdict(boolean fired) {
    return fired ? "significant regression" : "not a significant regression";
  }

  private ShouldHaveNoSignificantRegression(String subject, String alpha, String actual) {
    super(
        "%nExpecting %s to have no significant regression at alpha %s%nbut %s%nSignificance says"
            + " that a change is unlikely to be noise, not that it is large: bound its size with"
            + " hasMeanScoreDropAtMost or hasNoScenarioRegressedByMoreThan.",
        unquotedString(subject), unquotedString(alpha), unquotedString(actual));
  }
}
