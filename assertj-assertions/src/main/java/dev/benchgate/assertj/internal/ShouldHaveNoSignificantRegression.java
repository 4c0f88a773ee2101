package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.compare.SignificanceTest;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a comparison in which a one-sided significance test found a regression. It
 * reports the figures of both tests (each with its test, sidedness and method), says which one
 * fired, and reminds that significance is about noise, not size.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveNoSignificantRegression(significance));
 * // Expecting benchmark run nightly (bmr_2) against baseline benchmark run release-1.4 (bmr_1) to
 * // have no significant regression at alpha 0.05
 * // but the score change test found one:
 * //   - score change over 6 scenarios scored on both sides: mean -0.3, 95 % interval [-0.45,
 * //     -0.15] (skewness-adjusted Student-t), p = 0.0156 (one-sided paired sign-flip test,
 * //     exact): significant regression
 * //   - pass/fail flips at a score of at least 0.5 over 6 scenarios in common: 4 newly failing,
 * //     0 newly passing, p = 0.0625 (one-sided exact McNemar test): not a significant regression
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
        fired + " found one:" + bullets(significance),
        "Significance says that a change is unlikely to be noise, not that it is large: bound its"
            + " size with hasMeanScoreDropAtMost or hasNoScenarioRegressedByMoreThan.");
  }

  /**
   * Creates the message of a comparison whose tests found no regression but have too few scenarios
   * to ever reach the level: a gate that could not judge does not pass.
   *
   * <pre>{@code
   * throwAssertionError(shouldBeAbleToFindRegression(significance));
   * // Expecting benchmark run nightly (bmr_2) against baseline benchmark run release-1.4 (bmr_1) to
   * // have no significant regression at alpha 0.05
   * // but the tests cannot tell: with this few scenarios no regression, however large, could reach
   * // p ≤ 0.05 (underpowered):
   * //   - score change over 4 scenarios scored on both sides: mean -0.8, ..., p = 0.0625
   * //     (one-sided paired sign-flip test, exact): underpowered, the smallest p it can reach is
   * //     0.0625, it needs at least 5 scenarios scored on both sides
   * //   - pass/fail flips ...
   * // A gate that could not judge does not pass: compare at least 5 scenarios, or call
   * // hasNoSignificantRegression(0.05, WhenUnderpowered.ABORT) to skip it instead.
   * }</pre>
   *
   * @param significance the findings of both tests, none of which fired and one underpowered
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeAbleToFindRegression(
      RegressionSignificance significance) {
    return new ShouldHaveNoSignificantRegression(
        Names.comparison(significance.comparison()),
        Format.score(significance.alpha()),
        "the tests cannot tell: with this few scenarios no regression, however large, could reach p ≤ %s (underpowered):%s"
            .formatted(Format.score(significance.alpha()), bullets(significance)),
        ("A gate that could not judge does not pass: compare at least %d scenarios, or call"
                + " hasNoSignificantRegression(%s, WhenUnderpowered.ABORT) to skip it instead.")
            .formatted(
                SignificanceTest.scenariosNeededAt(significance.alpha()),
                Format.score(significance.alpha())));
  }

  private static String bullets(RegressionSignificance significance) {
    return Offenders.bullets(List.of(scoreChange(significance), flips(significance)));
  }

  private static String scoreChange(RegressionSignificance significance) {
    OutcomeComparison comparison = significance.comparison();
    SignificanceTest test = significance.scoreTest();
    if (significance.meanScoreChange().isEmpty()) {
      return "score change: not tested, no scenario has a score on both sides; "
          + verdict(significance, test, false, "scored on both sides");
    }
    return "score change over %s scored on both sides: mean %s, %s, p = %s (%s, %s): %s"
        .formatted(
            Format.count(test.scenarios(), "scenario", "scenarios"),
            Format.change(significance.meanScoreChange().getAsDouble()),
            Format.interval(comparison.meanScoreDeltaInterval().orElseThrow()),
            Format.pValue(test.pValue()),
            test.kind().description(),
            test.method().description(),
            verdict(significance, test, significance.scoreChangeFired(), "scored on both sides"));
  }

  private static String flips(RegressionSignificance significance) {
    SignificanceTest test = significance.flipTest();
    return "pass/fail flips at %s over %s in common: %d newly failing, %d newly passing, p = %s (%s): %s"
        .formatted(
            significance.passing().qualify("a score"),
            Format.count(test.scenarios(), "scenario", "scenarios"),
            significance.newFailures(),
            significance.newPasses(),
            Format.pValue(test.pValue()),
            test.kind().description(),
            verdict(significance, test, significance.flipsFired(), "in common"));
  }

  private static String verdict(
      RegressionSignificance significance, SignificanceTest test, boolean fired, String scenarios) {
    if (fired) {
      return "significant regression";
    }
    if (test.isUnderpoweredAt(significance.alpha())) {
      return "underpowered, the smallest p it can reach is %s, it needs at least %d scenarios %s"
          .formatted(
              Format.pValue(test.smallestReachablePValue()),
              SignificanceTest.scenariosNeededAt(significance.alpha()),
              scenarios);
    }
    return "not a significant regression";
  }

  private ShouldHaveNoSignificantRegression(
      String subject, String alpha, String actual, String advice) {
    super(
        "%nExpecting %s to have no significant regression at alpha %s%nbut %s%n%s",
        unquotedString(subject),
        unquotedString(alpha),
        unquotedString(actual),
        unquotedString(advice));
  }
}
