package dev.benchgate.core;

import dev.benchgate.core.model.ScenarioRunState;

/**
 * Filters for {@link RunloopClient#scenarioRuns(ScenarioRunQuery)}, i.e. the query parameters of
 * {@code GET /v1/scenarios/runs}. Immutable: each {@code with…} method returns a new query. A
 * {@code null} component means "no filter".
 *
 * <pre>{@code
 * ScenarioRunQuery query =
 *     ScenarioRunQuery.forScenario("scn_7").withState(ScenarioRunState.FAILED);
 * }</pre>
 *
 * @param benchmarkRunId only scenario runs of this benchmark run ({@code benchmark_run_id})
 * @param scenarioId only runs of this scenario ({@code scenario_id})
 * @param state only scenario runs in this state ({@code state}); never {@code UNRECOGNIZED}
 * @param name only scenario runs with this name ({@code name})
 * @param search only scenario runs matching this text ({@code search})
 */
public record ScenarioRunQuery(
    String benchmarkRunId, String scenarioId, ScenarioRunState state, String name, String search) {

  /** Rejects {@link ScenarioRunState#UNRECOGNIZED}, which has no value to send. */
  public ScenarioRunQuery {
    QueryValues.requireKnown(state, "state");
  }

  /**
   * Returns the query without filters: every scenario run the key can see.
   *
   * <pre>{@code
   * long scored = client.scenarioRuns(ScenarioRunQuery.all().withState(ScenarioRunState.SCORED)).count();
   * }</pre>
   *
   * @return the query
   */
  public static ScenarioRunQuery all() {
    return new ScenarioRunQuery(null, null, null, null, null);
  }

  /**
   * Returns the query for the scenario runs of one benchmark run.
   *
   * <pre>{@code
   * ScenarioRunQuery query = ScenarioRunQuery.forBenchmarkRun("bmr_123");
   * }</pre>
   *
   * @param benchmarkRunId the benchmark run's id ({@code bmr_…})
   * @return the query
   */
  public static ScenarioRunQuery forBenchmarkRun(String benchmarkRunId) {
    return all().withBenchmarkRunId(benchmarkRunId);
  }

  /**
   * Returns the query for the runs of one scenario, across benchmark runs.
   *
   * <pre>{@code
   * ScenarioRunQuery query = ScenarioRunQuery.forScenario("scn_7");
   * }</pre>
   *
   * @param scenarioId the scenario's id ({@code scn_…})
   * @return the query
   */
  public static ScenarioRunQuery forScenario(String scenarioId) {
    return all().withScenarioId(scenarioId);
  }

  /**
   * Returns this query for the scenario runs of one benchmark run.
   *
   * <pre>{@code
   * ScenarioRunQuery query = ScenarioRunQuery.forScenario("scn_7").withBenchmarkRunId("bmr_123");
   * }</pre>
   *
   * @param benchmarkRunId the benchmark run's id, or {@code null} for any
   * @return a new query
   */
  public ScenarioRunQuery withBenchmarkRunId(String benchmarkRunId) {
    return new ScenarioRunQuery(benchmarkRunId, scenarioId, state, name, search);
  }

  /**
   * Returns this query for the runs of one scenario.
   *
   * <pre>{@code
   * ScenarioRunQuery query = ScenarioRunQuery.forBenchmarkRun("bmr_123").withScenarioId("scn_7");
   * }</pre>
   *
   * @param scenarioId the scenario's id, or {@code null} for any
   * @return a new query
   */
  public ScenarioRunQuery withScenarioId(String scenarioId) {
    return new ScenarioRunQuery(benchmarkRunId, scenarioId, state, name, search);
  }

  /**
   * Returns this query for the scenario runs in one state.
   *
   * <pre>{@code
   * ScenarioRunQuery query = ScenarioRunQuery.all().withState(ScenarioRunState.TIMEOUT);
   * }</pre>
   *
   * @param state the state, or {@code null} for any state
   * @return a new query
   * @throws IllegalArgumentException for {@link ScenarioRunState#UNRECOGNIZED}
   */
  public ScenarioRunQuery withState(ScenarioRunState state) {
    return new ScenarioRunQuery(benchmarkRunId, scenarioId, state, name, search);
  }

  /**
   * Returns this query for the scenario runs with a name.
   *
   * <pre>{@code
   * ScenarioRunQuery query = ScenarioRunQuery.all().withName("fix-flaky-test");
   * }</pre>
   *
   * @param name the name, or {@code null} for any name
   * @return a new query
   */
  public ScenarioRunQuery withName(String name) {
    return new ScenarioRunQuery(benchmarkRunId, scenarioId, state, name, search);
  }

  /**
   * Returns this query for the scenario runs matching a search text.
   *
   * <pre>{@code
   * ScenarioRunQuery query = ScenarioRunQuery.all().withSearch("flaky");
   * }</pre>
   *
   * @param search the text, or {@code null} for no search
   * @return a new query
   */
  public ScenarioRunQuery withSearch(String search) {
    return new ScenarioRunQuery(benchmarkRunId, scenarioId, state, name, search);
  }
}
