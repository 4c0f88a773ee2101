package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.compare.ScenarioComparison;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a comparison in which some scenarios' scores dropped by more than a
 * margin. Scenarios that lost their score to an infrastructure outcome are no score regressions;
 * the message lists them apart, so that a reader sees them without mistaking them for a worse
 * agent.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveNoScenarioRegressedByMoreThan(comparison, 0.2, regressions, lost));
 * // Expecting benchmark run nightly (bmr_2) against baseline benchmark run release-1.4 (bmr_1) to
 * // have no scenario whose score dropped by more than 0.2
 * // but 2 of the 10 scenarios scored on both sides did, worst first:
 * //   - fix-login-bug (scn_1): 0.90 → 0.40 (-0.50)
 * //   - add-cache (scn_2): 0.80 → 0.55 (-0.25)
 * // Not counted as score regressions: 1 scenario lost its score to an infrastructure outcome, not
 * // a low score:
 * //   - refactor-db (scn_3): 0.70 → no score (timeout) [infrastructure outcome]
 * }</pre>
 */
public class ShouldHaveNoScenarioRegressedByMoreThan extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveNoScenarioRegressedByMoreThan(comparison, 0.2, regressions, lost));
   * }</pre>
   *
   * @param comparison the comparison
   * @param margin the largest tolerated drop
   * @param regressions the scenarios whose score dropped by more, worst first
   * @param lostToInfrastructure the scenarios scored in the baseline that lost their score to an
   *     infrastructure outcome in the candidate; may be empty
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveNoScenarioRegressedByMoreThan(
      OutcomeComparison comparison,
      double margin,
      List<ScenarioComparison> regressions,
      List<ScenarioComparison> lostToInfrastructure) {
    String actual =
        "%d of the %s scored on both sides did, worst first:%s"
            .formatted(
                regressions.size(),
                Format.count(comparison.pairedScenarios().size(), "scenario", "scenarios"),
                ComparedScenarios.bullets(comparison, regressions));
    String note =
        lostToInfrastructure.isEmpty()
            ? ""
            : "%nNot counted as score regressions: %s lost %s score to %s:%s"
                .formatted(
                    Format.count(lostToInfrastructure.size(), "scenario", "scenarios"),
                    lostToInfrastructure.size() == 1 ? "its" : "their",
                    Format.INFRASTRUCTURE,
                    ComparedScenarios.bullets(comparison, lostToInfrastructure));
    return new ShouldHaveNoScenarioRegressedByMoreThan(
        Names.comparison(comparison), margin, actual + note);
  }

  private ShouldHaveNoScenarioRegressedByMoreThan(String subject, double margin, String actual) {
    super(
        "%nExpecting %s to have no scenario whose score dropped by more than %s%nbut %s",
        unquotedString(subject), unquotedString(Format.score(margin)), unquotedString(actual));
  }
}
