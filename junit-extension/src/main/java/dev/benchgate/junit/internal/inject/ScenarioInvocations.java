package dev.benchgate.junit.internal.inject;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.ScenarioRunSource;
import dev.benchgate.junit.internal.config.Console;
import dev.benchgate.junit.internal.config.Redactor;
import dev.benchgate.junit.internal.config.StoreNamespace;
import dev.benchgate.junit.internal.report.ReportEntries;
import dev.benchgate.junit.internal.report.ScorerOutputs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;
import org.opentest4j.TestAbortedException;

/**
 * What the arguments of a {@link ScenarioRunSource} method came from, kept in the method's store
 * for its invocations: the outcome they were taken from, or the failure that left none to take.
 *
 * <p>A source that cannot give its scenario runs (the run could not be fetched or did not finish,
 * the filters left nothing) makes one invocation that fails with the reason, never an empty or
 * aborted container: a build must not pass because a gate ran zero tests. Its argument is {@code
 * null}; the invocation is not run but fails (or, with {@code benchgate.unavailable=abort}, is
 * aborted) with the failure kept here.
 *
 * <pre>{@code
 * ScenarioInvocations.judged(outcome, redactor, console).keepFor(methodContext);   // provider
 * ScenarioInvocations.of(invocationContext).ifPresent(...);                       // interceptor
 * }</pre>
 */
public final class ScenarioInvocations {
  private final BenchmarkOutcome outcome;
  private final RuntimeException failure;
  private final Redactor redactor;
  private final Console console;

  private ScenarioInvocations(
      BenchmarkOutcome outcome, RuntimeException failure, Redactor redactor, Console console) {
    this.outcome = outcome;
    this.failure = failure;
    this.redactor = redactor;
    this.console = console;
  }

  /**
   * Arguments taken from an outcome.
   *
   * @param outcome the outcome
   * @param redactor removes the API key from what is published
   * @param console where lines for people go
   * @return the invocations' source
   */
  public static ScenarioInvocations judged(
      BenchmarkOutcome outcome, Redactor redactor, Console console) {
    return new ScenarioInvocations(outcome, null, redactor, console);
  }

  /**
   * No arguments to take: one invocation fails with the reason.
   *
   * @param failure why, the exception the invocation ends with
   * @param redactor removes the API key from what is published
   * @param console where lines for people go
   * @return the invocations' source
   */
  public static ScenarioInvocations unjudged(
      RuntimeException failure, Redactor redactor, Console console) {
    return new ScenarioInvocations(null, failure, redactor, console);
  }

  /**
   * Keeps this for the invocations of a method.
   *
   * @param methodContext the context of the {@code @ParameterizedTest} method
   */
  public void keepFor(ExtensionContext methodContext) {
    methodContext.getStore(StoreNamespace.BENCHGATE).put(ScenarioInvocations.class, this);
  }

  /**
   * Finds what the invocation's method keeps.
   *
   * @param invocationContext the context of one invocation
   * @return it, or empty for the invocation of a method without {@link ScenarioRunSource}
   */
  public static Optional<ScenarioInvocations> of(ExtensionContext invocationContext) {
    return invocationContext
        .getParent()
        .map(
            method ->
                method
                    .getStore(StoreNamespace.BENCHGATE)
                    .get(ScenarioInvocations.class, ScenarioInvocations.class));
  }

  /**
   * Runs one invocation: the placeholder of a source without arguments fails with its reason.
   * Otherwise the test runs, and when it does not pass, its scenario run is published as report
   * entries and, when it failed, its scorers' outputs are attached. An invocation that passes costs
   * nothing more than the test itself: a source of thousands of scenario runs must cost what
   * {@code @MethodSource} over the same objects costs, and the end-of-run report holds every
   * scenario's score anyway.
   *
   * @param invocation the test method's invocation
   * @param arguments its arguments
   * @param context the invocation's context
   * @throws Throwable whatever the test throws, or the reason there is nothing to test
   */
  public void intercept(
      Invocation<Void> invocation, List<Object> arguments, ExtensionContext context)
      throws Throwable {
    ReportEntries entries = new ReportEntries(context, redactor, console);
    Object first = arguments.isEmpty() ? null : arguments.get(0);
    if (failure != null && first == null) {
      entries.couldNotJudge(failure);
      invocation.skip();
      throw failure;
    }
    if (!(first instanceof ScenarioRunView scenarioRun) || outcome == null) {
      invocation.proceed();
      return;
    }
    try {
      invocation.proceed();
    } catch (Throwable testFailure) {
      entries.scenarioRun(scenarioRun);
      if (!(testFailure instanceof TestAbortedException)) {
        ScorerOutputs.publish(context, outcome.scenarioName(scenarioRun), scenarioRun, redactor);
      }
      throw testFailure;
    }
  }
}
