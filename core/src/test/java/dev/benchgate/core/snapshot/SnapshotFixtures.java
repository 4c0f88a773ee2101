package dev.benchgate.core.snapshot;

import static dev.benchgate.core.ApiFixtures.parse;

import dev.benchgate.core.model.AgentConfig;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.InProgressRunView;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.JobSpec;
import dev.benchgate.core.model.OrchestratorConfig;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.model.UnknownAgentConfig;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The job and the repeated runs the snapshot tests write and read: the completed job of JOBS.md §5
 * (two agents, codex's setup failure, claude-code's timeout) with a third agent still running, and
 * three runs of codex, one of them a job's run with its setup failure.
 */
final class SnapshotFixtures {
  static final BenchmarkView BENCHMARK =
      new BenchmarkView(
          "bmd_9fT2",
          "swe-smoke",
          Map.of("owner", "agents-team"),
          List.of("scn_a1", "scn_b2", "scn_c3", "scn_d4"),
          "active",
          null,
          null,
          null,
          null,
          null);

  static final List<ScenarioView> SCENARIOS =
      List.of(
          scenario("scn_a1", "parse-dates"),
          scenario("scn_b2", "retry-flag"),
          scenario("scn_c3", "asyncio-port"),
          scenario("scn_d4", "null-deref"));

  private SnapshotFixtures() {}

  /**
   * The completed job of JOBS.md §5, its spec's agents with secrets and an agent of a type this
   * version does not know, and a third agent, goose, whose run is still in progress.
   *
   * @param secrets whether the agents and runs have environment variables and secrets, whose values
   *     a snapshot redacts
   */
  static BenchmarkJobOutcome job(boolean secrets) {
    BenchmarkJobView completed = parse(BenchmarkJobView.class, "benchmark_job_completed.json");
    List<AgentConfig> agents = new ArrayList<>(completed.jobSpec().agentConfigs());
    if (!secrets) {
      agents.set(0, ((JobAgentConfig) agents.get(0)).withAgentEnvironment(null));
    }
    agents.add(
        secrets
            ? JobAgentConfig.named("goose")
                .withEnvironmentVariable("GOOSE_TOKEN", "sk-not-a-real-value")
                .withSecret("GITHUB_TOKEN", "BMJ_GITHUB_TOKEN")
            : JobAgentConfig.named("goose"));
    agents.add(
        new UnknownAgentConfig(
            "mcp_agent",
            secrets
                ? Map.of(
                    "endpoint", "https://agent.example", "environment_variables", Map.of("K", "V"))
                : Map.of("endpoint", "https://agent.example")));
    BenchmarkJobView job =
        new BenchmarkJobView(
            completed.id(),
            completed.name(),
            "running",
            completed.createTimeMs(),
            null,
            completed.jobSource(),
            new JobSpec(
                agents,
                completed.jobSpec().scenarioIds(),
                OrchestratorConfig.DEFAULTS.withConcurrentTrials(10)),
            completed.benchmarkOutcomes(),
            List.of(
                new InProgressRunView(
                    "bmr_Cz90", 1787302900000L, "running", agents.get(2), 120_000L)));
    return BenchmarkJobOutcome.of(job, List.of(claude(secrets), codex(secrets), goose(secrets)));
  }

  static BenchmarkOutcome claude(boolean secrets) {
    return outcome(
        run("bmr_Ak41", "completed", 0, secrets),
        scenarioRun("scr_01", "scn_a1", "bmr_Ak41", "scored", 1.0),
        scenarioRun("scr_02", "scn_b2", "bmr_Ak41", "scored", 0.0),
        scenarioRun("scr_03", "scn_c3", "bmr_Ak41", "timeout", null),
        scenarioRun("scr_04", "scn_d4", "bmr_Ak41", "scored", 1.0));
  }

  /** Codex's run as the API lists it: no scenario run of scn_b2, which failed in setup. */
  static BenchmarkOutcome codex(boolean secrets) {
    return outcome(
        run("bmr_Bq72", "completed", 0, secrets),
        scenarioRun("scr_11", "scn_a1", "bmr_Bq72", "scored", 1.0),
        scenarioRun("scr_13", "scn_c3", "bmr_Bq72", "scored", 0.5),
        scenarioRun("scr_14", "scn_d4", "bmr_Bq72", "scored", 1.0));
  }

  static BenchmarkOutcome goose(boolean secrets) {
    return outcome(
        run("bmr_Cz90", "running", 0, secrets),
        scenarioRun("scr_21", "scn_a1", "bmr_Cz90", "scored", 1.0),
        scenarioRun("scr_22", "scn_b2", "bmr_Cz90", "running", null));
  }

  /**
   * Three runs of codex: two runs of the benchmark, and its run of the job.
   *
   * @param secrets as for {@link #job(boolean)}
   */
  static RepeatedOutcome repeatedRuns(boolean secrets) {
    BenchmarkOutcome ofTheJob = job(secrets).agent("codex");
    return RepeatedOutcome.of(
        outcome(
            run("bmr_r1", "completed", 1, secrets),
            scenarioRun("scr_r11", "scn_a1", "bmr_r1", "scored", 1.0),
            scenarioRun("scr_r12", "scn_b2", "bmr_r1", "scored", 1.0),
            scenarioRun("scr_r13", "scn_c3", "bmr_r1", "scored", 0.25),
            scenarioRun("scr_r14", "scn_d4", "bmr_r1", "scored", 1.0)),
        outcome(
            run("bmr_r2", "completed", 2, secrets),
            scenarioRun("scr_r21", "scn_a1", "bmr_r2", "scored", 0.0),
            scenarioRun("scr_r22", "scn_b2", "bmr_r2", "failed", null),
            scenarioRun("scr_r23", "scn_c3", "bmr_r2", "scored", 0.75),
            scenarioRun("scr_r24", "scn_d4", "bmr_r2", "scored", 1.0)),
        ofTheJob);
  }

  static BenchmarkRunView run(String id, String state, int day, boolean secrets) {
    return new BenchmarkRunView(
        id,
        day == 0 ? null : "bmd_9fT2",
        null,
        Map.of("git_sha", "4be1c0d"),
        1787302800000L + day * 86_400_000L,
        null,
        state,
        null,
        null,
        secrets ? Map.of("OPENAI_API_KEY", "sk-not-a-real-value") : null,
        null,
        null,
        null);
  }

  static ScenarioRunView scenarioRun(
      String id, String scenarioId, String runId, String state, Double score) {
    return new ScenarioRunView(
        id,
        scenarioId,
        "dbx_" + id,
        runId,
        null,
        null,
        state,
        null,
        null,
        null,
        score == null ? null : new ScoringContractResult(score, List.of()),
        null,
        null);
  }

  static BenchmarkOutcome outcome(BenchmarkRunView run, ScenarioRunView... scenarioRuns) {
    return BenchmarkOutcome.of(run, List.of(scenarioRuns), SCENARIOS, BENCHMARK);
  }

  private static ScenarioView scenario(String id, String name) {
    return new ScenarioView(
        id, name, null, null, null, "active", null, null, null, null, null, null, null);
  }
}
