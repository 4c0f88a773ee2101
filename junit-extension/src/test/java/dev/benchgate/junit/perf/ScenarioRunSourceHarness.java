package dev.benchgate.junit.perf;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.ScenarioRunSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Measures what {@code @ScenarioRunSource} costs next to {@code @MethodSource} over the same
 * scenario runs: a {@code @ParameterizedTest} with an empty body over {@value #SCENARIOS} scenario
 * runs, read from a snapshot file by the one and from objects held in memory by the other, each
 * executed as a test plan of one launcher session, warm. Prints medians of 7 rounds (-Drounds=…)
 * and their ratio, with the end-of-run report on and off. A harness, not a test: it asserts
 * nothing. CPU time of the thread that runs the tests, as in {@link ReportHarness}. Run it with
 *
 * <pre>
 * mvn -q -pl junit-extension -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/perf.classpath -Dmdep.includeScope=test
 * java -cp "junit-extension/target/test-classes:junit-extension/target/classes:$(cat \
 *     junit-extension/target/perf.classpath)" dev.benchgate.junit.perf.ScenarioRunSourceHarness
 * </pre>
 */
public final class ScenarioRunSourceHarness {
  private static final int SCENARIOS = 10_000;
  private static final int WARM_UP = Integer.getInteger("warmUp", 3);
  private static final int ROUNDS = Integer.getInteger("rounds", 7);

  /** The runs {@link WithMethodSource} hands out, read once before any timing. */
  private static List<ScenarioRunView> inMemory;

  /** Where the figures go: standard output, which the tests' own output is kept off. */
  private static final PrintStream RESULTS = PerfRuns.quiet();

  private ScenarioRunSourceHarness() {}

  /**
   * Runs the measurement.
   *
   * @param args unused
   * @throws IOException when the snapshot cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = Files.createTempDirectory("benchgate-perf");
    Path snapshot = PerfRuns.snapshot(directory, "bmr_source", SCENARIOS, 42);
    BenchmarkOutcome outcome = BenchmarkSnapshots.read(snapshot);
    inMemory = outcome.scenarioRuns();
    RESULTS.printf(
        Locale.ROOT,
        "%d scenario runs, snapshot %.1f MB; medians of %d warm rounds%n",
        SCENARIOS,
        Files.size(snapshot) / 1e6,
        ROUNDS);
    for (boolean report : List.of(false, true)) {
      measure(directory, snapshot, report);
    }
  }

  private static void measure(Path directory, Path snapshot, boolean report) {
    Map<String, String> parameters =
        Map.of(
            "snapshot",
            snapshot.toString(),
            ConfigurationKeys.REPORT_ENABLED,
            String.valueOf(report),
            ConfigurationKeys.REPORT_DIR,
            directory.resolve("report").toString());
    LauncherDiscoveryRequest source = request(WithScenarioRunSource.class, parameters);
    LauncherDiscoveryRequest method = request(WithMethodSource.class, parameters);
    List<Double> sourceMillis = new ArrayList<>();
    List<Double> methodMillis = new ArrayList<>();
    try (LauncherSession session = LauncherFactory.openSession()) {
      Launcher launcher = session.getLauncher();
      for (int round = 0; round < WARM_UP + ROUNDS; round++) {
        double s = PerfRuns.millis(launcher, source);
        double m = PerfRuns.millis(launcher, method);
        if (round >= WARM_UP) {
          sourceMillis.add(s);
          methodMillis.add(m);
        }
      }
    }
    double s = PerfRuns.median(sourceMillis);
    double m = PerfRuns.median(methodMillis);
    RESULTS.printf(
        Locale.ROOT,
        "report %-3s  @ScenarioRunSource %7.1f ms (%5.1f µs each)   @MethodSource %7.1f ms (%5.1f µs"
            + " each)   ratio %.2f%n",
        report ? "on" : "off",
        s,
        s * 1000 / SCENARIOS,
        m,
        m * 1000 / SCENARIOS,
        s / m);
  }

  private static LauncherDiscoveryRequest request(
      Class<?> fixture, Map<String, String> parameters) {
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(fixture))
        .configurationParameters(parameters)
        .build();
  }

  static class WithScenarioRunSource {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource("file:${sys:snapshot}")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  static class WithMethodSource {
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioRuns")
    void eachScenario(ScenarioRunView scenarioRun) {}

    static Stream<Arguments> scenarioRuns() {
      return inMemory.stream()
          .map(scenarioRun -> Arguments.of(Named.of(scenarioRun.scenarioId(), scenarioRun)));
    }
  }
}
