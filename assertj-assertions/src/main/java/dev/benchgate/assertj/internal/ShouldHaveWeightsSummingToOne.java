package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringFunction;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a scenario whose scoring function weights do not sum to 1.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveWeightsSummingToOne(scenario, 1e-6));
 * // Expecting the scoring function weights of scenario fix-login-bug (scn_1) to sum to 1 (within
 * // 0.000001)
 * // but they sum to 0.9: "unit-tests" 0.6, "lint" 0.3.
 * }</pre>
 */
public class ShouldHaveWeightsSummingToOne extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveWeightsSummingToOne(scenario, 1e-6));
   * }</pre>
   *
   * @param scenario the scenario
   * @param tolerance how far from 1 the sum may be
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveWeightsSummingToOne(
      ScenarioView scenario, double tolerance) {
    List<ScoringFunction> functions = scenario.scoringContract().scoringFunctionParameters();
    String actual;
    if (functions.isEmpty()) {
      actual = "it has no scoring functions";
    } else {
      // Summed in decimal so that 0.6 + 0.3 prints as 0.9, as the reader would add them.
      BigDecimal sum =
          functions.stream()
              .map(function -> BigDecimal.valueOf(function.weight()))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      actual =
          "they sum to %s: %s"
              .formatted(
                  Format.score(sum.doubleValue()),
                  functions.stream()
                      .map(f -> Format.quoted(f.name()) + " " + Format.score(f.weight()))
                      .collect(Collectors.joining(", ")));
    }
    return new ShouldHaveWeightsSummingToOne(Names.scenario(scenario), tolerance, actual);
  }

  private ShouldHaveWeightsSummingToOne(String subject, double tolerance, String actual) {
    super(
        "%nExpecting the scoring function weights of %s to sum to 1 (within %s)%nbut %s.",
        unquotedString(subject), unquotedString(Format.score(tolerance)), unquotedString(actual));
  }
}
