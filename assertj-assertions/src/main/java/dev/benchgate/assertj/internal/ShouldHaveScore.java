package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringFunctionResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a score that is missing or misses its {@link ScoreRequirement}: for a
 * benchmark run (an aggregate, with its worst scenario runs when they are known), a scenario run
 * (one scenario) or a scoring function. A missing score says why it is missing.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveScore(run, ScoreRequirement.atLeast(0.8), offenders));
 * // Expecting benchmark run nightly (bmr_1) to have an aggregate score (mean over its finished
 * // scenario runs) of at least 0.8
 * // but it was 0.72.
 * // Scenario runs without a score of at least 0.8, worst first (2 of 10):
 * //   - fix-login-bug (scr_3): timeout, no score [infrastructure outcome]
 * //   - add-cache (scr_7): scored, score 0.1
 * }</pre>
 */
public class ShouldHaveScore extends BasicErrorMessageFactory {

  /**
   * Creates the message for a benchmark run's aggregate score.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveScore(run, ScoreRequirement.atLeast(0.8), Offenders.none()));
   * }</pre>
   *
   * @param run the run
   * @param requirement what its score must be
   * @param offenders its scenario runs that miss the requirement themselves, or {@link
   *     Offenders#none()} when they are not known
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveScore(
      BenchmarkRunView run, ScoreRequirement requirement, Offenders offenders) {
    String actual =
        run.score() == null
            ? "it has no score: " + Explanations.whyNoScore(run)
            : "it was " + Format.score(run.score()) + Explanations.aboutScore(run);
    String worst =
        offenders.count() == 0
            ? ""
            : "%n%s, worst first (%d of %d):%s"
                .formatted(
                    "Scenario runs without " + requirement.qualify("a score"),
                    offenders.count(),
                    offenders.total(),
                    offenders.bullets());
    return new ShouldHaveScore(
        Names.benchmarkRun(run),
        requirement.qualify("an aggregate score (mean over its finished scenario runs)"),
        actual,
        worst);
  }

  /**
   * Creates the message for one scenario run's score.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveScore(scenarioRun, ScoreRequirement.atLeast(0.5)));
   * }</pre>
   *
   * @param scenarioRun the scenario run
   * @param requirement what its score must be
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveScore(
      ScenarioRunView scenarioRun, ScoreRequirement requirement) {
    String actual =
        scenarioRun.score() == null
            ? "it has no score: " + Explanations.whyNoScore(scenarioRun)
            : "it was " + Format.score(scenarioRun.score()) + Explanations.aboutScore(scenarioRun);
    return new ShouldHaveScore(
        Names.scenarioRun(scenarioRun), requirement.qualify("a score (one scenario)"), actual, "");
  }

  /**
   * Creates the message for one scoring function's score.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveScore(result, ScoreRequirement.atLeast(0.5)));
   * }</pre>
   *
   * @param result the scoring function's result
   * @param requirement what its score must be
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveScore(
      ScoringFunctionResult result, ScoreRequirement requirement) {
    String actual =
        result.score() == null
            ? "it has no score: " + Explanations.whyNoScore(result)
            : "it was " + Format.score(result.score()) + Explanations.aboutScore(result);
    return new ShouldHaveScore(
        Names.scoringFunction(result.scoringFunctionName()),
        requirement.qualify("a score"),
        actual,
        "");
  }

  private ShouldHaveScore(String subject, String expected, String actual, String worst) {
    super(
        "%nExpecting %s to have %s%nbut %s.%s",
        unquotedString(subject),
        unquotedString(expected),
        unquotedString(actual),
        unquotedString(worst));
  }
}
