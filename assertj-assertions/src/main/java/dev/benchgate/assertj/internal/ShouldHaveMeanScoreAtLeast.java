package dev.benchgate.assertj.internal;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run whose mean scenario run score is too low, or that has no
 * scenario runs to judge.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveMeanScoreAtLeast(outcome, 0.8, 0.65, below));
 * // Expecting benchmark run nightly (bmr_1) to have a mean score of at least 0.8 (aggregate over
 * // all its scenario runs, those without a score counting as 0)
 * // but it was 0.65 over 10 scenario runs; those below 0.8, worst first:
 * //   - fix-login-bug (scr_3): timeout, no score [infrastructure outcome]
 * //   - ...
 * }</pre>
 */
public class ShouldHaveMeanScoreAtLeast extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveMeanScoreAtLeast(outcome, 0.8, mean, below));
   * }</pre>
   *
   * @param outcome the outcome of the run
   * @param threshold the lowest acceptable mean
   * @param mean the mean score of its scenario runs
   * @param below its scenario runs without a score of at least the threshold
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveMeanScoreAtLeast(
      BenchmarkOutcome outcome, double threshold, double mean, Offenders below) {
    String actual =
        below.total() == 0
            ? "it has no scenario runs."
            : "it was %s over %s; those below %s, worst first:%s"
                .formatted(
                    Format.score(mean),
                    Format.count(below.total(), "scenario run", "scenario runs"),
                    Format.score(threshold),
                    below.bullets());
    return new ShouldHaveMeanScoreAtLeast(Names.benchmarkRun(outcome.run()), threshold, actual);
  }

  private ShouldHaveMeanScoreAtLeast(String subject, double threshold, String actual) {
    super(
        "%nExpecting %s to have a mean score of at least %s (aggregate over all its scenario runs,"
            + " those without a score counting as 0)%nbut %s",
        unquotedString(subject), unquotedString(Format.score(threshold)), unquotedString(actual));
  }
}
