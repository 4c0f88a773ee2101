package dev.benchgate.core;

import dev.benchgate.core.model.BenchmarkRunState;

/**
 * Filters for {@link RunloopClient#benchmarkRuns(BenchmarkRunQuery)}, i.e. the query parameters of
 * {@code GET /v1/benchmark_runs}. Immutable: each {@code with…} method returns a new query. A
 * {@code null} component means "no filter".
 *
 * <pre>{@code
 * BenchmarkRunQuery query =
 *     BenchmarkRunQuery.forBenchmark("bmd_42").withState(BenchmarkRunState.COMPLETED);
 * }</pre>
 *
 * @param benchmarkId only runs of this benchmark ({@code benchmark_id})
 * @param state only runs in this state ({@code state}); never {@code UNRECOGNIZED}
 * @param name only runs with this name ({@code name})
 * @param search only runs matching this text ({@code search})
 */
public record BenchmarkRunQuery(
    String benchmarkId, BenchmarkRunState state, String name, String search) {

  /** Rejects {@link BenchmarkRunState#UNRECOGNIZED}, which has no value to send. */
  public BenchmarkRunQuery {
    QueryValues.requireKnown(state, "state");
  }

  /**
   * Returns the query without filters: every run the key can see.
   *
   * <pre>{@code
   * client.benchmarkRuns(BenchmarkRunQuery.all()).limit(10).forEach(System.out::println);
   * }</pre>
   *
   * @return the query
   */
  public static BenchmarkRunQuery all() {
    return new BenchmarkRunQuery(null, null, null, null);
  }

  /**
   * Returns the query for the runs of one benchmark.
   *
   * <pre>{@code
   * BenchmarkRunQuery query = BenchmarkRunQuery.forBenchmark("bmd_42");
   * }</pre>
   *
   * @param benchmarkId the benchmark's id ({@code bmd_…})
   * @return the query
   */
  public static BenchmarkRunQuery forBenchmark(String benchmarkId) {
    return all().withBenchmarkId(benchmarkId);
  }

  /**
   * Returns this query for the runs of one benchmark.
   *
   * <pre>{@code
   * BenchmarkRunQuery query = BenchmarkRunQuery.all().withBenchmarkId("bmd_42");
   * }</pre>
   *
   * @param benchmarkId the benchmark's id, or {@code null} for any benchmark
   * @return a new query
   */
  public BenchmarkRunQuery withBenchmarkId(String benchmarkId) {
    return new BenchmarkRunQuery(benchmarkId, state, name, search);
  }

  /**
   * Returns this query for the runs in one state.
   *
   * <pre>{@code
   * BenchmarkRunQuery query = BenchmarkRunQuery.all().withState(BenchmarkRunState.RUNNING);
   * }</pre>
   *
   * @param state the state, or {@code null} for any state
   * @return a new query
   * @throws IllegalArgumentException for {@link BenchmarkRunState#UNRECOGNIZED}
   */
  public BenchmarkRunQuery withState(BenchmarkRunState state) {
    return new BenchmarkRunQuery(benchmarkId, state, name, search);
  }

  /**
   * Returns this query for the runs with a name.
   *
   * <pre>{@code
   * BenchmarkRunQuery query = BenchmarkRunQuery.all().withName("nightly-2026-09-01");
   * }</pre>
   *
   * @param name the run name, or {@code null} for any name
   * @return a new query
   */
  public BenchmarkRunQuery withName(String name) {
    return new BenchmarkRunQuery(benchmarkId, state, name, search);
  }

  /**
   * Returns this query for the runs matching a search text.
   *
   * <pre>{@code
   * BenchmarkRunQuery query = BenchmarkRunQuery.all().withSearch("nightly");
   * }</pre>
   *
   * @param search the text, or {@code null} for no search
   * @return a new query
   */
  public BenchmarkRunQuery withSearch(String search) {
    return new BenchmarkRunQuery(benchmarkId, state, name, search);
  }
}
