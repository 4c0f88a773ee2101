package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.ScoringFunctionResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a scoring function that did not complete, with the end of its output,
 * where a scorer usually says what went wrong.
 *
 * <pre>{@code
 * throwAssertionError(shouldBeComplete(result));
 * // Expecting scoring function "unit-tests" to be complete
 * // but it was in state error (the scorer itself failed: an infrastructure outcome, not a low score).
 * // Its output:
 * //   pytest: command not found
 * }</pre>
 */
public class ShouldBeComplete extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldBeComplete(result));
   * }</pre>
   *
   * @param result the scoring function's result
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeComplete(ScoringFunctionResult result) {
    return new ShouldBeComplete(
        Names.scoringFunction(result.scoringFunctionName()),
        Explanations.state(result),
        Format.output(result.output()));
  }

  private ShouldBeComplete(String subject, String state, String output) {
    super(
        "%nExpecting %s to be complete%nbut it was in state %s.%s",
        unquotedString(subject), unquotedString(state), unquotedString(output));
  }
}
