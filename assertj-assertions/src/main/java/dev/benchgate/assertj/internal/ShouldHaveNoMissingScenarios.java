package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.OutcomeComparison;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a comparison whose candidate did not run some scenarios of its baseline at
 * all. A missing scenario takes no part in any delta or mean, so a candidate could look better by
 * skipping the hard ones.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveNoMissingScenarios(comparison));
 * // Expecting benchmark run nightly (bmr_2) against baseline benchmark run release-1.4 (bmr_1) to
 * // have run every scenario of the baseline
 * // but 2 of the baseline's 10 scenarios were not run at all:
 * //   - add-cache (scn_2): 0.80 in the baseline
 * //   - fix-login-bug (scn_1): no score (timeout) in the baseline
 * }</pre>
 */
public class ShouldHaveNoMissingScenarios extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveNoMissingScenarios(comparison));
   * }</pre>
   *
   * @param comparison the comparison, with missing scenarios
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveNoMissingScenarios(OutcomeComparison comparison) {
    int missing = comparison.missingScenarios().size();
    int baselineScenarios = comparison.scenarios().size() + missing;
    return new ShouldHaveNoMissingScenarios(
        Names.comparison(comparison),
        "%d of the baseline's %s %s not run at all:%s"
            .formatted(
                missing,
                Format.count(baselineScenarios, "scenario", "scenarios"),
                missing == 1 ? "was" : "were",
                ComparedScenarios.baselineOnly(comparison.missingScenarios())));
  }

  private ShouldHaveNoMissingScenarios(String subject, String actual) {
    super(
        "%nExpecting %s to have run every scenario of the baseline%nbut %s",
        unquotedString(subject), unquotedString(actual));
  }
}
