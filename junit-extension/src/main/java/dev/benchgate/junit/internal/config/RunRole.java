package dev.benchgate.junit.internal.config;

import dev.benchgate.junit.ConfigurationKeys;

/**
 * The part a run plays in a test: the run under test or the baseline it is compared against; or the
 * benchmark job whose agents' runs are judged. Each has its annotation, its configuration key and
 * environment variable for the default, and the builder method that sets a default in code.
 */
public enum RunRole {
  BENCHMARK_RUN(
      "benchmark run",
      "@BenchmarkRun",
      ConfigurationKeys.BENCHMARK_RUN,
      ConfigurationKeys.BENCHMARK_RUN_VARIABLE,
      "benchmarkRun"),
  BASELINE(
      "baseline run",
      "@Baseline",
      ConfigurationKeys.BASELINE,
      ConfigurationKeys.BASELINE_VARIABLE,
      "baseline"),
  BENCHMARK_JOB(
      "benchmark job",
      "@BenchmarkJob",
      ConfigurationKeys.BENCHMARK_JOB,
      ConfigurationKeys.BENCHMARK_JOB_VARIABLE,
      "benchmarkJob");

  private final String noun;
  private final String annotationName;
  private final String key;
  private final String variable;
  private final String builderMethod;

  RunRole(String noun, String annotationName, String key, String variable, String builderMethod) {
    this.noun = noun;
    this.annotationName = annotationName;
    this.key = key;
    this.variable = variable;
    this.builderMethod = builderMethod;
  }

  /** For messages: {@code "benchmark run"}, {@code "baseline run"} or {@code "benchmark job"}. */
  String noun() {
    return noun;
  }

  /** The annotation that asks for a run in this role, e.g. {@code "@Baseline"}. */
  public String annotationName() {
    return annotationName;
  }

  /** The configuration key of the default run; also the prefix of its report entries. */
  public String key() {
    return key;
  }

  /**
   * An example of the ids this role is given, for messages.
   *
   * @return {@code "bmj_…"} for a job, else {@code "bmr_…"}
   */
  String idExample() {
    return this == BENCHMARK_JOB ? "bmj_…" : "bmr_…";
  }

  /** The environment variable of the default run. */
  String variable() {
    return variable;
  }

  /** The {@code BenchgateExtension.Builder} method that sets the default run in code. */
  String builderMethod() {
    return builderMethod;
  }
}
