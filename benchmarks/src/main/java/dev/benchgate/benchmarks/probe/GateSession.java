package dev.benchgate.benchmarks.probe;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one gate class as a build tool does: a launcher session opened and closed, with the
 * listeners found on the class path (Benchgate's report among them), discovery and execution.
 * Standard output is swallowed meanwhile, so that printing the report's table costs what writing it
 * costs, not what a terminal makes of it.
 *
 * <pre>{@code
 * double millis = GateSession.time(BaselineGate.class, Map.of("benchgate.benchmark-run", "file:c.json"));
 * }</pre>
 */
public final class GateSession {
  private GateSession() {}

  /**
   * Runs a gate class and returns how long its session took, from opening to closing.
   *
   * @param gate the class
   * @param configuration JUnit configuration parameters
   * @param expectedTests how many tests must have run, all successful
   * @return milliseconds
   * @throws IllegalStateException when a test failed or the count differs
   */
  public static double time(Class<?> gate, Map<String, String> configuration, long expectedTests) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(gate))
            .configurationParameters(configuration)
            .build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    PrintStream console = System.out;
    long start = System.nanoTime();
    try {
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      try (LauncherSession session = LauncherFactory.openSession()) {
        session.getLauncher().execute(request, summary);
      }
    } finally {
      System.setOut(console);
    }
    double millis = Timing.millisSince(start);
    TestExecutionSummary result = summary.getSummary();
    if (result.getTotalFailureCount() > 0 || result.getTestsSucceededCount() != expectedTests) {
      StringWriter failures = new StringWriter();
      result.printFailuresTo(new PrintWriter(failures), 20);
      throw new IllegalStateException(
          gate.getSimpleName()
              + " ran "
              + result.getTestsSucceededCount()
              + " successful tests of "
              + expectedTests
              + " expected, "
              + result.getTotalFailureCount()
              + " failed:\n"
              + failures);
    }
    return millis;
  }
}
