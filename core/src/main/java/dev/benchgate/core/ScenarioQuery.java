package dev.benchgate.core;

import dev.benchgate.core.model.ValidationType;

/**
 * Filters for {@link RunloopClient#scenarios(ScenarioQuery)}, i.e. the query parameters of {@code
 * GET /v1/scenarios}. Immutable: each {@code with…} method returns a new query. A {@code null}
 * component means "no filter".
 *
 * <pre>{@code
 * ScenarioQuery query = ScenarioQuery.forBenchmark("bmd_42").withValidationType(ValidationType.FORWARD);
 * }</pre>
 *
 * @param name only scenarios with this name ({@code name})
 * @param benchmarkId only scenarios of this benchmark ({@code benchmark_id})
 * @param validationType only scenarios validated this way ({@code validation_type}); never {@code
 *     UNRECOGNIZED}
 * @param search only scenarios matching this text ({@code search})
 */
public record ScenarioQuery(
    String name, String benchmarkId, ValidationType validationType, String search) {

  /** Rejects {@link ValidationType#UNRECOGNIZED}, which has no value to send. */
  public ScenarioQuery {
    QueryValues.requireKnown(validationType, "validation type");
  }

  /**
   * Returns the query without filters: every scenario the key can see.
   *
   * <pre>{@code
   * client.scenarios(ScenarioQuery.all()).map(ScenarioView::name).forEach(System.out::println);
   * }</pre>
   *
   * @return the query
   */
  public static ScenarioQuery all() {
    return new ScenarioQuery(null, null, null, null);
  }

  /**
   * Returns the query for the scenarios of one benchmark. To read all of a benchmark's scenarios,
   * {@link RunloopClient#benchmarkDefinitions(String)} is the dedicated endpoint.
   *
   * <pre>{@code
   * ScenarioQuery query = ScenarioQuery.forBenchmark("bmd_42");
   * }</pre>
   *
   * @param benchmarkId the benchmark's id ({@code bmd_…})
   * @return the query
   */
  public static ScenarioQuery forBenchmark(String benchmarkId) {
    return all().withBenchmarkId(benchmarkId);
  }

  /**
   * Returns this query for the scenarios with a name.
   *
   * <pre>{@code
   * ScenarioQuery query = ScenarioQuery.all().withName("fix-flaky-test");
   * }</pre>
   *
   * @param name the name, or {@code null} for any name
   * @return a new query
   */
  public ScenarioQuery withName(String name) {
    return new ScenarioQuery(name, benchmarkId, validationType, search);
  }

  /**
   * Returns this query for the scenarios of one benchmark.
   *
   * <pre>{@code
   * ScenarioQuery query = ScenarioQuery.all().withBenchmarkId("bmd_42");
   * }</pre>
   *
   * @param benchmarkId the benchmark's id, or {@code null} for any
   * @return a new query
   */
  public ScenarioQuery withBenchmarkId(String benchmarkId) {
    return new ScenarioQuery(name, benchmarkId, validationType, search);
  }

  /**
   * Returns this query for the scenarios validated one way.
   *
   * <pre>{@code
   * ScenarioQuery query = ScenarioQuery.all().withValidationType(ValidationType.REVERSE);
   * }</pre>
   *
   * @param validationType the validation type, or {@code null} for any
   * @return a new query
   * @throws IllegalArgumentException for {@link ValidationType#UNRECOGNIZED}
   */
  public ScenarioQuery withValidationType(ValidationType validationType) {
    return new ScenarioQuery(name, benchmarkId, validationType, search);
  }

  /**
   * Returns this query for the scenarios matching a search text.
   *
   * <pre>{@code
   * ScenarioQuery query = ScenarioQuery.all().withSearch("flaky");
   * }</pre>
   *
   * @param search the text, or {@code null} for no search
   * @return a new query
   */
  public ScenarioQuery withSearch(String search) {
    return new ScenarioQuery(name, benchmarkId, validationType, search);
  }
}
