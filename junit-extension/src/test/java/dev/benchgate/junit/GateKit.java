package dev.benchgate.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.testing.FakeRunloop;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs fixture classes through the Jupiter engine with configuration parameters, as a user's build
 * would run their gates, and reads what came of it.
 */
final class GateKit {
  /** An obviously fake key; no message, log line or report entry may ever show it. */
  static final String CANARY_KEY = "test-key-canary-0000";

  private final Map<String, String> parameters = new LinkedHashMap<>();
  private final String consoleId = UUID.randomUUID().toString();
  private Path outputDirectory;

  private GateKit() {
    parameters.put(FakeEnvironment.CONSOLE, consoleId);
  }

  /** A kit without base URL or API key. */
  static GateKit unconfigured() {
    return new GateKit();
  }

  /** A fake Runloop that expects the canary key; register it as an extension. */
  static FakeRunloop fakeRunloop() {
    return FakeRunloop.create().apiKey(CANARY_KEY);
  }

  /** A kit whose gates talk to the fake with its key. */
  static GateKit against(FakeRunloop runloop) {
    return unconfigured()
        .parameter(ConfigurationKeys.BASE_URL, runloop.baseUrl())
        .parameter(ConfigurationKeys.API_KEY, runloop.apiKey());
  }

  /** Sets a configuration parameter, as {@code -D} or {@code junit-platform.properties} would. */
  GateKit parameter(String key, String value) {
    parameters.put(key, value);
    return this;
  }

  /** Sets an environment variable for fixtures that use {@link FakeEnvironment}. */
  GateKit environment(String name, String value) {
    return parameter(FakeEnvironment.PREFIX + name, value);
  }

  /**
   * The lines the extension printed for fixtures with {@link FakeEnvironment} in every run of this
   * kit, in order, each with its {@code [benchgate] } prefix.
   */
  List<String> consoleLines() {
    return List.copyOf(FakeEnvironment.lines(consoleId));
  }

  /** Gives published files a place, one folder per test below this one. */
  GateKit outputDirectory(Path root) {
    this.outputDirectory = root;
    return this;
  }

  /** Runs classes and methods concurrently on several threads, as our own suites do. */
  GateKit parallel() {
    return parameter("junit.jupiter.execution.parallel.enabled", "true")
        .parameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .parameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
        .parameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .parameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "8");
  }

  /** Runs the fixture classes. */
  EngineExecutionResults run(Class<?>... fixtures) {
    EngineTestKit.Builder builder =
        EngineTestKit.engine("junit-jupiter")
            .configurationParameters(parameters)
            .selectors(
                Arrays.stream(fixtures)
                    .map(DiscoverySelectors::selectClass)
                    .toArray(DiscoverySelector[]::new));
    if (outputDirectory != null) {
      folderPerTest(builder, outputDirectory);
    }
    return builder.execute();
  }

  /**
   * Puts each test's files in a folder named after its unique id. Platform 1.14 (Jupiter 5.14)
   * replaced {@code outputDirectoryProvider(OutputDirectoryProvider)} by {@code
   * outputDirectoryCreator(OutputDirectoryCreator)} and deprecated the old pair for removal; 1.13,
   * the oldest we support, has only the old one. Both interfaces declare the same two methods, so a
   * proxy implements whichever is newest, and the suite compiles without deprecation warnings
   * against every line.
   */
  private static void folderPerTest(EngineTestKit.Builder builder, Path root) {
    try {
      Class<?> creator;
      String setter;
      try {
        creator = Class.forName("org.junit.platform.engine.OutputDirectoryCreator");
        setter = "outputDirectoryCreator";
      } catch (ClassNotFoundException beforePlatform114) {
        creator = Class.forName("org.junit.platform.engine.reporting.OutputDirectoryProvider");
        setter = "outputDirectoryProvider";
      }
      Object folders =
          Proxy.newProxyInstance(
              creator.getClassLoader(),
              new Class<?>[] {creator},
              (proxy, method, arguments) ->
                  switch (method.getName()) {
                    case "getRootDirectory" -> root;
                    case "createOutputDirectory" ->
                        Files.createDirectories(
                            root.resolve(
                                ((TestDescriptor) arguments[0])
                                    .getUniqueId()
                                    .toString()
                                    .replaceAll("[^A-Za-z0-9._-]", "_")));
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> "folder per test in " + root;
                  });
      EngineTestKit.Builder.class.getMethod(setter, creator).invoke(builder, folders);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot give the engine test kit an output folder", e);
    }
  }

  /** Asserts that every test and container succeeded, showing what failed if not. */
  static void assertAllSucceeded(EngineExecutionResults results, long tests) {
    assertThat(throwables(results.allEvents(), TestExecutionResult.Status.FAILED)).isEmpty();
    assertThat(throwables(results.allEvents(), TestExecutionResult.Status.ABORTED)).isEmpty();
    assertThat(results.testEvents().succeeded().count()).isEqualTo(tests);
  }

  /** What the failed tests and containers threw. */
  static List<Throwable> failures(EngineExecutionResults results) {
    return throwables(results.allEvents(), TestExecutionResult.Status.FAILED);
  }

  /** What the aborted tests and containers threw. */
  static List<Throwable> aborts(EngineExecutionResults results) {
    return throwables(results.allEvents(), TestExecutionResult.Status.ABORTED);
  }

  /** The single failure of a run. */
  static Throwable onlyFailure(EngineExecutionResults results) {
    List<Throwable> failures = failures(results);
    assertThat(failures).hasSize(1);
    return failures.get(0);
  }

  /** The report entries published, each as its key-value map. */
  static List<Map<String, String>> reportEntries(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
        .toList();
  }

  /** The display names of the tests that ran, in the order they started. */
  static List<String> testDisplayNames(EngineExecutionResults results) {
    return results.testEvents().started().stream()
        .map(event -> event.getTestDescriptor().getDisplayName())
        .toList();
  }

  private static List<Throwable> throwables(Events events, TestExecutionResult.Status status) {
    List<Throwable> throwables = new ArrayList<>();
    for (Event event : events.list()) {
      if (event.getType() == EventType.FINISHED) {
        TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
        if (result.getStatus() == status) {
          throwables.add(result.getThrowable().orElseThrow());
        }
      }
    }
    return throwables;
  }
}
