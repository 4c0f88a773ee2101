package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.BenchmarkView;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark with another number of scenarios.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveScenarioCount(benchmark, 50));
 * // Expecting benchmark swe-lite (bmd_1) to have 50 scenarios
 * // but it has 48.
 * }</pre>
 */
public class ShouldHaveScenarioCount extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveScenarioCount(benchmark, 50));
   * }</pre>
   *
   * @param benchmark the benchmark
   * @param expected the expected number of scenarios
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveScenarioCount(BenchmarkView benchmark, int expected) {
    int actual = benchmark.scenarioIds().size();
    return new ShouldHaveScenarioCount(
        Names.benchmark(benchmark),
        Format.count(expected, "scenario", "scenarios"),
        actual == 0 ? "it has none" : "it has " + actual);
  }

  private ShouldHaveScenarioCount(String subject, String expected, String actual) {
    super(
        "%nExpecting %s to have %s%nbut %s.",
        unquotedString(subject), unquotedString(expected), unquotedString(actual));
  }
}
