package dev.benchgate.testing.client;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.error.LimitExceededException;
import dev.benchgate.core.error.RunloopException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Runs in a JVM of its own, with a small heap ({@link BoundedMemoryTest} starts it): fetches the
 * outcome of each run named on the command line from a hostile server with the client's default
 * limits, and prints one line per run, then the heap's peak use. Exits with 1 when the heap ran
 * out.
 */
final class BoundedMemoryChild {
  private BoundedMemoryChild() {}

  public static void main(String[] args) {
    String baseUrl = args[0];
    String apiKey = args[1];
    int status = 0;
    try (RunloopClient client = RunloopClient.builder().baseUrl(baseUrl).apiKey(apiKey).build()) {
      for (int i = 2; i < args.length; i++) {
        String runId = args[i];
        try {
          client.outcome(runId);
          System.out.println(runId + ": read");
        } catch (LimitExceededException limited) {
          System.out.println(runId + ": LimitExceededException " + limited.setting());
        } catch (RunloopException other) {
          System.out.println(runId + ": " + other);
        } catch (OutOfMemoryError outOfMemory) {
          System.out.println(runId + ": OutOfMemoryError");
          status = 1;
        }
      }
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("peak heap used: " + peak / (1024 * 1024) + " MiB");
    System.exit(status);
  }
}
