package dev.benchgate.assertj.internal;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run with scenario runs that have not finished, or with none at
 * all.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveAllScenarioRunsFinished(outcome, unfinished));
 * // Expecting all scenario runs of benchmark run nightly (bmr_1) to be finished
 * // but 2 of its 10 are not, worst first:
 * //   - add-cache (scr_7): running, no score
 * //   - fix-login-bug (scr_3): scoring, no score
 * }</pre>
 */
public class ShouldHaveAllScenarioRunsFinished extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveAllScenarioRunsFinished(outcome, unfinished));
   * }</pre>
   *
   * @param outcome the outcome of the run
   * @param unfinished its scenario runs that have not finished
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveAllScenarioRunsFinished(
      BenchmarkOutcome outcome, Offenders unfinished) {
    String actual =
        unfinished.total() == 0
            ? "it has no scenario runs."
            : "%d of its %d %s not, worst first:%s"
                .formatted(
                    unfinished.count(),
                    unfinished.total(),
                    unfinished.count() == 1 ? "is" : "are",
                    unfinished.bullets());
    return new ShouldHaveAllScenarioRunsFinished(Names.benchmarkRun(outcome.run()), actual);
  }

  private ShouldHaveAllScenarioRunsFinished(String subject, String actual) {
    super(
        "%nExpecting all scenario runs of %s to be finished%nbut %s",
        unquotedString(subject), unquotedString(actual));
  }
}
