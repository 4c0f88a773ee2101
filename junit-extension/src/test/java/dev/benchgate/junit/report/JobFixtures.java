package dev.benchgate.junit.report;

import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.testing.BenchmarkJobBuilder;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.ScenarioRunBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark jobs and repeated runs for the report's tests (as the assertions' tests build them):
 * the completed job of JOBS.md §5, jobs of agents whose scores are given scenario by scenario, and
 * five runs of one agent.
 */
public final class JobFixtures {
  /** The four scenarios of JOBS.md §5. */
  public static final List<String> NAMES =
      List.of("parse-dates", "retry-flag", "asyncio-port", "null-deref");

  private JobFixtures() {}

  /**
   * The completed job of JOBS.md §5: claude-code scores 1, 0, times out, 1; codex scores 1, fails
   * retry-flag in setup (no scenario run), scores 0.5 and 1.
   */
  public static BenchmarkJobOutcome smoke() {
    BenchmarkOutcome claude = run("bmr_Ak41", "scored:1", "scored:0", "timeout", "scored:1");
    BenchmarkOutcome codex = run("bmr_Bq72", "scored:1", null, "scored:0.5", "scored:1");
    return BenchmarkJobOutcome.of(
        job("bmj_3kQ8vLx2", 4)
            .named("swe-smoke-0821")
            .agent(Models.agentOutcome("claude-code", claude).model("claude-sonnet-4"))
            .agent(
                Models.agentOutcome("codex", codex)
                    .model("gpt-5")
                    .setupFailure(
                        "scn_2", "retry-flag", "EnvironmentSetupError", "devbox failed to start"))
            .build(),
        List.of(claude, codex));
  }

  /**
   * A completed job of agents named by the scores they got on the same scenarios.
   *
   * @param agents each agent's name, then its scores, one per scenario
   * @return the job
   */
  public static BenchmarkJobOutcome scored(Object[]... agents) {
    int scenarios = ((double[]) agents[0][1]).length;
    BenchmarkJobBuilder job = job("bmj_1", scenarios).named("pr-1187");
    List<BenchmarkOutcome> runs = new ArrayList<>();
    for (Object[] agent : agents) {
      String name = (String) agent[0];
      double[] scores = (double[]) agent[1];
      String[] results = new String[scores.length];
      for (int i = 0; i < scores.length; i++) {
        results[i] = "scored:" + scores[i];
      }
      BenchmarkOutcome run = run("bmr_" + name, results);
      runs.add(run);
      job.agent(Models.agentOutcome(name, run));
    }
    return BenchmarkJobOutcome.of(job.build(), runs);
  }

  /** Scores, for {@link #scored}. */
  public static Object[] agent(String name, double... scores) {
    return new Object[] {name, scores};
  }

  /**
   * Five runs of one agent on the four scenarios of JOBS.md §5, oldest first: parse-dates passes in
   * each, retry-flag in two (and fails in setup in the last run, a run of a benchmark job),
   * asyncio-port in none, null-deref in three.
   */
  public static RepeatedOutcome fiveRuns() {
    List<BenchmarkOutcome> runs = new ArrayList<>();
    runs.add(repeated(1, "scored:1", "scored:1", "scored:0.25", "scored:0.75"));
    runs.add(repeated(2, "scored:1", "scored:0.2", "scored:0", "scored:1"));
    runs.add(repeated(3, "scored:1", "scored:0.9", "scored:0.25", "scored:0.5"));
    runs.add(repeated(4, "scored:1", "scored:0.1", "scored:0.25", "scored:0.25"));
    BenchmarkOutcome ofAJob = repeated(5, "scored:1", null, "timeout", "scored:0");
    runs.add(
        BenchmarkJobOutcome.of(
                job("bmj_5", 4)
                    .agent(
                        Models.agentOutcome("codex", ofAJob)
                            .setupFailure(
                                "scn_2",
                                "retry-flag",
                                "EnvironmentSetupError",
                                "devbox failed to start"))
                    .build(),
                List.of(ofAJob))
            .agent("codex"));
    return RepeatedOutcome.of(runs);
  }

  private static BenchmarkOutcome repeated(int day, String... results) {
    BenchmarkOutcome run = run("bmr_" + day, results);
    return Models.outcome(
            Models.run(run.runId())
                .benchmark("bmd_1")
                .completed()
                .startTimeMs(Models.START_TIME_MS + day * 86_400_000L)
                .build())
        .scenarioRuns(run.scenarioRuns().toArray(ScenarioRunView[]::new))
        .scenarios(run.scenarios().toArray(ScenarioView[]::new))
        .benchmark(run.benchmark().orElseThrow())
        .build();
  }

  private static BenchmarkJobBuilder job(String id, int scenarios) {
    return Models.job(id).benchmark("bmd_1").completed().scenarioIds(ids(scenarios));
  }

  /**
   * A completed run of a job, joined with the job's benchmark and definitions, one scenario run per
   * result ({@code scored:0.5}, a state, or {@code null} for none), scenario i being {@code scn_i}.
   */
  public static BenchmarkOutcome run(String runId, String... results) {
    List<ScenarioRunView> scenarioRuns = new ArrayList<>();
    List<ScenarioView> scenarios = new ArrayList<>();
    for (int i = 0; i < results.length; i++) {
      String scenarioId = "scn_" + (i + 1);
      scenarios.add(Models.scenario(scenarioId).named(name(i)).build());
      if (results[i] == null) {
        continue;
      }
      ScenarioRunBuilder scenarioRun =
          Models.scenarioRun("scr_" + runId.substring(4) + "_" + (i + 1))
              .scenario(scenarioId)
              .benchmarkRun(runId);
      scenarioRuns.add(
          (results[i].startsWith("scored:")
                  ? scenarioRun.scored(Double.parseDouble(results[i].substring(7)))
                  : scenarioRun.state(results[i]))
              .build());
    }
    BenchmarkView benchmark =
        Models.benchmark("bmd_1").named("swe-smoke").scenarios(ids(results.length)).build();
    return Models.outcome(Models.run(runId).completed().build())
        .scenarioRuns(scenarioRuns.toArray(ScenarioRunView[]::new))
        .scenarios(scenarios.toArray(ScenarioView[]::new))
        .benchmark(benchmark)
        .build();
  }

  private static String name(int index) {
    return index < NAMES.size() ? NAMES.get(index) : "scenario-" + (index + 1);
  }

  private static String[] ids(int scenarios) {
    String[] ids = new String[scenarios];
    for (int i = 0; i < scenarios; i++) {
      ids[i] = "scn_" + (i + 1);
    }
    return ids;
  }
}
