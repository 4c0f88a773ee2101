package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * A benchmark job made from a benchmark definition ({@code "type": "benchmark"}).
 *
 * @param benchmarkId the benchmark ({@code bmd_…})
 * @param benchmarkName the name the user gave the benchmark, may be {@code null}
 */
public record BenchmarkJobSource(
    @Json(name = "benchmark_id") String benchmarkId,
    @Json(name = "benchmark_name") String benchmarkName)
    implements JobSource {
  /** The API's name of this kind of source. */
  public static final String TYPE = "benchmark";

  @Override
  public String type() {
    return TYPE;
  }
}
