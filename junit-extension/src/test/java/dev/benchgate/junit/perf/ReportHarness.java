package dev.benchgate.junit.perf;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.junit.Baseline;
import dev.benchgate.junit.BenchmarkRun;
import dev.benchgate.junit.ConfigurationKeys;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Measures what the end-of-run report adds to a test plan with one {@code @Baseline} gate, for runs
 * of 1,000 to 20,000 scenarios: the same plan with the report on and off, each in a fresh launcher
 * session (the report is made when a plan ends and shown when its session closes), CPU time of the
 * thread that runs it, medians of 5 rounds (-Drounds=…) after 2 to warm up (-DwarmUp=…). The report
 * compares the run with its baseline, and part of its cost is the comparison's statistics (the
 * bootstrap interval and the sign-flip test, core's {@code compare} package); that part is measured
 * alone, on a fresh comparison, and printed beside the rest. A harness, not a test: it asserts
 * nothing. Run it with
 *
 * <pre>
 * mvn -q -pl junit-extension -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/perf.classpath -Dmdep.includeScope=test
 * java -cp "junit-extension/target/test-classes:junit-extension/target/classes:$(cat \
 *     junit-extension/target/perf.classpath)" dev.benchgate.junit.perf.ReportHarness
 * </pre>
 */
public final class ReportHarness {
  private static final int[] SIZES = {1_000, 5_000, 10_000, 20_000};
  private static final int WARM_UP = Integer.getInteger("warmUp", 2);
  private static final int ROUNDS = Integer.getInteger("rounds", 5);

  /** Where the figures go: standard output, which the tests' own output is kept off. */
  private static final PrintStream RESULTS = PerfRuns.quiet();

  private ReportHarness() {}

  /**
   * Runs the measurement.
   *
   * @param args unused
   * @throws IOException when the snapshots cannot be written
   */
  public static void main(String[] args) throws IOException {
    RESULTS.printf(
        Locale.ROOT,
        "one @Baseline gate; CPU ms of the test thread, medians of %d rounds%n"
            + "%8s %14s %14s %14s %14s %16s%n",
        ROUNDS,
        "scenarios",
        "report off",
        "report on",
        "extra",
        "of it: stats",
        "report alone");
    for (int n : SIZES) {
      measure(n);
    }
  }

  private static void measure(int n) throws IOException {
    Path directory = Files.createTempDirectory("benchgate-report-perf");
    Path candidate = PerfRuns.snapshot(directory, "bmr_candidate", n, 1);
    Path baseline = PerfRuns.snapshot(directory, "bmr_baseline", n, 2);
    List<Double> off = new ArrayList<>();
    List<Double> on = new ArrayList<>();
    List<Double> statistics = new ArrayList<>();
    BenchmarkOutcome candidateOutcome = BenchmarkSnapshots.read(candidate);
    BenchmarkOutcome baselineOutcome = BenchmarkSnapshots.read(baseline);
    for (int round = 0; round < WARM_UP + ROUNDS; round++) {
      double withoutReport = plan(directory, candidate, baseline, false);
      double withReport = plan(directory, candidate, baseline, true);
      double stats = statistics(baselineOutcome, candidateOutcome);
      if (round >= WARM_UP) {
        off.add(withoutReport);
        on.add(withReport);
        statistics.add(stats);
      }
    }
    double extra = PerfRuns.median(on) - PerfRuns.median(off);
    double stats = PerfRuns.median(statistics);
    RESULTS.printf(
        Locale.ROOT,
        "%8d %11.1f ms %11.1f ms %11.1f ms %11.1f ms %13.1f ms%n",
        n,
        PerfRuns.median(off),
        PerfRuns.median(on),
        extra,
        stats,
        extra - stats);
  }

  /** One plan of the gate, in a session of its own, so that its report is made and shown. */
  private static double plan(Path directory, Path candidate, Path baseline, boolean report) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(RegressionGate.class))
            .configurationParameters(
                Map.of(
                    "candidate",
                    candidate.toString(),
                    "baseline",
                    baseline.toString(),
                    ConfigurationKeys.REPORT_ENABLED,
                    String.valueOf(report),
                    ConfigurationKeys.REPORT_DIR,
                    directory.resolve("report").toString()))
            .build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    try (LauncherSession session = LauncherFactory.openSession()) {
      PerfRuns.millis(session.getLauncher(), request);
    }
    return (threads.getCurrentThreadCpuTime() - start) / 1e6;
  }

  /** What the report asks of a comparison, on a fresh one: core's statistics, not the report's. */
  private static double statistics(BenchmarkOutcome baseline, BenchmarkOutcome candidate) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    OutcomeComparison comparison = OutcomeComparison.of(baseline, candidate);
    comparison.meanScoreDelta();
    comparison.meanScoreDeltaInterval();
    comparison.scoreRegressionTest();
    comparison.scoreChangeTwoSidedPValue();
    comparison.flipRegressionTest(0.5);
    comparison.regressions(0);
    comparison.newFailures(0.5);
    comparison.newInfrastructureFailures();
    return (threads.getCurrentThreadCpuTime() - start) / 1e6;
  }

  static class RegressionGate {
    @Test
    void noRegression(
        @BenchmarkRun("file:${sys:candidate}") BenchmarkOutcome candidate,
        @Baseline("file:${sys:baseline}") BenchmarkOutcome baseline) {}
  }
}
