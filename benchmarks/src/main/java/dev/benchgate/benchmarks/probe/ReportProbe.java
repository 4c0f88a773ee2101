package dev.benchgate.benchmarks.probe;

import dev.benchgate.benchmarks.gates.BaselineGate;
import dev.benchgate.junit.ConfigurationKeys;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In a JVM of its own: runs {@link BaselineGate}, a run and its baseline read from snapshot files,
 * through the launcher with Benchgate's end-of-run report on and off, in pairs, and prints the
 * median session times {@code on.ms} and {@code off.ms} and the median difference within a pair
 * {@code extra.ms}. That difference is what the report costs: comparing the two runs, writing
 * {@code report.json}, {@code .md} and {@code .html}, and the console table.
 *
 * <pre>
 * java -cp … dev.benchgate.benchmarks.probe.ReportProbe candidate.json baseline.json report/ 1 5
 * </pre>
 */
public final class ReportProbe {
  private ReportProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the run's snapshot, the baseline's snapshot, the report directory, warm-up sessions
   *     and measured sessions of each kind
   */
  public static void main(String[] args) {
    Map<String, String> configuration = new LinkedHashMap<>();
    configuration.put(ConfigurationKeys.BENCHMARK_RUN, "file:" + Path.of(args[0]).toAbsolutePath());
    configuration.put(ConfigurationKeys.BASELINE, "file:" + Path.of(args[1]).toAbsolutePath());
    configuration.put(ConfigurationKeys.REPORT_DIR, Path.of(args[2]).toAbsolutePath().toString());
    Map<String, String> on = new LinkedHashMap<>(configuration);
    on.put(ConfigurationKeys.REPORT_ENABLED, "true");
    Map<String, String> off = new LinkedHashMap<>(configuration);
    off.put(ConfigurationKeys.REPORT_ENABLED, "false");
    Timing.Paired paired =
        Timing.paired(
            Integer.parseInt(args[3]),
            Integer.parseInt(args[4]),
            () -> GateSession.time(BaselineGate.class, on, 1),
            () -> GateSession.time(BaselineGate.class, off, 1),
            System::gc);
    Results.emit("on.ms", paired.first());
    Results.emit("off.ms", paired.second());
    Results.emit("extra.ms", paired.difference());
  }
}
