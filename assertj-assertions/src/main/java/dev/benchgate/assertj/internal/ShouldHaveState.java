package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.ApiEnum;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a run or scenario run that is not in the expected state.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveState(run, BenchmarkRunState.COMPLETED));
 * // Expecting benchmark run nightly (bmr_1) to be in state completed
 * // but it was in state running (still in progress).
 * }</pre>
 */
public class ShouldHaveState extends BasicErrorMessageFactory {

  /**
   * Creates the message for a benchmark run.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveState(run, BenchmarkRunState.COMPLETED));
   * }</pre>
   *
   * @param run the run
   * @param expected the state it should be in
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveState(
      BenchmarkRunView run, BenchmarkRunState expected) {
    return new ShouldHaveState(Names.benchmarkRun(run), expected, Explanations.state(run));
  }

  /**
   * Creates the message for a scenario run.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveState(scenarioRun, ScenarioRunState.SCORED));
   * }</pre>
   *
   * @param scenarioRun the scenario run
   * @param expected the state it should be in
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveState(
      ScenarioRunView scenarioRun, ScenarioRunState expected) {
    return new ShouldHaveState(
        Names.scenarioRun(scenarioRun), expected, Explanations.state(scenarioRun));
  }

  private ShouldHaveState(String subject, ApiEnum expected, String actual) {
    super(
        "%nExpecting %s to be in state %s%nbut it was in state %s.",
        unquotedString(subject),
        unquotedString(
            expected.apiValue() == null
                ? "unrecognized (unknown to this version of Benchgate)"
                : expected.apiValue()),
        unquotedString(actual));
  }
}
