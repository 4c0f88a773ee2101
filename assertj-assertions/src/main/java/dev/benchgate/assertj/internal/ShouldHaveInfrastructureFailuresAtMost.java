package dev.benchgate.assertj.internal;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run with more infrastructure failures (scenario runs that
 * failed, timed out or were canceled) than its budget allows, or without scenario runs to judge.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveInfrastructureFailuresAtMost(outcome, 2, failures));
 * // Expecting benchmark run nightly (bmr_1) to have at most 2 infrastructure failures (scenario
 * // runs that failed, timed out or were canceled)
 * // but 3 of its 10 scenario runs did, worst first:
 * //   - add-cache (scr_2): failed, no score [infrastructure outcome]
 * //   - ...
 * }</pre>
 */
public class ShouldHaveInfrastructureFailuresAtMost extends BasicErrorMessageFactory {
  private static final String WHAT = "(scenario runs that failed, timed out or were canceled)";

  /**
   * Creates the message of a budget given as a count.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveInfrastructureFailuresAtMost(outcome, 2, failures));
   * }</pre>
   *
   * @param outcome the outcome of the run
   * @param max the most infrastructure failures allowed
   * @param failures its scenario runs that ended in an infrastructure failure
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveInfrastructureFailuresAtMost(
      BenchmarkOutcome outcome, int max, Offenders failures) {
    String expected =
        max == 0
            ? "no infrastructure failures " + WHAT
            : "at most "
                + Format.count(max, "infrastructure failure", "infrastructure failures")
                + " "
                + WHAT;
    return new ShouldHaveInfrastructureFailuresAtMost(
        Names.benchmarkRun(outcome.run()), expected, actual(failures));
  }

  /**
   * Creates the message of a budget given as a percentage of the scenario runs.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveInfrastructureFailuresAtMost(outcome, 10, 4, failures));
   * // Expecting benchmark run nightly (bmr_1) to have infrastructure failures (scenario runs
   * // that failed, timed out or were canceled) in at most 10 % of its scenario runs: at most 4 of
   * // its 48
   * // but 5 did, worst first:
   * //   - ...
   * }</pre>
   *
   * @param outcome the outcome of the run
   * @param percent the largest share allowed, in percent
   * @param allowed how many scenario runs that share allows
   * @param failures its scenario runs that ended in an infrastructure failure
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveInfrastructureFailuresAtMost(
      BenchmarkOutcome outcome, double percent, int allowed, Offenders failures) {
    String expected =
        "infrastructure failures %s in at most %s of its scenario runs%s"
            .formatted(
                WHAT,
                Format.percentage(percent),
                failures.total() == 0
                    ? ""
                    : ": at most %d of its %d".formatted(allowed, failures.total()));
    String actual =
        failures.total() == 0
            ? actual(failures)
            : "%d did, worst first:%s".formatted(failures.count(), failures.bullets());
    return new ShouldHaveInfrastructureFailuresAtMost(
        Names.benchmarkRun(outcome.run()), expected, actual);
  }

  private static String actual(Offenders failures) {
    return failures.total() == 0
        ? "it has no scenario runs, so its infrastructure could not be judged."
        : "%d of its %s did, worst first:%s"
            .formatted(
                failures.count(),
                Format.count(failures.total(), "scenario run", "scenario runs"),
                failures.bullets());
  }

  private ShouldHaveInfrastructureFailuresAtMost(String subject, String expected, String actual) {
    super(
        "%nExpecting %s to have %s%nbut %s",
        unquotedString(subject), unquotedString(expected), unquotedString(actual));
  }
}
