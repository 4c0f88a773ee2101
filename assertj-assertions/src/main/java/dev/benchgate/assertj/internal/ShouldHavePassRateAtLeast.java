package dev.benchgate.assertj.internal;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.text.PassRate;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run whose share of passing scenario runs is too low, or that
 * has no scenario runs to judge.
 *
 * <pre>{@code
 * throwAssertionError(shouldHavePassRateAtLeast(outcome, 0.9, passing, failing));
 * // Expecting benchmark run nightly (bmr_1) to have a pass rate of at least 90 % (the share of its
 * // scenario runs with a score of at least 0.5)
 * // but it was 70 % (7 of 10 passed); those that did not, worst first:
 * //   - fix-login-bug (scr_3): timeout, no score [infrastructure outcome]
 * //   - ...
 * }</pre>
 */
public class ShouldHavePassRateAtLeast extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHavePassRateAtLeast(outcome, 0.9, passing, failing));
   * }</pre>
   *
   * @param outcome the outcome of the run
   * @param rate the lowest acceptable pass rate
   * @param passing the requirement a scenario run's score must meet to pass
   * @param failing its scenario runs that did not pass
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHavePassRateAtLeast(
      BenchmarkOutcome outcome, double rate, ScoreRequirement passing, Offenders failing) {
    // PassRate prints it as the end-of-run report does: "70 % (7 of 10 passed)".
    String actual =
        failing.total() == 0
            ? "it has no scenario runs."
            : "it was %s; those that did not, worst first:%s"
                .formatted(
                    PassRate.of(failing.total() - failing.count(), failing.total()),
                    failing.bullets());
    return new ShouldHavePassRateAtLeast(
        Names.benchmarkRun(outcome.run()), rate, passing.qualify("a score"), actual);
  }

  private ShouldHavePassRateAtLeast(String subject, double rate, String passing, String actual) {
    super(
        "%nExpecting %s to have a pass rate of at least %s (the share of its scenario runs with %s)"
            + "%nbut %s",
        unquotedString(subject),
        // The requirement prints exactly as given; the actual rate is cut (see PassRate).
        unquotedString(Format.percent(rate) + " %"),
        unquotedString(passing),
        unquotedString(actual));
  }
}
