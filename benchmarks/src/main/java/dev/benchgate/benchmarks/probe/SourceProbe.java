package dev.benchgate.benchmarks.probe;

import dev.benchgate.benchmarks.gates.MethodSourceGate;
import dev.benchgate.benchmarks.gates.ScenarioRunSourceGate;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.junit.ConfigurationKeys;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In a JVM of its own: runs {@link ScenarioRunSourceGate} over a run's snapshot file and {@link
 * MethodSourceGate} over the same scenario runs read beforehand, through the launcher, in turn
 * until warm, and prints the median session times: {@code source.ms} and {@code method.ms} with the
 * end-of-run report off (the extension's own cost), {@code source.report.ms} and {@code
 * method.report.ms} with it on (a user's default).
 *
 * <pre>
 * java -cp … dev.benchgate.benchmarks.probe.SourceProbe candidate.json report/ 3 7
 * </pre>
 */
public final class SourceProbe {
  private SourceProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the run's snapshot, the report directory, warm-up sessions and measured sessions of
   *     each kind
   */
  public static void main(String[] args) {
    Path snapshot = Path.of(args[0]).toAbsolutePath();
    BenchmarkOutcome outcome = BenchmarkSnapshots.read(snapshot);
    MethodSourceGate.serve(outcome);
    long invocations = outcome.scenarioRuns().size();
    Map<String, String> off = new LinkedHashMap<>();
    off.put(ConfigurationKeys.BENCHMARK_RUN, "file:" + snapshot);
    off.put(ConfigurationKeys.REPORT_DIR, Path.of(args[1]).toAbsolutePath().toString());
    off.put(ConfigurationKeys.REPORT_ENABLED, "false");
    Map<String, String> on = new LinkedHashMap<>(off);
    on.put(ConfigurationKeys.REPORT_ENABLED, "true");
    Map<String, Runnable> sessions = new LinkedHashMap<>();
    sessions.put(
        "source.ms", () -> GateSession.time(ScenarioRunSourceGate.class, off, invocations));
    sessions.put("method.ms", () -> GateSession.time(MethodSourceGate.class, off, invocations));
    sessions.put(
        "source.report.ms", () -> GateSession.time(ScenarioRunSourceGate.class, on, invocations));
    sessions.put(
        "method.report.ms", () -> GateSession.time(MethodSourceGate.class, on, invocations));
    Timing.interleaved(Integer.parseInt(args[2]), Integer.parseInt(args[3]), sessions, System::gc)
        .forEach(Results::emit);
  }
}
