package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.Scorer;
import dev.benchgate.core.model.ScoringFunction;
import dev.benchgate.core.model.UnknownScorer;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a scenario none of whose scoring functions uses a type of scorer.
 *
 * <pre>{@code
 * throwAssertionError(shouldUseScorer(scenario, TestBasedScorer.class));
 * // Expecting scenario fix-login-bug (scn_1) to use a TestBasedScorer
 * // but its scoring functions use "unit-tests": BashScriptScorer, "lint": CommandScorer.
 * }</pre>
 */
public class ShouldUseScorer extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldUseScorer(scenario, TestBasedScorer.class));
   * }</pre>
   *
   * @param scenario the scenario
   * @param type the scorer type it should use
   * @return the message factory
   */
  public static ErrorMessageFactory shouldUseScorer(
      ScenarioView scenario, Class<? extends Scorer> type) {
    List<String> used =
        scenario.scoringContract().scoringFunctionParameters().stream()
            .map(ShouldUseScorer::describe)
            .toList();
    String actual =
        used.isEmpty()
            ? "it has no scoring functions"
            : "its scoring functions use " + String.join(", ", used);
    return new ShouldUseScorer(Names.scenario(scenario), type.getSimpleName(), actual);
  }

  private static String describe(ScoringFunction function) {
    Scorer scorer = function.scorer();
    String type =
        scorer == null
            ? "no scorer"
            : scorer instanceof UnknownScorer unknown
                ? "UnknownScorer (type " + Format.quoted(unknown.type()) + ")"
                : scorer.getClass().getSimpleName();
    return Format.quoted(function.name()) + ": " + type;
  }

  private ShouldUseScorer(String subject, String type, String actual) {
    super(
        "%nExpecting %s to use a %s%nbut %s.",
        unquotedString(subject), unquotedString(type), unquotedString(actual));
  }
}
