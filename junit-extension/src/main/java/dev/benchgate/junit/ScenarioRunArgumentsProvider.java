package dev.benchgate.junit;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.text.UntrustedText;
import dev.benchgate.junit.internal.config.CodeSettings;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Console;
import dev.benchgate.junit.internal.config.Redactor;
import dev.benchgate.junit.internal.config.Requester;
import dev.benchgate.junit.internal.config.RunRole;
import dev.benchgate.junit.internal.inject.ScenarioInvocations;
import dev.benchgate.junit.internal.inject.ScenarioRunSelection;
import dev.benchgate.junit.internal.source.JobSource;
import dev.benchgate.junit.internal.source.LatestRun;
import dev.benchgate.junit.internal.source.RunSource;
import dev.benchgate.junit.internal.source.SharedRunloop;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Provides the arguments of a {@link ScenarioRunSource}: one set per selected scenario run, the
 * scenario run named after its scenario, and its definition too when the method's second parameter
 * asks for one. When there is nothing to give (the run could not be loaded or did not finish, or
 * the filters select nothing), it gives one set of {@code null}s instead, which {@link
 * BenchgateExtension} turns into one failing invocation that says why: never zero tests.
 */
final class ScenarioRunArgumentsProvider
    extends AnnotationBasedArgumentsProvider<ScenarioRunSource> {

  @Override
  protected Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context, ScenarioRunSource source) {
    Requester requester = Requester.of("@ScenarioRunSource", context.getRequiredTestMethod());
    requireScenarioRunFirst(parameters, requester);
    boolean withDefinition = parameters.get(1).filter(this::asksForDefinition).isPresent();
    // JUnit creates this provider itself, so the extension's settings in code come from the store.
    SharedRunloop runloop = new SharedRunloop(context, CodeSettings.publishedFor(context));
    Console console = Console.of(context);
    Redactor redactor = runloop.configuration().redactor();
    try {
      ScenarioRunSelection selection =
          ScenarioRunSelection.of(source, runloop.configuration().scenarios(), requester);
      ConfiguredValue text;
      BenchmarkOutcome outcome;
      if (source.agent().isEmpty() && source.job().isEmpty()) {
        text =
            runloop
                .configuration()
                .runSource(RunRole.BENCHMARK_RUN, "@ScenarioRunSource", source.value(), requester);
        outcome =
            runloop.outcome(
                LatestRun.requireOneRun(RunSource.parse(text, requester), text, requester),
                text,
                requester);
        runloop.reportEntries().run(RunRole.BENCHMARK_RUN, outcome);
      } else {
        requireRunOrJob(source, requester);
        text =
            runloop
                .configuration()
                .runSource(
                    RunRole.BENCHMARK_JOB, "@ScenarioRunSource(job = …)", source.job(), requester);
        BenchmarkJobOutcome job = runloop.job(JobSource.parse(text, requester), text, requester);
        runloop.reportEntries().job(job);
        outcome =
            JobSource.agent(job, source.agent(), requester, runloop.configuration().unavailable());
      }
      List<ScenarioRunView> selected = selection.selectFrom(outcome, text);
      ScenarioInvocations.judged(outcome, redactor, console).keepFor(context);
      return selected.stream()
          .map(scenarioRun -> arguments(outcome, scenarioRun, withDefinition, redactor));
    } catch (RuntimeException nothingToTest) {
      ScenarioInvocations.unjudged(nothingToTest, redactor, console).keepFor(context);
      Named<ScenarioRunView> none = Named.of("no scenario run to test: see the failure", null);
      return Stream.of(withDefinition ? Arguments.of(none, null) : Arguments.of(none));
    }
  }

  private static void requireRunOrJob(ScenarioRunSource source, Requester requester) {
    if (!source.value().isEmpty()) {
      throw new ExtensionConfigurationException(
          requester
              + " names both a run ('"
              + source.value()
              + "') and a job: give the run, or the job and its agent.");
    }
    if (source.agent().isEmpty()) {
      throw new ExtensionConfigurationException(
          requester
              + " names a job but no agent: give the agent whose scenario runs to test, as in"
              + " @ScenarioRunSource(job = \"bmj_…\", agent = \"candidate\").");
    }
  }

  private static void requireScenarioRunFirst(
      ParameterDeclarations parameters, Requester requester) {
    Class<?> first = parameters.getFirst().map(ParameterDeclaration::getParameterType).orElse(null);
    if (first == null || !first.isAssignableFrom(ScenarioRunView.class)) {
      throw new ExtensionConfigurationException(
          requester
              + " passes a ScenarioRunView as the first argument, but the method's first"
              + " parameter is "
              + (first == null ? "missing" : "a " + first.getSimpleName())
              + ": declare it as ScenarioRunView.");
    }
  }

  // A ScenarioView with @Scenario names a definition of its own, which the extension resolves.
  private boolean asksForDefinition(ParameterDeclaration parameter) {
    return parameter.getParameterType() == ScenarioView.class
        && !AnnotationSupport.isAnnotated(parameter.getAnnotatedElement(), Scenario.class);
  }

  private static Arguments arguments(
      BenchmarkOutcome outcome,
      ScenarioRunView scenarioRun,
      boolean withDefinition,
      Redactor redactor) {
    String name = redactor.apply(displayName(outcome, scenarioRun));
    Named<ScenarioRunView> named = Named.of(name, scenarioRun);
    return withDefinition
        ? Arguments.of(named, Named.of(name, outcome.scenarioFor(scenarioRun).orElse(null)))
        : Arguments.of(named);
  }

  // Display names reach consoles and IDEs: keep what the server sent from acting on them, and
  // from showing the key should the server echo it.
  private static String displayName(BenchmarkOutcome outcome, ScenarioRunView scenarioRun) {
    String name = UntrustedText.printable(outcome.scenarioName(scenarioRun));
    return name.isBlank() ? "scenario run " + UntrustedText.printable(scenarioRun.id()) : name;
  }
}
