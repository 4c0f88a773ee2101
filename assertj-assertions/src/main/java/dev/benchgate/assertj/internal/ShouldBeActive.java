package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioStatus;
import dev.benchgate.core.model.ScenarioView;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a scenario or benchmark definition that is not active.
 *
 * <pre>{@code
 * throwAssertionError(shouldBeActive(scenario));
 * // Expecting scenario fix-login-bug (scn_1) to be active
 * // but its status was archived.
 * }</pre>
 */
public class ShouldBeActive extends BasicErrorMessageFactory {

  /**
   * Creates the message for a scenario.
   *
   * <pre>{@code
   * throwAssertionError(shouldBeActive(scenario));
   * }</pre>
   *
   * @param scenario the scenario
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeActive(ScenarioView scenario) {
    return new ShouldBeActive(
        Names.scenario(scenario), status(scenario.status(), scenario.statusValue()));
  }

  /**
   * Creates the message for a benchmark.
   *
   * <pre>{@code
   * throwAssertionError(shouldBeActive(benchmark));
   * }</pre>
   *
   * @param benchmark the benchmark
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeActive(BenchmarkView benchmark) {
    return new ShouldBeActive(
        Names.benchmark(benchmark), status(benchmark.status(), benchmark.statusValue()));
  }

  private static String status(ScenarioStatus status, String statusValue) {
    if (statusValue == null) {
      return "it has no status (older API versions send none)";
    }
    return status == ScenarioStatus.UNRECOGNIZED
        ? "its status was " + Format.quoted(statusValue) + " (unknown to this version of Benchgate)"
        : "its status was " + escape(statusValue);
  }

  private ShouldBeActive(String subject, String actual) {
    super("%nExpecting %s to be active%nbut %s.", unquotedString(subject), unquotedString(actual));
  }
}
