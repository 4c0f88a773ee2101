package dev.benchgate.core;

/**
 * Filters for {@link RunloopClient#benchmarks(BenchmarkQuery)}, i.e. the query parameters of {@code
 * GET /v1/benchmarks}. Immutable: each {@code with…} method returns a new query. A {@code null}
 * component means "no filter".
 *
 * <pre>{@code
 * Optional<BenchmarkView> swe = client.benchmarks(BenchmarkQuery.named("swe-lite")).findFirst();
 * }</pre>
 *
 * @param name only benchmarks with this name ({@code name})
 * @param search only benchmarks matching this text ({@code search})
 */
public record BenchmarkQuery(String name, String search) {

  /**
   * Returns the query without filters: every benchmark the key can see.
   *
   * <pre>{@code
   * client.benchmarks(BenchmarkQuery.all()).forEach(b -> System.out.println(b.name()));
   * }</pre>
   *
   * @return the query
   */
  public static BenchmarkQuery all() {
    return new BenchmarkQuery(null, null);
  }

  /**
   * Returns the query for the benchmarks with a name.
   *
   * <pre>{@code
   * BenchmarkQuery query = BenchmarkQuery.named("swe-lite");
   * }</pre>
   *
   * @param name the name
   * @return the query
   */
  public static BenchmarkQuery named(String name) {
    return all().withName(name);
  }

  /**
   * Returns this query for the benchmarks with a name.
   *
   * <pre>{@code
   * BenchmarkQuery query = BenchmarkQuery.all().withName("swe-lite");
   * }</pre>
   *
   * @param name the name, or {@code null} for any name
   * @return a new query
   */
  public BenchmarkQuery withName(String name) {
    return new BenchmarkQuery(name, search);
  }

  /**
   * Returns this query for the benchmarks matching a search text.
   *
   * <pre>{@code
   * BenchmarkQuery query = BenchmarkQuery.all().withSearch("swe");
   * }</pre>
   *
   * @param search the text, or {@code null} for no search
   * @return a new query
   */
  public BenchmarkQuery withSearch(String search) {
    return new BenchmarkQuery(name, search);
  }
}
