package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.ScenarioRunView;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a scenario run that failed, timed out, was canceled, or has a scorer in
 * error.
 *
 * <pre>{@code
 * throwAssertionError(shouldNotBeInfrastructureFailure(scenarioRun));
 * // Expecting scenario run fix-login-bug (scr_1) of benchmark run bmr_1 not to be an
 * // infrastructure failure (failed, timed out, canceled, or a scorer in error)
 * // but it timed out.
 * }</pre>
 */
public class ShouldNotBeInfrastructureFailure extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldNotBeInfrastructureFailure(scenarioRun));
   * }</pre>
   *
   * @param scenarioRun the scenario run with an infrastructure outcome
   * @return the message factory
   */
  public static ErrorMessageFactory shouldNotBeInfrastructureFailure(ScenarioRunView scenarioRun) {
    return new ShouldNotBeInfrastructureFailure(
        Names.scenarioRun(scenarioRun),
        Explanations.infrastructureIssue(scenarioRun).orElseThrow());
  }

  private ShouldNotBeInfrastructureFailure(String subject, String actual) {
    super(
        "%nExpecting %s not to be an infrastructure failure (failed, timed out, canceled, or a"
            + " scorer in error)%nbut %s.",
        unquotedString(subject), unquotedString(actual));
  }
}
