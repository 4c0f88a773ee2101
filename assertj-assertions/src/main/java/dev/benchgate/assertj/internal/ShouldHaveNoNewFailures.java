package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.compare.ScenarioComparison;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a comparison with scenarios that passed a threshold in the baseline and do
 * not in the candidate. Those that lost their score to an infrastructure outcome are tagged as
 * such.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveNoNewFailures(comparison, ScoreRequirement.atLeast(0.5), newFailures));
 * // Expecting benchmark run nightly (bmr_2) against baseline benchmark run release-1.4 (bmr_1) to
 * // have no new failures: no scenario with a score of at least 0.5 in the baseline and not in the
 * // candidate
 * // but 2 of the 10 scenarios in common have, the highest baseline score first:
 * //   - refactor-db (scn_3): 0.90 → no score (timeout) [infrastructure outcome]
 * //   - fix-login-bug (scn_1): 0.70 → 0.40 (-0.30)
 * }</pre>
 */
public class ShouldHaveNoNewFailures extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveNoNewFailures(comparison, passing, comparison.newFailures(0.5)));
   * }</pre>
   *
   * @param comparison the comparison
   * @param passing the requirement a scenario's score must meet to pass
   * @param newFailures the scenarios that pass in the baseline and not in the candidate, the
   *     highest baseline score first
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveNoNewFailures(
      OutcomeComparison comparison,
      ScoreRequirement passing,
      List<ScenarioComparison> newFailures) {
    return new ShouldHaveNoNewFailures(
        Names.comparison(comparison),
        passing.qualify("a score"),
        "%d of the %s in common %s, the highest baseline score first:%s"
            .formatted(
                newFailures.size(),
                Format.count(comparison.scenarios().size(), "scenario", "scenarios"),
                newFailures.size() == 1 ? "has" : "have",
                ComparedScenarios.bullets(comparison, newFailures)));
  }

  private ShouldHaveNoNewFailures(String subject, String passing, String actual) {
    super(
        "%nExpecting %s to have no new failures: no scenario with %s in the baseline and not in"
            + " the candidate%nbut %s",
        unquotedString(subject), unquotedString(passing), unquotedString(actual));
  }
}
