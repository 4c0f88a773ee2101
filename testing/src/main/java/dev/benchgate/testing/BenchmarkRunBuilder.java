package dev.benchgate.testing;

import dev.benchgate.core.model.BenchmarkRunView;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link BenchmarkRunView} for tests; start with {@link Models#run(String)}.
 *
 * <pre>{@code
 * BenchmarkRunView run = Models.run("bmr_1").named("nightly").completed().score(0.8).build();
 * }</pre>
 */
public final class BenchmarkRunBuilder {
  private final String id;
  private String benchmarkId;
  private String name;
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private long startTimeMs = Models.START_TIME_MS;
  private Long durationMs;
  private String state = "running";
  private Double score;
  private String purpose;
  private final Map<String, String> environmentVariables = new LinkedHashMap<>();
  private final Map<String, String> secretsProvided = new LinkedHashMap<>();

  BenchmarkRunBuilder(String id) {
    this.id = id;
  }

  /**
   * Sets the run's name.
   *
   * @param name the name
   * @return this builder
   */
  public BenchmarkRunBuilder named(String name) {
    this.name = name;
    return this;
  }

  /**
   * Sets the benchmark the run ran.
   *
   * @param benchmarkId e.g. {@code "bmd_1"}
   * @return this builder
   */
  public BenchmarkRunBuilder benchmark(String benchmarkId) {
    this.benchmarkId = benchmarkId;
    return this;
  }

  /**
   * Sets the state as the API spells it, including values the model does not know.
   *
   * @param state e.g. {@code "completed"} or {@code "paused"}
   * @return this builder
   */
  public BenchmarkRunBuilder state(String state) {
    this.state = state;
    return this;
  }

  /**
   * Sets the state to {@code running}.
   *
   * @return this builder
   */
  public BenchmarkRunBuilder running() {
    return state("running");
  }

  /**
   * Sets the state to {@code completed}.
   *
   * @return this builder
   */
  public BenchmarkRunBuilder completed() {
    return state("completed");
  }

  /**
   * Sets the state to {@code canceled}.
   *
   * @return this builder
   */
  public BenchmarkRunBuilder canceled() {
    return state("canceled");
  }

  /**
   * Sets the state to {@code failed}.
   *
   * @return this builder
   */
  public BenchmarkRunBuilder failed() {
    return state("failed");
  }

  /**
   * Sets the run's score.
   *
   * @param score the score, or {@code null} for none
   * @return this builder
   */
  public BenchmarkRunBuilder score(Double score) {
    this.score = score;
    return this;
  }

  /**
   * Sets how long the run took.
   *
   * @param duration the duration, or {@code null} for none
   * @return this builder
   */
  public BenchmarkRunBuilder duration(Duration duration) {
    this.durationMs = duration == null ? null : duration.toMillis();
    return this;
  }

  /**
   * Sets when the run started.
   *
   * @param startTimeMs Unix milliseconds
   * @return this builder
   */
  public BenchmarkRunBuilder startTimeMs(long startTimeMs) {
    this.startTimeMs = startTimeMs;
    return this;
  }

  /**
   * Adds a metadata entry.
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public BenchmarkRunBuilder metadata(String key, String value) {
    metadata.put(key, value);
    return this;
  }

  /**
   * Sets why the run was made.
   *
   * @param purpose the purpose
   * @return this builder
   */
  public BenchmarkRunBuilder purpose(String purpose) {
    this.purpose = purpose;
    return this;
  }

  /**
   * Adds an environment variable of the run.
   *
   * @param key the variable's name
   * @param value its value
   * @return this builder
   */
  public BenchmarkRunBuilder environmentVariable(String key, String value) {
    environmentVariables.put(key, value);
    return this;
  }

  /**
   * Adds a secret given to the run.
   *
   * @param key the secret's name
   * @param value its value
   * @return this builder
   */
  public BenchmarkRunBuilder secret(String key, String value) {
    secretsProvided.put(key, value);
    return this;
  }

  /**
   * Builds the run, in the current API's shape (no legacy fields).
   *
   * @return the run
   */
  public BenchmarkRunView build() {
    return new BenchmarkRunView(
        id,
        benchmarkId,
        name,
        metadata,
        startTimeMs,
        durationMs,
        state,
        score,
        purpose,
        environmentVariables,
        secretsProvided,
        List.of(),
        List.of());
  }
}
