package dev.benchgate.junit;

import dev.benchgate.junit.internal.config.Environment;
import dev.benchgate.junit.internal.report.ReportOutput;
import dev.benchgate.junit.internal.report.ReportRecorder;
import java.util.function.Consumer;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Writes Benchgate's end-of-run report: {@code report.json}, {@code report.md} and {@code
 * report.html} in {@code target/benchgate}, a table on the console and, on GitHub Actions, the job
 * summary. It covers every run, baseline and gate of the launcher session, and is on by default
 * wherever the extension is on the test classpath: the JUnit launcher (Surefire, Gradle, IDEs, the
 * console launcher) finds it through {@code
 * META-INF/services/org.junit.platform.launcher.LauncherSessionListener}. Configuration parameter
 * {@value ConfigurationKeys#REPORT_ENABLED}{@code =false} turns it off; {@code CONFIGURATION.md}
 * describes the files and the other settings.
 *
 * <p>It is a session listener, not a plain test execution listener, for two reasons. The outcomes
 * the report describes are objects, which report entries cannot carry; the session's store is the
 * one place both the extension and a launcher listener can reach, and only a session listener is
 * given it. And a session may execute several test plans (Surefire runs one per class when it hands
 * classes to forks one at a time, and one more for reruns); the report must cover them all and
 * reach the console and job summary once, when the session closes.
 *
 * <pre>{@code
 * // Registered automatically; to register it by hand on a launcher of your own:
 * LauncherConfig config =
 *     LauncherConfig.builder().addLauncherSessionListeners(new BenchgateReportListener()).build();
 * try (LauncherSession session = LauncherFactory.openSession(config)) {
 *   session.getLauncher().execute(request);
 * }
 * }</pre>
 */
public final class BenchgateReportListener implements LauncherSessionListener {
  private static final Namespace NAMESPACE = Namespace.create(BenchgateReportListener.class);

  private final Environment environment;
  private final Consumer<String> console;

  /** Creates the listener; the launcher calls this. */
  public BenchgateReportListener() {
    // System.out is looked up when printing: build tools swap it while tests run.
    this(System::getenv, text -> System.out.print(text));
  }

  /**
   * Creates a listener with its own environment and console, for tests.
   *
   * @param environment where {@code GITHUB_STEP_SUMMARY} and {@code RUNLOOP_API_KEY} are looked up
   * @param console prints the console table and warnings
   */
  BenchgateReportListener(Environment environment, Consumer<String> console) {
    this.environment = environment;
    this.console = console;
  }

  /**
   * Starts recording the session's test plans.
   *
   * @param session the session
   */
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    ReportRecorder recorder =
        new ReportRecorder(session.getStore(), new ReportOutput(environment, console), environment);
    session.getStore().put(NAMESPACE, ReportRecorder.class, recorder);
    session.getLauncher().registerTestExecutionListeners(recorder);
  }

  /**
   * Shows the report of the session on the console and in the job summary.
   *
   * @param session the session
   */
  @Override
  public void launcherSessionClosed(LauncherSession session) {
    ReportRecorder recorder =
        session.getStore().get(NAMESPACE, ReportRecorder.class, ReportRecorder.class);
    if (recorder != null) {
      recorder.sessionClosed();
    }
  }
}
