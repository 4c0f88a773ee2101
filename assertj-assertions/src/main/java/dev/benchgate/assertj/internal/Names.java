package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.compare.ScenarioComparison;
import dev.benchgate.core.compare.ScenarioResult;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.outcome.JobAgent;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.repeated.RepeatedScenario;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How Benchgate's failure messages name the things they are about, so that every message names them
 * alike: by name for people, with the id for search. Names and ids come from the server or a file,
 * so each is shown {@linkplain Escaping#escape(String) escaped}.
 *
 * <pre>{@code
 * Names.benchmarkRun(run);         // "benchmark run nightly (bmr_1)"
 * Names.scenarioRun(scenarioRun);  // "scenario run fix-login-bug (scr_1) of benchmark run bmr_1"
 * }</pre>
 */
public final class Names {
  private Names() {}

  /**
   * Names a benchmark run.
   *
   * <pre>{@code
   * Names.benchmarkRun(run); // "benchmark run nightly (bmr_1)", or "benchmark run bmr_1" unnamed
   * }</pre>
   *
   * @param run the run
   * @return its name and id
   */
  public static String benchmarkRun(BenchmarkRunView run) {
    return "benchmark run " + escape(run.displayName());
  }

  /**
   * Names a benchmark job.
   *
   * <pre>{@code
   * Names.benchmarkJob(job); // "benchmark job swe-smoke-0821 (bmj_3kQ8vLx2)"
   * }</pre>
   *
   * @param job the job
   * @return its name and id
   */
  public static String benchmarkJob(BenchmarkJobView job) {
    return "benchmark job " + escape(job.displayName());
  }

  /**
   * Names an agent of a benchmark job, with its model and its run.
   *
   * <pre>{@code
   * Names.agent(job.jobAgent("codex")); // "agent codex (gpt-5), benchmark run bmr_Bq72"
   * }</pre>
   *
   * @param agent the agent
   * @return its name, model and run
   */
  public static String agent(JobAgent agent) {
    return "agent "
        + escape(agent.displayName())
        + ", benchmark run "
        + escape(agent.benchmarkRunId());
  }

  /**
   * Names repeated runs by their benchmark and runs, the first {@value Offenders#MAX_LISTED} of
   * them.
   *
   * <pre>{@code
   * Names.repeatedRuns(runs); // "3 repeated runs of benchmark bmd_1 (bmr_a, bmr_b, bmr_c)"
   * }</pre>
   *
   * @param runs the runs
   * @return their number, benchmark and ids
   */
  public static String repeatedRuns(RepeatedOutcome runs) {
    List<String> ids = runs.runIds();
    String listed =
        ids.stream()
                .limit(Offenders.MAX_LISTED)
                .map(Escaping::escape)
                .collect(Collectors.joining(", "))
            + (ids.size() > Offenders.MAX_LISTED
                ? " and " + (ids.size() - Offenders.MAX_LISTED) + " more"
                : "");
    return Format.count(ids.size(), "repeated run", "repeated runs")
        + runs.benchmarkId().map(id -> " of benchmark " + escape(id)).orElse("")
        + " ("
        + listed
        + ")";
  }

  /**
   * Names a scenario of repeated runs.
   *
   * <pre>{@code
   * Names.repeatedScenario(scenario); // "retry-flag (scn_b2)"
   * }</pre>
   *
   * @param scenario the scenario
   * @return its name and id, or its id alone when it has no other name
   */
  public static String repeatedScenario(RepeatedScenario scenario) {
    return label(scenario.scenarioName(), scenario.scenarioId());
  }

  /**
   * Names both runs of a comparison: the candidate first, then its baseline.
   *
   * <pre>{@code
   * Names.comparison(comparison);
   * // "benchmark run nightly (bmr_2) against baseline benchmark run release-1.4 (bmr_1)"
   * }</pre>
   *
   * @param comparison the comparison
   * @return the names and ids of its candidate and baseline runs
   */
  public static String comparison(OutcomeComparison comparison) {
    return benchmarkRun(comparison.candidate().run())
        + " against baseline "
        + benchmarkRun(comparison.baseline().run());
  }

  /**
   * Names a scenario run on its own: by its name, else by its scenario's id, and by the benchmark
   * run it belongs to when it says so.
   *
   * <pre>{@code
   * Names.scenarioRun(scenarioRun); // "scenario run fix-login-bug (scr_1) of benchmark run bmr_1"
   * }</pre>
   *
   * @param scenarioRun the scenario run
   * @return its name and ids
   */
  public static String scenarioRun(ScenarioRunView scenarioRun) {
    String label =
        isBlank(scenarioRun.name())
            ? escape(scenarioRun.id()) + " (scenario " + escape(scenarioRun.scenarioId()) + ")"
            : escape(scenarioRun.name()) + " (" + escape(scenarioRun.id()) + ")";
    String run =
        scenarioRun.benchmarkRunId() == null
            ? ""
            : " of benchmark run " + escape(scenarioRun.benchmarkRunId());
    return "scenario run " + label + run;
  }

  /**
   * Names a scenario run within its outcome, by its scenario's name, as in lists of offenders.
   *
   * <pre>{@code
   * Names.scenarioRunIn(outcome, scenarioRun); // "fix-login-bug (scr_1)"
   * }</pre>
   *
   * @param outcome the outcome the scenario run belongs to
   * @param scenarioRun the scenario run
   * @return its scenario's name and its id
   */
  public static String scenarioRunIn(BenchmarkOutcome outcome, ScenarioRunView scenarioRun) {
    return escape(outcome.scenarioName(scenarioRun)) + " (" + escape(scenarioRun.id()) + ")";
  }

  /**
   * Names a scenario of a comparison, as in lists of regressions.
   *
   * <pre>{@code
   * Names.comparedScenario(scenario); // "fix-login-bug (scn_1)"
   * }</pre>
   *
   * @param scenario the scenario as compared
   * @return its name and id, or its id alone when it has no other name
   */
  public static String comparedScenario(ScenarioComparison scenario) {
    return label(scenario.scenarioName(), scenario.scenarioId());
  }

  /**
   * Names the scenario of one side's result, as in lists of missing scenarios.
   *
   * <pre>{@code
   * Names.scenarioResult(result); // "fix-login-bug (scn_1)"
   * }</pre>
   *
   * @param result what one outcome says about the scenario
   * @return its name and id, or its id alone when it has no other name
   */
  public static String scenarioResult(ScenarioResult result) {
    return label(result.scenarioName(), result.scenarioId());
  }

  /**
   * Names a scenario definition.
   *
   * <pre>{@code
   * Names.scenario(scenario); // "scenario fix-login-bug (scn_1)"
   * }</pre>
   *
   * @param scenario the scenario
   * @return its name and id
   */
  public static String scenario(ScenarioView scenario) {
    return "scenario " + label(scenario.name(), scenario.id());
  }

  /**
   * Names a benchmark definition.
   *
   * <pre>{@code
   * Names.benchmark(benchmark); // "benchmark swe-lite (bmd_1)"
   * }</pre>
   *
   * @param benchmark the benchmark
   * @return its name and id
   */
  public static String benchmark(BenchmarkView benchmark) {
    return "benchmark " + label(benchmark.name(), benchmark.id());
  }

  /**
   * Names a scoring function.
   *
   * <pre>{@code
   * Names.scoringFunction("unit-tests"); // "scoring function \"unit-tests\""
   * }</pre>
   *
   * @param name the scoring function's name
   * @return the quoted name
   */
  public static String scoringFunction(String name) {
    return "scoring function " + Format.quoted(name);
  }

  /** A name that is the id itself (outcomes fall back to it) would print it twice. */
  private static String label(String name, String id) {
    return isBlank(name) || name.equals(id) ? escape(id) : escape(name) + " (" + escape(id) + ")";
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
