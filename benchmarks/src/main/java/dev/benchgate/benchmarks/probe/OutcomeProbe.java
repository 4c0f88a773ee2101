package dev.benchgate.benchmarks.probe;

import dev.benchgate.benchmarks.server.PrerenderedRunloop;
import dev.benchgate.core.RunloopClient;
import java.util.ArrayList;
import java.util.List;

/**
 * In a fresh JVM: builds a client and fetches one run's outcome (the first call), then fetches it
 * again until warm. Prints {@code build.ms} (building the client), {@code first.ms} (the build and
 * the first {@code outcome()}), {@code warm.ms} (the median of the measured calls after the
 * warm-up) and {@code scenarioRuns}.
 *
 * <pre>
 * java -cp … dev.benchgate.benchmarks.probe.OutcomeProbe http://127.0.0.1:4321/ bmr_1 5 5
 * </pre>
 */
public final class OutcomeProbe {
  private OutcomeProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the base URL, the run id, warm-up calls, measured calls
   */
  public static void main(String[] args) {
    String baseUrl = args[0];
    String runId = args[1];
    int warmups = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    long start = System.nanoTime();
    try (RunloopClient client = PrerenderedRunloop.client(baseUrl)) {
      double build = Timing.millisSince(start);
      int scenarioRuns = client.outcome(runId).scenarioRuns().size();
      double first = Timing.millisSince(start);
      for (int i = 0; i < warmups; i++) {
        client.outcome(runId);
      }
      List<Double> warm = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        long call = System.nanoTime();
        client.outcome(runId);
        warm.add(Timing.millisSince(call));
      }
      Results.emit("build.ms", build);
      Results.emit("first.ms", first);
      Results.emit("warm.ms", Timing.median(warm));
      Results.emit("scenarioRuns", scenarioRuns);
    }
  }
}
