package dev.benchgate.assertj.internal;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run in which some scenario runs miss a score requirement, or
 * that has no scenario runs to judge.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveAllScenarioRunsScoring(outcome, ScoreRequirement.atLeast(0.5), failing));
 * // Expecting every scenario run of benchmark run nightly (bmr_1) to have a score of at least 0.5
 * // but 2 of its 10 do not, worst first:
 * //   - fix-login-bug (scr_3): timeout, no score [infrastructure outcome]
 * //   - add-cache (scr_7): scored, score 0.1
 * }</pre>
 */
public class ShouldHaveAllScenarioRunsScoring extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveAllScenarioRunsScoring(outcome, requirement, failing));
   * }</pre>
   *
   * @param outcome the outcome of the run
   * @param requirement what every scenario run's score must be
   * @param failing its scenario runs that miss the requirement
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveAllScenarioRunsScoring(
      BenchmarkOutcome outcome, ScoreRequirement requirement, Offenders failing) {
    String actual =
        failing.total() == 0
            ? "it has no scenario runs."
            : "%d of its %d %s not, worst first:%s"
                .formatted(
                    failing.count(),
                    failing.total(),
                    failing.count() == 1 ? "does" : "do",
                    failing.bullets());
    return new ShouldHaveAllScenarioRunsScoring(
        Names.benchmarkRun(outcome.run()), requirement.qualify("a score"), actual);
  }

  private ShouldHaveAllScenarioRunsScoring(String subject, String expected, String actual) {
    super(
        "%nExpecting every scenario run of %s to have %s%nbut %s",
        unquotedString(subject), unquotedString(expected), unquotedString(actual));
  }
}
