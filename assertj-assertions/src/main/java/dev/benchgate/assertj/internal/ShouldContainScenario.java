package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.core.model.BenchmarkView;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark that lacks a scenario.
 *
 * <pre>{@code
 * throwAssertionError(shouldContainScenario(benchmark, "scn_9"));
 * // Expecting benchmark swe-lite (bmd_1) to contain scenario scn_9
 * // but its 2 scenarios are:
 * //   - scn_1
 * //   - scn_2
 * }</pre>
 */
public class ShouldContainScenario extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldContainScenario(benchmark, "scn_9"));
   * }</pre>
   *
   * @param benchmark the benchmark
   * @param scenarioId the missing scenario's id
   * @return the message factory
   */
  public static ErrorMessageFactory shouldContainScenario(
      BenchmarkView benchmark, String scenarioId) {
    String actual =
        benchmark.scenarioIds().isEmpty()
            ? "it has no scenarios."
            : "its %s are:%s"
                .formatted(
                    Format.count(benchmark.scenarioIds().size(), "scenario", "scenarios"),
                    Offenders.bullets(
                        benchmark.scenarioIds().stream().map(Escaping::escape).toList()));
    return new ShouldContainScenario(Names.benchmark(benchmark), escape(scenarioId), actual);
  }

  private ShouldContainScenario(String subject, String scenarioId, String actual) {
    super(
        "%nExpecting %s to contain scenario %s%nbut %s",
        unquotedString(subject), unquotedString(scenarioId), unquotedString(actual));
  }
}
