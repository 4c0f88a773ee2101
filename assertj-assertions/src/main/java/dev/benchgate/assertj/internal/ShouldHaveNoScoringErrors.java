package dev.benchgate.assertj.internal;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run in which scorers ended in error.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveNoScoringErrors(outcome, withErrors));
 * // Expecting no scorer of benchmark run nightly (bmr_1) to end in error
 * // but scorers ended in error in 1 of its 10 scenario runs (an infrastructure outcome, not a low
 * // score), worst first:
 * //   - refactor-db (scr_2): scored, score 0.5 [infrastructure outcome: scorer "unit-tests" ended in error]
 * }</pre>
 */
public class ShouldHaveNoScoringErrors extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveNoScoringErrors(outcome, withErrors));
   * }</pre>
   *
   * @param outcome the outcome of the run
   * @param withErrors its scenario runs with a scorer in error
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveNoScoringErrors(
      BenchmarkOutcome outcome, Offenders withErrors) {
    return new ShouldHaveNoScoringErrors(
        Names.benchmarkRun(outcome.run()),
        "scorers ended in error in %d of its %s (%s), worst first:%s"
            .formatted(
                withErrors.count(),
                Format.count(withErrors.total(), "scenario run", "scenario runs"),
                Format.INFRASTRUCTURE,
                withErrors.bullets()));
  }

  private ShouldHaveNoScoringErrors(String subject, String actual) {
    super(
        "%nExpecting no scorer of %s to end in error%nbut %s",
        unquotedString(subject), unquotedString(actual));
  }
}
