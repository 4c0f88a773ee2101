package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a scenario run that has not been scored, saying why.
 *
 * <pre>{@code
 * throwAssertionError(shouldBeScored(scenarioRun));
 * // Expecting scenario run fix-login-bug (scr_1) of benchmark run bmr_1 to be scored (in state
 * // scored or completed, with a score)
 * // but it was in state timeout (an infrastructure outcome, not a low score).
 * }</pre>
 */
public class ShouldBeScored extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldBeScored(scenarioRun));
   * }</pre>
   *
   * @param scenarioRun the unscored scenario run
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeScored(ScenarioRunView scenarioRun) {
    ScenarioRunState state = scenarioRun.state();
    String actual =
        state == ScenarioRunState.SCORED || state == ScenarioRunState.COMPLETED
            ? "it has no score: " + Explanations.whyNoScore(scenarioRun)
            : "it was in state " + Explanations.state(scenarioRun);
    return new ShouldBeScored(Names.scenarioRun(scenarioRun), actual);
  }

  private ShouldBeScored(String subject, String actual) {
    super(
        "%nExpecting %s to be scored (in state scored or completed, with a score)%nbut %s.",
        unquotedString(subject), unquotedString(actual));
  }
}
