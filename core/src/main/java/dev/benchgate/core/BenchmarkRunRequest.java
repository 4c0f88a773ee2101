package dev.benchgate.core;

import dev.benchgate.core.model.RunProfile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What {@link RunloopClient#startBenchmarkRun(BenchmarkRunRequest)} asks for: the body of {@code
 * POST /v1/benchmarks/start_run}. It starts a run of a benchmark that no job is involved in;
 * scenario runs join it as your harness starts them. Immutable: each {@code with…} method returns a
 * new request.
 *
 * <pre>{@code
 * BenchmarkRunRequest request = BenchmarkRunRequest.forBenchmark("bmd_9fT2")
 *     .named("nightly-" + gitSha)
 *     .withMetadata("git_sha", gitSha)
 *     .withRunProfile(profile -> profile.withSecret("OPENAI_API_KEY", "openai-key"));
 * }</pre>
 *
 * <p>It is sent as {@code {"benchmark_id": …, "run_name": …, "metadata": {…}, "runProfile": {…}}},
 * the run profile with its camelCase keys (see {@link RunProfile}), leaving out what is not set and
 * empty maps.
 *
 * @param benchmarkId the benchmark ({@code bmd_…})
 * @param runName the run's display name, {@code null} for none
 * @param metadata the run's metadata, never {@code null}
 * @param runProfile how the run is launched, never {@code null}
 */
public record BenchmarkRunRequest(
    String benchmarkId, String runName, Map<String, String> metadata, RunProfile runProfile) {

  /** Rejects a missing benchmark; copies the metadata. */
  public BenchmarkRunRequest {
    Objects.requireNonNull(benchmarkId, "benchmarkId");
    if (benchmarkId.isBlank()) {
      throw new IllegalArgumentException("The benchmark id is blank");
    }
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(metadata));
    runProfile = runProfile == null ? RunProfile.NONE : runProfile;
  }

  /**
   * Starts a request for a run of a benchmark.
   *
   * <pre>{@code
   * BenchmarkRunRequest request = BenchmarkRunRequest.forBenchmark("bmd_9fT2");
   * }</pre>
   *
   * @param benchmarkId the benchmark ({@code bmd_…})
   * @return the request
   */
  public static BenchmarkRunRequest forBenchmark(String benchmarkId) {
    return new BenchmarkRunRequest(benchmarkId, null, null, null);
  }

  /**
   * Returns this request with a display name for the run.
   *
   * <pre>{@code
   * request = request.named("nightly-" + gitSha);
   * }</pre>
   *
   * @param runName the name, or {@code null} for none
   * @return a new request
   */
  public BenchmarkRunRequest named(String runName) {
    return new BenchmarkRunRequest(benchmarkId, runName, metadata, runProfile);
  }

  /**
   * Returns this request with one more metadata entry for the run.
   *
   * <pre>{@code
   * request = request.withMetadata("git_sha", gitSha);
   * }</pre>
   *
   * @param key the key
   * @param value the value
   * @return a new request
   */
  public BenchmarkRunRequest withMetadata(String key, String value) {
    Map<String, String> more = new TreeMap<>(metadata);
    more.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new BenchmarkRunRequest(benchmarkId, runName, more, runProfile);
  }

  /**
   * Returns this request with its run profile changed.
   *
   * <pre>{@code
   * request = request.withRunProfile(profile -> profile.withPurpose("ci").withEnvironmentVariable("LOG_LEVEL", "debug"));
   * }</pre>
   *
   * @param change makes the new profile from the current one
   * @return a new request
   */
  public BenchmarkRunRequest withRunProfile(UnaryOperator<RunProfile> change) {
    return new BenchmarkRunRequest(benchmarkId, runName, metadata, change.apply(runProfile));
  }

  /** The body as JSON text, for {@link RunloopClient} and its tests. */
  String json() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("benchmark_id", benchmarkId);
    body.put("run_name", runName);
    body.put("metadata", metadata);
    body.put("runProfile", JsonBodies.tree(runProfile, RunProfile.class));
    return JsonBodies.json(body);
  }
}
