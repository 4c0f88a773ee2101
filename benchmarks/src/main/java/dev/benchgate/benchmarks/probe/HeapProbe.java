package dev.benchgate.benchmarks.probe;

import dev.benchgate.benchmarks.server.PrerenderedRunloop;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * In a fresh JVM: fetches one run's outcome and measures the heap it retains, as the difference of
 * two class histograms (each after a full collection) taken while the outcome is reachable and
 * after it no longer is. Prints {@code retained.bytes}, {@code strings.bytes} (instances of {@code
 * String} and {@code byte[]}, their contents), {@code scenarioRuns}, and how many String objects
 * hold the metadata keys ({@code metadataKeys.objects}) for how many distinct keys ({@code
 * metadataKeys.distinct}), counted by identity over the scenario runs' and definitions' metadata.
 *
 * <pre>
 * java -cp … dev.benchgate.benchmarks.probe.HeapProbe http://127.0.0.1:4321/ bmr_1
 * </pre>
 */
public final class HeapProbe {
  private static final Pattern HISTOGRAM_LINE =
      Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$", Pattern.MULTILINE);

  private HeapProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the base URL and the run id
   * @throws Exception when the histogram cannot be taken
   */
  public static void main(String[] args) throws Exception {
    BenchmarkOutcome outcome;
    try (RunloopClient client = PrerenderedRunloop.client(args[0])) {
      outcome = client.outcome(args[1]);
    }
    Map<String, Long> with = histogram();
    int scenarioRuns = outcome.scenarioRuns().size();
    MetadataKeys metadataKeys = MetadataKeys.of(outcome);
    Reference.reachabilityFence(outcome);
    outcome = null;
    Map<String, Long> without = histogram();
    Results.emit("retained.bytes", with.get("total") - without.get("total"));
    Results.emit(
        "strings.bytes",
        with.get("java.lang.String")
            + with.get("[B")
            - without.get("java.lang.String")
            - without.get("[B"));
    Results.emit("scenarioRuns", scenarioRuns);
    Results.emit("metadataKeys.objects", metadataKeys.objects());
    Results.emit("metadataKeys.distinct", metadataKeys.distinct());
  }

  /** How many key objects the metadata maps hold, and how many distinct keys. */
  private record MetadataKeys(int objects, int distinct) {
    static MetadataKeys of(BenchmarkOutcome outcome) {
      Set<Object> objects = Collections.newSetFromMap(new IdentityHashMap<>());
      Set<String> distinct = new HashSet<>();
      for (ScenarioRunView scenarioRun : outcome.scenarioRuns()) {
        objects.addAll(scenarioRun.metadata().keySet());
        distinct.addAll(scenarioRun.metadata().keySet());
      }
      for (ScenarioView scenario : outcome.scenarios()) {
        objects.addAll(scenario.metadata().keySet());
        distinct.addAll(scenario.metadata().keySet());
      }
      return new MetadataKeys(objects.size(), distinct.size());
    }
  }

  /** Bytes of live objects by class, and in all ({@code total}), after a full collection. */
  private static Map<String, Long> histogram() throws Exception {
    String text =
        (String)
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram",
                    new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
    Map<String, Long> bytes = new HashMap<>();
    long total = 0;
    Matcher line = HISTOGRAM_LINE.matcher(text);
    while (line.find()) {
      long classBytes = Long.parseLong(line.group(2));
      bytes.merge(line.group(3), classBytes, Long::sum);
      total += classBytes;
    }
    bytes.put("total", total);
    bytes.putIfAbsent("java.lang.String", 0L);
    bytes.putIfAbsent("[B", 0L);
    return bytes;
  }
}
