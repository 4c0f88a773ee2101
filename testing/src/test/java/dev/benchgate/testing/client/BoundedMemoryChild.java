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
        String became;
        resetPeaks();
        try {
          client.outcome(runId);
          became = "read";
        } catch (LimitExceededException limited) {
          became = "LimitExceededException " + limited.setting();
        } catch (RunloopException other) {
          became = other.toString();
        } catch (OutOfMemoryError outOfMemory) {
          became = "OutOfMemoryError";
          status = 1;
        }
        System.out.println(runId + ": " + became + " (peak heap " + peakMebibytes() + " MiB)");
      }
    }
    System.exit(status);
  }

  private static void resetPeaks() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakMebibytes() {
    return heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
  }

  private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP);
  }
}
