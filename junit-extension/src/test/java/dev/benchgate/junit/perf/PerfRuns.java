package dev.benchgate.junit.perf;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.TestBasedScorer;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.testing.Models;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/** Runs of N scenarios for the harnesses, made from a fixed seed, and timing helpers. */
final class PerfRuns {
  static final String BENCHMARK = "bmd_perf";

  private PerfRuns() {}

  /** A completed run of {@code n} scenarios, each run once, scores drawn from {@code seed}. */
  static BenchmarkOutcome outcome(String runId, int n, long seed) {
    Random random = new Random(seed);
    List<ScenarioView> scenarios =
        IntStream.range(0, n)
            .mapToObj(
                i ->
                    Models.scenario(scenarioId(i))
                        .named("scenario-" + i)
                        .problemStatement("Fix bug " + i + ".")
                        .scoringFunction(
                            "hidden-tests", 1.0, new TestBasedScorer("pytest -q", List.of()))
                        .build())
            .toList();
    List<ScenarioRunView> scenarioRuns =
        IntStream.range(0, n)
            .mapToObj(
                i -> {
                  double score = Math.round(random.nextDouble() * 100) / 100.0;
                  return Models.scenarioRun(runId + "_" + i)
                      .scenario(scenarioId(i))
                      .benchmarkRun(runId)
                      .devbox("dbx_" + i)
                      .state("scored")
                      .startTimeMs(1_788_220_800_000L + i)
                      .duration(Duration.ofMinutes(3))
                      .score(score)
                      .scoringFunction("hidden-tests", score, "complete", "passed " + i)
                      .build();
                })
            .toList();
    return Models.outcome(
            Models.run(runId)
                .benchmark(BENCHMARK)
                .named("perf-" + runId)
                .state("completed")
                .score(0.5)
                .startTimeMs(1_788_220_800_000L)
                .duration(Duration.ofHours(2))
                .build())
        .scenarioRuns(scenarioRuns.toArray(ScenarioRunView[]::new))
        .scenarios(scenarios.toArray(ScenarioView[]::new))
        .benchmark(
            Models.benchmark(BENCHMARK)
                .named("perf")
                .scenarios(
                    IntStream.range(0, n).mapToObj(PerfRuns::scenarioId).toArray(String[]::new))
                .build())
        .build();
  }

  /** Writes a run of {@code n} scenarios as a snapshot. */
  static Path snapshot(Path directory, String runId, int n, long seed) {
    Path file = directory.resolve(runId + ".json");
    BenchmarkSnapshots.write(outcome(runId, n, seed), file);
    return file;
  }

  static String scenarioId(int i) {
    return String.format("scn_%05d", i);
  }

  /**
   * Executes a request and returns the CPU time of this thread, which runs the tests, in
   * milliseconds, failing on a failed test. CPU time, not wall time: the machines this runs on are
   * shared, and another process's load must not show as ours.
   */
  static double millis(Launcher launcher, LauncherDiscoveryRequest request) {
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    launcher.execute(request, summary);
    double millis = (threads.getCurrentThreadCpuTime() - start) / 1e6;
    if (summary.getSummary().getTotalFailureCount() > 0
        || summary.getSummary().getTestsSucceededCount() == 0) {
      throw new IllegalStateException(
          "The harness's fixture did not pass: "
              + summary.getSummary().getFailures().stream()
                  .map(failure -> failure.getException().toString())
                  .toList());
    }
    return millis;
  }

  /**
   * Sends what the tests and the report print to nowhere, and returns the standard output as it
   * was, for the figures.
   *
   * @return the original standard output
   */
  static PrintStream quiet() {
    PrintStream original = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
    return original;
  }

  /** The median of measurements. */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
