package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run with another number of scenario runs. It sums up their
 * states, so that scenario runs still on their way read differently from lost ones.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveScenarioRunCount(outcome, 10));
 * // Expecting benchmark run nightly (bmr_1) to have 10 scenario runs
 * // but it has 8 (6 scored, 1 failed, 1 running).
 * }</pre>
 */
public class ShouldHaveScenarioRunCount extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveScenarioRunCount(outcome, 10));
   * }</pre>
   *
   * @param outcome the outcome of the run
   * @param expected the expected number of scenario runs
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveScenarioRunCount(
      BenchmarkOutcome outcome, int expected) {
    String actual =
        outcome.scenarioRuns().isEmpty()
            ? "it has none"
            : "it has %d (%s)".formatted(outcome.scenarioRuns().size(), states(outcome));
    return new ShouldHaveScenarioRunCount(
        Names.benchmarkRun(outcome.run()),
        Format.count(expected, "scenario run", "scenario runs"),
        actual);
  }

  private static String states(BenchmarkOutcome outcome) {
    return outcome.scenarioRuns().stream()
        .sorted(
            Comparator.comparing((ScenarioRunView scenarioRun) -> scenarioRun.state().ordinal())
                .thenComparing(scenarioRun -> String.valueOf(scenarioRun.stateValue())))
        .collect(
            Collectors.groupingBy(
                scenarioRun ->
                    scenarioRun.stateValue() == null
                        ? "without state"
                        : escape(scenarioRun.stateValue()),
                LinkedHashMap::new,
                Collectors.counting()))
        .entrySet()
        .stream()
        .map(entry -> entry.getValue() + " " + entry.getKey())
        .collect(Collectors.joining(", "));
  }

  private ShouldHaveScenarioRunCount(String subject, String expected, String actual) {
    super(
        "%nExpecting %s to have %s%nbut %s.",
        unquotedString(subject), unquotedString(expected), unquotedString(actual));
  }
}
