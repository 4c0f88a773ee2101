package dev.benchgate.assertj.internal;

import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.repeated.RepeatedScenario;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of repeated runs with too many flaky scenarios, or none to judge: each flaky
 * scenario by name with its pass count, worst first, and the tries that did not pass with why.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveAtMostFlakyScenarios(runs, 0, 0.5, flaky));
 * // Expecting 5 repeated runs of benchmark bmd_1 (bmr_1, ...) to have at most 0 flaky scenarios
 * // (scenarios that pass a score of at least 0.5 in some runs and not in others; a try without a
 * // score, an infrastructure outcome or a missing scenario run, does not pass)
 * // but 1 of its 4 scenarios was, worst first:
 * //   - retry-flag: 2 of 5 runs passed (scenario scn_b2); not in bmr_2: score 0.2, bmr_5:
 * //     failed, no score [infrastructure outcome: EnvironmentSetupError: devbox failed to start]
 * }</pre>
 */
public class ShouldHaveAtMostFlakyScenarios extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveAtMostFlakyScenarios(runs, 0, 0.5, runs.flakyScenarios(0.5)));
   * }</pre>
   *
   * @param runs the runs
   * @param max the most flaky scenarios allowed
   * @param passingScore the lowest passing score
   * @param flaky the flaky scenarios, worst first
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveAtMostFlakyScenarios(
      RepeatedOutcome runs, int max, double passingScore, List<RepeatedScenario> flaky) {
    int scenarios = runs.scenarios(passingScore).size();
    String actual =
        scenarios == 0
            ? "its runs have no scenario runs."
            : "%d of its %s %s, worst first:%s"
                .formatted(
                    flaky.size(),
                    Format.count(scenarios, "scenario", "scenarios"),
                    flaky.size() == 1 ? "was" : "were",
                    Offenders.bullets(
                        flaky.stream().map(RepeatedScenarios::withFailedTries).toList()));
    return new ShouldHaveAtMostFlakyScenarios(
        Names.repeatedRuns(runs),
        Format.count(max, "flaky scenario", "flaky scenarios"),
        Format.score(passingScore),
        actual);
  }

  private ShouldHaveAtMostFlakyScenarios(
      String subject, String max, String passingScore, String actual) {
    super(
        "%nExpecting %s to have at most %s (scenarios that pass a score of at least %s in some"
            + " runs and not in others; a try without a score, an infrastructure outcome or a"
            + " missing scenario run, does not pass)%nbut %s",
        unquotedString(subject),
        unquotedString(max),
        unquotedString(passingScore),
        unquotedString(actual));
  }
}
