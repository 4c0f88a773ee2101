package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import java.time.Duration;
import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a run or scenario run that took too long, or reports no duration.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveDurationAtMost(run, Duration.ofMinutes(30)));
 * // Expecting benchmark run nightly (bmr_1) to have taken at most 30m
 * // but it took 45m 12s.
 * }</pre>
 */
public class ShouldHaveDurationAtMost extends BasicErrorMessageFactory {

  /**
   * Creates the message for a benchmark run.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveDurationAtMost(run, Duration.ofMinutes(30)));
   * }</pre>
   *
   * @param run the run
   * @param max the longest it may take
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveDurationAtMost(BenchmarkRunView run, Duration max) {
    return new ShouldHaveDurationAtMost(
        Names.benchmarkRun(run), max, actual(run.duration(), Explanations.whyNoDuration(run)));
  }

  /**
   * Creates the message for a scenario run.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveDurationAtMost(scenarioRun, Duration.ofMinutes(5)));
   * }</pre>
   *
   * @param scenarioRun the scenario run
   * @param max the longest it may take
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveDurationAtMost(
      ScenarioRunView scenarioRun, Duration max) {
    return new ShouldHaveDurationAtMost(
        Names.scenarioRun(scenarioRun),
        max,
        actual(scenarioRun.duration(), Explanations.whyNoDuration(scenarioRun)));
  }

  private static String actual(Optional<Duration> duration, String whyNone) {
    return duration
        .map(took -> "it took " + Format.duration(took))
        .orElse("it reports no duration: " + whyNone);
  }

  private ShouldHaveDurationAtMost(String subject, Duration max, String actual) {
    super(
        "%nExpecting %s to have taken at most %s%nbut %s.",
        unquotedString(subject), unquotedString(Format.duration(max)), unquotedString(actual));
  }
}
