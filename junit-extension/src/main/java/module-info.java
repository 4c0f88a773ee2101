/**
 * Runloop benchmark runs as JUnit Jupiter tests: annotations that inject runs, outcomes, scenario
 * runs and baselines, the extension behind them, and the end-of-run report.
 *
 * <pre>{@code
 * @Test
 * void overallScore(@BenchmarkRun("bmr_123") BenchmarkRunView run) {
 *   assertTrue(run.score() >= 0.8);
 * }
 * }</pre>
 */
module dev.benchgate.junit {
  requires transitive dev.benchgate.core;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;
  // Only a launcher loads the report's listener, and every launcher brings its own (on the module
  // path, the launcher's module must be there for the listener's provides clause to resolve).
  requires static org.junit.platform.launcher;
  requires com.squareup.moshi;

  exports dev.benchgate.junit;
  exports dev.benchgate.junit.report;

  // JUnit instantiates @ScenarioRunSource's arguments provider, which is not API.
  opens dev.benchgate.junit to
      org.junit.platform.commons;
  // Moshi writes and reads report.json's records reflectively.
  opens dev.benchgate.junit.report to
      com.squareup.moshi;

  provides org.junit.platform.launcher.LauncherSessionListener with
      dev.benchgate.junit.BenchgateReportListener;
}
