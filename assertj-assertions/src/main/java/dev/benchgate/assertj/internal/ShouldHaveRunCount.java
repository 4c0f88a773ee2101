package dev.benchgate.assertj.internal;

import dev.benchgate.core.repeated.RepeatedOutcome;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of repeated runs that are not as many as expected.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveRunCount(runs, 5));
 * // Expecting 3 repeated runs of benchmark bmd_1 (bmr_1, bmr_2, bmr_3) to be 5 runs
 * // but they were 3.
 * }</pre>
 */
public class ShouldHaveRunCount extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveRunCount(runs, 5));
   * }</pre>
   *
   * @param runs the runs
   * @param expected how many there should be
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveRunCount(RepeatedOutcome runs, int expected) {
    return new ShouldHaveRunCount(
        Names.repeatedRuns(runs), Format.count(expected, "run", "runs"), runs.runCount());
  }

  private ShouldHaveRunCount(String subject, String expected, int actual) {
    super(
        "%nExpecting %s to be %s%nbut they were %s.",
        unquotedString(subject), unquotedString(expected), actual);
  }
}
