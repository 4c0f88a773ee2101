package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.Collection;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run with scenario runs in states it should have none in.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveNoScenarioRunsIn(outcome, List.of(FAILED, TIMEOUT), offenders));
 * // Expecting benchmark run nightly (bmr_1) to have no scenario runs in state failed or timeout
 * // but 2 of its 10 scenario runs are, worst first:
 * //   - add-cache (scr_7): failed, no score [infrastructure outcome]
 * //   - fix-login-bug (scr_3): timeout, no score [infrastructure outcome]
 * }</pre>
 */
public class ShouldHaveNoScenarioRunsIn extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveNoScenarioRunsIn(outcome, List.of(FAILED), offenders));
   * }</pre>
   *
   * @param outcome the outcome of the run
   * @param states the states no scenario run should be in
   * @param offenders the scenario runs in those states
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveNoScenarioRunsIn(
      BenchmarkOutcome outcome, Collection<ScenarioRunState> states, Offenders offenders) {
    List<String> names =
        states.stream()
            .map(state -> state.apiValue() == null ? "unrecognized" : state.apiValue())
            .toList();
    return new ShouldHaveNoScenarioRunsIn(
        Names.benchmarkRun(outcome.run()),
        Format.prose(names, "or"),
        "%d of its %s %s, worst first:%s"
            .formatted(
                offenders.count(),
                Format.count(offenders.total(), "scenario run", "scenario runs"),
                offenders.count() == 1 ? "is" : "are",
                offenders.bullets()));
  }

  private ShouldHaveNoScenarioRunsIn(String subject, String states, String actual) {
    super(
        "%nExpecting %s to have no scenario runs in state %s%nbut %s",
        unquotedString(subject), unquotedString(states), unquotedString(actual));
  }
}
