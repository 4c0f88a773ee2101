package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringFunction;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a scenario whose scoring contract lacks a scoring function.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveScoringFunction(scenario, "lint"));
 * // Expecting scenario fix-login-bug (scn_1) to have scoring function "lint"
 * // but its scoring functions are "unit-tests" and "style".
 * }</pre>
 */
public class ShouldHaveScoringFunction extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveScoringFunction(scenario, "lint"));
   * }</pre>
   *
   * @param scenario the scenario
   * @param name the missing scoring function's name
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveScoringFunction(ScenarioView scenario, String name) {
    List<String> names =
        scenario.scoringContract().scoringFunctionParameters().stream()
            .map(ScoringFunction::name)
            .toList();
    String actual =
        names.isEmpty()
            ? "it has no scoring functions"
            : "its scoring functions are " + Format.quotedList(names);
    return new ShouldHaveScoringFunction(
        Names.scenario(scenario), Names.scoringFunction(name), actual);
  }

  private ShouldHaveScoringFunction(String subject, String expected, String actual) {
    super(
        "%nExpecting %s to have %s%nbut %s.",
        unquotedString(subject), unquotedString(expected), unquotedString(actual));
  }
}
