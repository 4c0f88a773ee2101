package dev.benchgate.junit;

import dev.benchgate.testing.FakeRunloop;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs fixture classes through the JUnit launcher, as Surefire or Gradle would (EngineTestKit runs
 * an engine alone, without launcher listeners), with a {@link BenchgateReportListener} whose
 * environment and console are the kit's own: the real {@code GITHUB_STEP_SUMMARY} of a CI job is
 * never touched. The auto-registered listener is left out for the same reason.
 */
final class ReportKit implements AutoCloseable {
  private final Map<String, String> parameters = new LinkedHashMap<>();
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final StringBuilder console = new StringBuilder();
  private LauncherSession session;

  private ReportKit() {}

  /** A kit whose gates talk to the fake with its key and report into the folder. */
  static ReportKit against(FakeRunloop runloop, Path reportDirectory) {
    return new ReportKit()
        .parameter(ConfigurationKeys.BASE_URL, runloop.baseUrl())
        .parameter(ConfigurationKeys.API_KEY, runloop.apiKey())
        .parameter(ConfigurationKeys.REPORT_DIR, reportDirectory.toString());
  }

  ReportKit parameter(String key, String value) {
    parameters.put(key, value);
    return this;
  }

  /** Sets a variable of the report listener's environment. */
  ReportKit environment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Runs the classes as one test plan of the kit's session, opening it on first use. */
  TestExecutionSummary run(Class<?>... fixtures) {
    if (session == null) {
      Consumer<String> print = console::append;
      session =
          LauncherFactory.openSession(
              LauncherConfig.builder()
                  .enableLauncherSessionListenerAutoRegistration(false)
                  .addLauncherSessionListeners(new BenchgateReportListener(environment::get, print))
                  .build());
    }
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    session
        .getLauncher()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .configurationParameters(parameters)
                .selectors(Arrays.stream(fixtures).map(DiscoverySelectors::selectClass).toList())
                .build(),
            summary);
    return summary.getSummary();
  }

  /** Runs the classes as the only test plan of a session, and closes it. */
  TestExecutionSummary runAndClose(Class<?>... fixtures) {
    TestExecutionSummary summary = run(fixtures);
    close();
    return summary;
  }

  /** What the listener printed so far. */
  String console() {
    return console.toString();
  }

  /** The messages of the tests that failed. */
  static List<String> failureMessages(TestExecutionSummary summary) {
    return summary.getFailures().stream()
        .map(failure -> String.valueOf(failure.getException().getMessage()))
        .toList();
  }

  @Override
  public void close() {
    session.close();
  }
}
