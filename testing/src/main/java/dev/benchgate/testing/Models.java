package dev.benchgate.testing;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;

/**
 * Entry points of the fluent test-fixture builders for the model records, shared with the other
 * modules' tests through core's test-jar. Every builder starts from a minimal, valid value and
 * keeps raw API strings where the records do, so a test states only what it is about.
 *
 * <pre>{@code
 * BenchmarkRunView run = Models.run("bmr_1").named("nightly").completed().score(0.8).build();
 * BenchmarkOutcome outcome =
 *     Models.outcome(run)
 *         .scenarioRuns(Models.scenarioRun("scr_1").scenario("scn_1").scored(0.9).build())
 *         .scenarios(Models.scenario("scn_1").named("fix-login-bug").build())
 *         .build();
 *
 * BenchmarkJobView job = Models.job("bmj_1").completed()
 *     .agent(Models.agentOutcome("candidate", candidate).model("gpt-5"))
 *     .agent(Models.agentOutcome("baseline", baseline))
 *     .build();
 * }</pre>
 */
public final class Models {
  /** The start time every fixture gets unless told otherwise: 2026-01-01T00:00:00Z. */
  public static final long START_TIME_MS = 1_767_225_600_000L;

  private Models() {}

  /**
   * Starts a benchmark run in state {@code running}, without name, score or duration.
   *
   * @param id the run's id, e.g. {@code "bmr_1"}
   * @return a new builder
   */
  public static BenchmarkRunBuilder run(String id) {
    return new BenchmarkRunBuilder(id);
  }

  /**
   * Starts a scenario run in state {@code running}, unscored. Its scenario id defaults to the run
   * id's suffix with a {@code scn_} prefix ({@code scr_1} runs {@code scn_1}).
   *
   * @param id the scenario run's id, e.g. {@code "scr_1"}
   * @return a new builder
   */
  public static ScenarioRunBuilder scenarioRun(String id) {
    return new ScenarioRunBuilder(id);
  }

  /**
   * Starts an active scenario definition without name and with an empty scoring contract.
   *
   * @param id the scenario's id, e.g. {@code "scn_1"}
   * @return a new builder
   */
  public static ScenarioBuilder scenario(String id) {
    return new ScenarioBuilder(id);
  }

  /**
   * Starts an active benchmark definition without scenarios.
   *
   * @param id the benchmark's id, e.g. {@code "bmd_1"}
   * @return a new builder
   */
  public static BenchmarkBuilder benchmark(String id) {
    return new BenchmarkBuilder(id);
  }

  /**
   * Starts an outcome of a run, without scenario runs, scenarios or benchmark.
   *
   * @param run the benchmark run
   * @return a new builder
   */
  public static OutcomeBuilder outcome(BenchmarkRunView run) {
    return new OutcomeBuilder(run);
  }

  /**
   * Starts a benchmark job in state {@code running}, named by its id, without source, agents or
   * runs.
   *
   * @param id the job's id, e.g. {@code "bmj_1"}
   * @return a new builder
   */
  public static BenchmarkJobBuilder job(String id) {
    return new BenchmarkJobBuilder(id);
  }

  /**
   * Starts the job's outcome of one agent from the outcome of its run: each scenario run is
   * reported as the job's orchestrator reports it ({@code scored} and {@code completed} as {@code
   * COMPLETED} with their score, {@code failed}, {@code timeout} and {@code canceled} in UPPERCASE
   * without one), with the run's duration.
   *
   * <pre>{@code
   * JobAgentOutcomeView candidate = Models.agentOutcome("candidate", candidateRun).model("gpt-5").build();
   * }</pre>
   *
   * @param agentName the agent's name
   * @param run the outcome of its run
   * @return a new builder
   */
  public static JobAgentOutcomeBuilder agentOutcome(String agentName, BenchmarkOutcome run) {
    return new JobAgentOutcomeBuilder(agentName, run);
  }

  /**
   * Starts the job's outcome of one agent without scenario outcomes.
   *
   * @param agentName the agent's name
   * @param benchmarkRunId its run ({@code bmr_…})
   * @return a new builder
   */
  public static JobAgentOutcomeBuilder agentOutcome(String agentName, String benchmarkRunId) {
    return new JobAgentOutcomeBuilder(agentName, benchmarkRunId);
  }

  /**
   * Starts how one scenario ended for an agent of a job: {@code COMPLETED}, named by its id,
   * without score or scenario run.
   *
   * @param scenarioId the scenario ({@code scn_…})
   * @return a new builder
   */
  public static JobScenarioOutcomeBuilder scenarioOutcome(String scenarioId) {
    return new JobScenarioOutcomeBuilder(scenarioId);
  }
}
