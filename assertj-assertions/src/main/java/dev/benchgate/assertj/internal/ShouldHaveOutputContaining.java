package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.ScoringFunctionResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a scoring function whose output lacks a text, showing the end of the
 * output.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveOutputContaining(result, "10 passed"));
 * // Expecting the output of scoring function "unit-tests" to contain "10 passed"
 * // but it does not.
 * // Its output:
 * //   8 passed, 2 failed
 * }</pre>
 */
public class ShouldHaveOutputContaining extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveOutputContaining(result, "10 passed"));
   * }</pre>
   *
   * @param result the scoring function's result
   * @param expected the text its output should contain
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveOutputContaining(
      ScoringFunctionResult result, String expected) {
    return new ShouldHaveOutputContaining(
        Names.scoringFunction(result.scoringFunctionName()),
        Format.quoted(expected),
        Format.output(result.output()));
  }

  private ShouldHaveOutputContaining(String subject, String expected, String output) {
    super(
        "%nExpecting the output of %s to contain %s%nbut it does not.%s",
        unquotedString(subject), unquotedString(expected), unquotedString(output));
  }
}
