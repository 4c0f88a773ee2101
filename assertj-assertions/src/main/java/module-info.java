/**
 * Fluent AssertJ quality gates on Runloop benchmark runs, scenario runs, definitions and baseline
 * comparisons. One static import brings them and all of AssertJ's own assertions.
 *
 * <pre>{@code
 * import static dev.benchgate.assertj.BenchgateAssertions.*;
 *
 * assertThat(outcome).hasPassRateAtLeast(0.9, atScore(0.5)).coversAllScenariosOfItsBenchmark();
 * }</pre>
 */
module dev.benchgate.assertj {
  requires transitive dev.benchgate.core;
  requires transitive org.assertj.core;

  exports dev.benchgate.assertj;
}
