package dev.benchgate.benchmarks.probe;

import dev.benchgate.benchmarks.server.PrerenderedRunloop;
import dev.benchgate.core.RunloopClient;

/**
 * In a fresh JVM: builds a client and lists one run's scenario runs, every page, as the peer's
 * probe does with the TypeScript SDK ({@code listing.cjs}). Prints {@code build.ms} (building the
 * client), {@code total.ms} (the build and the whole listing) and {@code scenarioRuns}.
 *
 * <pre>
 * java -cp … dev.benchgate.benchmarks.probe.ListingProbe http://127.0.0.1:4321/ bmr_1
 * </pre>
 */
public final class ListingProbe {
  private ListingProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the base URL and the run id
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    try (RunloopClient client = PrerenderedRunloop.client(args[0])) {
      double build = Timing.millisSince(start);
      int scenarioRuns = client.scenarioRuns(args[1]).toList().size();
      double total = Timing.millisSince(start);
      Results.emit("build.ms", build);
      Results.emit("total.ms", total);
      Results.emit("scenarioRuns", scenarioRuns);
    }
  }
}
