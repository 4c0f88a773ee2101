package dev.benchgate.junit;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.junit.internal.config.CodeSettings;
import dev.benchgate.junit.internal.config.Requester;
import dev.benchgate.junit.internal.inject.Injection;
import dev.benchgate.junit.internal.inject.ScenarioInvocations;
import dev.benchgate.junit.internal.source.SharedRunloop;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit Jupiter extension behind {@link BenchmarkRun}, {@link Baseline}, {@link BenchmarkJob},
 * {@link Scenario}, {@link ScenarioRunSource} and {@link BenchmarkGate}. It injects runs, repeated
 * runs, benchmark jobs, outcomes, scenario runs, scenario definitions and the {@link
 * RunloopClient}; fetches each of them once per test plan and shares them across classes and
 * threads; waits for runs that are still running; fails the tests whose run it could not judge (one
 * that cannot be fetched or does not finish in time, a missing baseline), or aborts them when
 * {@value ConfigurationKeys#UNAVAILABLE}{@code =abort} asks; and publishes what each test received
 * as report entries. It holds no mutable state.
 *
 * <p>The annotations register it by themselves. To configure it in code, register it in a static
 * field; what the builder sets overrides configuration parameters and environment variables:
 *
 * <pre>{@code
 * class NightlyAgentGate {
 *   @RegisterExtension
 *   static BenchgateExtension gate =
 *       BenchgateExtension.builder().benchmarkRun("${env:NIGHTLY_RUN}").build();
 *
 *   @Test
 *   void overallScore(@BenchmarkRun BenchmarkRunView run) {
 *     assertTrue(run.score() >= 0.8);
 *   }
 * }
 * }</pre>
 */
public final class BenchgateExtension
    implements BeforeAllCallback,
        ParameterResolver,
        InvocationInterceptor,
        TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

  private final CodeSettings settings;

  /**
   * Creates the extension with configuration from annotations, configuration parameters and the
   * environment alone; JUnit calls this for {@code @ExtendWith(BenchgateExtension.class)}.
   */
  public BenchgateExtension() {
    this(CodeSettings.NONE);
  }

  private BenchgateExtension(CodeSettings settings) {
    this.settings = settings;
  }

  /**
   * Starts configuring the extension in code.
   *
   * <pre>{@code
   * @RegisterExtension
   * static BenchgateExtension gate =
   *     BenchgateExtension.builder().baseUrl("https://runloop.example.com").build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Publishes the settings made in code for the class, so that the argument sources JUnit creates
   * on its own see them too.
   *
   * @param context the test class's context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    settings.publishTo(context);
  }

  /**
   * Tells whether the parameter is the extension's to fill: annotated with {@link BenchmarkRun},
   * {@link Baseline}, {@link BenchmarkJob} or {@link Scenario} (also through meta-annotations), or
   * of type {@link RunloopClient}.
   *
   * @param parameterContext the parameter
   * @param extensionContext the test's context
   * @return {@code true} when the extension fills it
   * @throws ExtensionConfigurationException when an annotation sits on a parameter of a type it
   *     cannot fill
   */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return Injection.of(parameterContext).isPresent();
  }

  /**
   * Fills the parameter, fetching (and if need be awaiting) what it asks for on first use in the
   * test plan, and publishes the run it received as report entries, or why it could not be given
   * one.
   *
   * @param parameterContext the parameter
   * @param extensionContext the test's context
   * @return the value
   * @throws ParameterResolutionException when the fetch fails, or the run could not be judged
   * @throws ExtensionConfigurationException when the configuration names nothing usable
   * @throws TestAbortedException when the run could not be judged and {@value
   *     ConfigurationKeys#UNAVAILABLE} is {@code abort}
   */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Injection injection = Injection.of(parameterContext).orElseThrow();
    SharedRunloop runloop = new SharedRunloop(extensionContext, settings);
    try {
      return injection.resolve(runloop, Requester.of(parameterContext));
    } catch (RuntimeException couldNotJudge) {
      if (!(injection instanceof Injection.Definition || injection instanceof Injection.Client)) {
        runloop.reportEntries().couldNotJudge(couldNotJudge);
      }
      throw couldNotJudge;
    }
  }

  /**
   * Publishes the scenario run of a {@link ScenarioRunSource} invocation as report entries, before
   * the test runs, so that they are there whatever the test's result; when the test fails, attaches
   * its scorers' outputs as files too. The one invocation of a source that had nothing to give
   * fails (or is aborted) with the reason instead of running.
   *
   * @param invocation the test method's invocation
   * @param invocationContext its method and arguments
   * @param extensionContext the invocation's context
   * @throws Throwable whatever the test throws
   */
  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    Optional<ScenarioInvocations> scenarioInvocations = ScenarioInvocations.of(extensionContext);
    if (scenarioInvocations.isEmpty()) {
      invocation.proceed();
      return;
    }
    scenarioInvocations
        .get()
        .intercept(invocation, invocationContext.getArguments(), extensionContext);
  }

  /**
   * Aborts a test whose run could not be judged when {@value ConfigurationKeys#UNAVAILABLE}{@code
   * =abort} asks for it. JUnit wraps whatever a parameter resolver throws in a {@link
   * ParameterResolutionException}, which would fail the test; the wrapped {@link
   * TestAbortedException} is rethrown so that the test is aborted instead.
   *
   * @param context the test's context
   * @param throwable what the test threw
   * @throws Throwable the abort, or {@code throwable} unchanged
   */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw abortedOr(throwable);
  }

  /**
   * Aborts the tests of a {@code @BeforeAll} method whose run could not be judged, like {@link
   * #handleTestExecutionException}.
   *
   * @param context the class's context
   * @param throwable what the method threw
   * @throws Throwable the abort, or {@code throwable} unchanged
   */
  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw abortedOr(throwable);
  }

  /**
   * Aborts a test whose {@code @BeforeEach} method's run could not be judged, like {@link
   * #handleTestExecutionException}.
   *
   * @param context the test's context
   * @param throwable what the method threw
   * @throws Throwable the abort, or {@code throwable} unchanged
   */
  @Override
  public void handleBeforeEachMethodExecutionException(
      ExtensionContext context, Throwable throwable) throws Throwable {
    throw abortedOr(throwable);
  }

  /**
   * Aborts a test whose {@code @AfterEach} method's run could not be judged, like {@link
   * #handleTestExecutionException}.
   *
   * @param context the test's context
   * @param throwable what the method threw
   * @throws Throwable the abort, or {@code throwable} unchanged
   */
  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw abortedOr(throwable);
  }

  /**
   * Aborts a class whose {@code @AfterAll} method's run could not be judged, like {@link
   * #handleTestExecutionException}.
   *
   * @param context the class's context
   * @param throwable what the method threw
   * @throws Throwable the abort, or {@code throwable} unchanged
   */
  @Override
  public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw abortedOr(throwable);
  }

  private static Throwable abortedOr(Throwable throwable) {
    return throwable instanceof ParameterResolutionException
            && throwable.getCause() instanceof TestAbortedException aborted
        ? aborted
        : throwable;
  }

  /**
   * Configures a {@link BenchgateExtension} in code. Every setting is optional; those left out come
   * from configuration parameters and environment variables (see {@link ConfigurationKeys}).
   *
   * <pre>{@code
   * @RegisterExtension
   * static BenchgateExtension gate =
   *     BenchgateExtension.builder()
   *         .baseUrl("https://runloop.example.com")
   *         .benchmarkRun("${sys:nightly.run}")
   *         .baseline("bmr_100")
   *         .build();
   * }</pre>
   */
  public static final class Builder {
    private String baseUrl;
    private RunloopClient client;
    private String benchmarkRun;
    private String baseline;
    private String benchmarkJob;

    private Builder() {}

    /**
     * Sets the API's base URL, in place of {@value ConfigurationKeys#BASE_URL} and {@value
     * ConfigurationKeys#BASE_URL_VARIABLE}. The API key still comes from configuration.
     *
     * @param baseUrl the URL, may hold {@code ${env:NAME}} and {@code ${sys:name}} placeholders
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = nonBlank(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sets the client to use, in place of one built from configuration. The caller keeps owning it:
     * the extension never closes it.
     *
     * <pre>{@code
     * BenchgateExtension.builder().client(RunloopClient.builder().apiKey(key).build()).build();
     * }</pre>
     *
     * @param client the client
     * @return this builder
     */
    public Builder client(RunloopClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets the run for {@link BenchmarkRun} and {@link ScenarioRunSource} without a value, in place
     * of {@value ConfigurationKeys#BENCHMARK_RUN} and {@value
     * ConfigurationKeys#BENCHMARK_RUN_VARIABLE}.
     *
     * @param source a run source (a run id, {@code file:…}, {@code classpath:…} or {@code
     *     latest:…}), may hold placeholders
     * @return this builder
     */
    public Builder benchmarkRun(String source) {
      this.benchmarkRun = nonBlank(source, "benchmarkRun");
      return this;
    }

    /**
     * Sets the run for {@link Baseline} without a value, in place of {@value
     * ConfigurationKeys#BASELINE} and {@value ConfigurationKeys#BASELINE_VARIABLE}.
     *
     * @param source a run source (a run id, {@code file:…}, {@code classpath:…} or {@code
     *     latest:…}), may hold placeholders
     * @return this builder
     */
    public Builder baseline(String source) {
      this.baseline = nonBlank(source, "baseline");
      return this;
    }

    /**
     * Sets the job for {@link BenchmarkJob} without a value (and {@link ScenarioRunSource} with an
     * agent but no job), in place of {@value ConfigurationKeys#BENCHMARK_JOB} and {@value
     * ConfigurationKeys#BENCHMARK_JOB_VARIABLE}.
     *
     * @param source a job source (a job id, {@code file:…} or {@code classpath:…}), may hold
     *     placeholders
     * @return this builder
     */
    public Builder benchmarkJob(String source) {
      this.benchmarkJob = nonBlank(source, "benchmarkJob");
      return this;
    }

    /**
     * Builds the extension.
     *
     * @return the extension
     * @throws ExtensionConfigurationException when both a base URL and a client were given: the
     *     client has its own
     */
    public BenchgateExtension build() {
      if (baseUrl != null && client != null) {
        throw new ExtensionConfigurationException(
            "BenchgateExtension.builder() was given both baseUrl(…) and client(…): the client has"
                + " its own base URL, so give one or the other.");
      }
      return new BenchgateExtension(
          new CodeSettings(baseUrl, client, benchmarkRun, baseline, benchmarkJob));
    }

    private static String nonBlank(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new ExtensionConfigurationException(
            "BenchgateExtension.builder()." + name + "(…) was given a blank value.");
      }
      return value;
    }
  }
}
