package dev.benchgate.core;

/**
 * Filters for {@link RunloopClient#benchmarkJobs(BenchmarkJobQuery)}, i.e. the query parameters of
 * {@code GET /v1/benchmark_jobs}. The API has no state filter: filter the stream. Immutable: each
 * {@code with…} method returns a new query. A {@code null} component means "no filter".
 *
 * <pre>{@code
 * client.benchmarkJobs(BenchmarkJobQuery.all().withSearch("nightly"))
 *     .filter(job -> job.state() == BenchmarkJobState.COMPLETED)
 *     .findFirst();
 * }</pre>
 *
 * @param name only the job with this name ({@code name})
 * @param search only jobs whose id or name matches this text ({@code search})
 */
public record BenchmarkJobQuery(String name, String search) {

  /**
   * Returns the query without filters: every job the key can see.
   *
   * <pre>{@code
   * client.benchmarkJobs(BenchmarkJobQuery.all()).limit(10).forEach(System.out::println);
   * }</pre>
   *
   * @return the query
   */
  public static BenchmarkJobQuery all() {
    return new BenchmarkJobQuery(null, null);
  }

  /**
   * Returns the query for the job with a name (job names are unique).
   *
   * <pre>{@code
   * Optional<BenchmarkJobView> job = client.benchmarkJobs(BenchmarkJobQuery.named("swe-smoke-0821")).findFirst();
   * }</pre>
   *
   * @param name the job's name
   * @return the query
   */
  public static BenchmarkJobQuery named(String name) {
    return all().withName(name);
  }

  /**
   * Returns this query for the job with a name.
   *
   * <pre>{@code
   * BenchmarkJobQuery query = BenchmarkJobQuery.all().withName("swe-smoke-0821");
   * }</pre>
   *
   * @param name the job's name, or {@code null} for any name
   * @return a new query
   */
  public BenchmarkJobQuery withName(String name) {
    return new BenchmarkJobQuery(name, search);
  }

  /**
   * Returns this query for the jobs whose id or name matches a text.
   *
   * <pre>{@code
   * BenchmarkJobQuery query = BenchmarkJobQuery.all().withSearch("smoke");
   * }</pre>
   *
   * @param search the text, or {@code null} for no search
   * @return a new query
   */
  public BenchmarkJobQuery withSearch(String search) {
    return new BenchmarkJobQuery(name, search);
  }
}
