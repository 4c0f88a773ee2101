package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run that lacks a finished scenario run for some scenarios of
 * its benchmark, or whose benchmark is unknown. A canceled run scores only what finished, so a high
 * score can hide such gaps.
 *
 * <pre>{@code
 * throwAssertionError(shouldCoverAllScenariosOfItsBenchmark(outcome, outcome.scenarioIdsWithoutFinishedRun()));
 * // Expecting benchmark run nightly (bmr_1) to have a finished scenario run for each of the 50
 * // scenarios of benchmark swe-lite (bmd_1)
 * // but 2 have none:
 * //   - add-cache (scn_2): only unfinished scenario runs (running)
 * //   - fix-login-bug (scn_1): no scenario run
 * }</pre>
 */
public class ShouldCoverAllScenariosOfItsBenchmark extends BasicErrorMessageFactory {

  /**
   * Creates the message for scenarios without a finished scenario run.
   *
   * <pre>{@code
   * throwAssertionError(shouldCoverAllScenariosOfItsBenchmark(outcome, missing));
   * }</pre>
   *
   * @param outcome the outcome of the run, with its benchmark
   * @param missingScenarioIds the benchmark's scenarios without a finished scenario run
   * @return the message factory
   */
  public static ErrorMessageFactory shouldCoverAllScenariosOfItsBenchmark(
      BenchmarkOutcome outcome, Collection<String> missingScenarioIds) {
    BenchmarkView benchmark = outcome.benchmark().orElseThrow();
    List<String> lines = missingScenarioIds.stream().map(id -> line(outcome, id)).sorted().toList();
    return new ShouldCoverAllScenariosOfItsBenchmark(
        "%nExpecting %s to have a finished scenario run for each of the %s of %s%nbut %s",
        unquotedString(Names.benchmarkRun(outcome.run())),
        unquotedString(Format.count(benchmark.scenarioIds().size(), "scenario", "scenarios")),
        unquotedString(Names.benchmark(benchmark)),
        unquotedString(
            "%d %s none:%s"
                .formatted(
                    lines.size(), lines.size() == 1 ? "has" : "have", Offenders.bullets(lines))));
  }

  /**
   * Creates the message for an outcome whose benchmark is unknown, so that coverage cannot be
   * judged.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveBenchmarkToCover(outcome));
   * }</pre>
   *
   * @param outcome the outcome of the run, without benchmark
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveBenchmarkToCover(BenchmarkOutcome outcome) {
    String benchmarkId = outcome.run().benchmarkId();
    String actual =
        benchmarkId == null
            ? "the run has no benchmark (its benchmark_id is null, as for runs made by a benchmark"
                + " job), so there is nothing to compare it with."
            : "its benchmark "
                + escape(benchmarkId)
                + " is not part of the outcome, so there is nothing to compare it with.";
    return new ShouldCoverAllScenariosOfItsBenchmark(
        "%nExpecting %s to cover all scenarios of its benchmark%nbut %s",
        unquotedString(Names.benchmarkRun(outcome.run())), unquotedString(actual));
  }

  private static String line(BenchmarkOutcome outcome, String scenarioId) {
    String scenario =
        outcome
            .scenario(scenarioId)
            .map(ScenarioView::name)
            .filter(name -> !name.isBlank())
            .map(name -> escape(name) + " (" + escape(scenarioId) + ")")
            .orElse(escape(scenarioId));
    String unfinished =
        outcome.scenarioRuns().stream()
            .filter(scenarioRun -> scenarioId.equals(scenarioRun.scenarioId()))
            .map(ScenarioRunView::stateValue)
            .map(Escaping::escape)
            .collect(Collectors.joining(", "));
    return scenario
        + ": "
        + (unfinished.isEmpty()
            ? "no scenario run"
            : "only unfinished scenario runs (" + unfinished + ")");
  }

  private ShouldCoverAllScenariosOfItsBenchmark(String format, Object... arguments) {
    super(format, arguments);
  }
}
