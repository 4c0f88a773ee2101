package dev.benchgate.junit.internal.inject;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.Baseline;
import dev.benchgate.junit.BenchmarkRun;
import dev.benchgate.junit.Scenario;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import dev.benchgate.junit.internal.config.RunRole;
import dev.benchgate.junit.internal.source.Baselines;
import dev.benchgate.junit.internal.source.LatestRun;
import dev.benchgate.junit.internal.source.RunSource;
import dev.benchgate.junit.internal.source.RunUnderTest;
import dev.benchgate.junit.internal.source.SharedRunloop;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * What a parameter asks the extension for, read from its annotation and its type: a run in a role,
 * a scenario definition, or the client. A parameter with one of the annotations but a type it
 * cannot receive is misuse, reported as such.
 *
 * <pre>{@code
 * Injection.of(parameterContext).map(injection -> injection.resolve(runloop, requester));
 * }</pre>
 */
public sealed interface Injection permits Injection.Run, Injection.Definition, Injection.Client {

  /**
   * Reads what a parameter asks for.
   *
   * @param parameter the parameter
   * @return what it asks for, or empty when the extension has nothing for it
   * @throws ExtensionConfigurationException when an annotation sits on a parameter of a type it
   *     cannot fill, or several of them sit on one parameter
   */
  static Optional<Injection> of(ParameterContext parameter) {
    List<Injection> asked = new ArrayList<>();
    parameter
        .findAnnotation(BenchmarkRun.class)
        .ifPresent(run -> asked.add(Run.of(RunRole.BENCHMARK_RUN, run.value(), parameter)));
    parameter
        .findAnnotation(Baseline.class)
        .ifPresent(baseline -> asked.add(Run.of(RunRole.BASELINE, baseline.value(), parameter)));
    parameter
        .findAnnotation(Scenario.class)
        .ifPresent(scenario -> asked.add(Definition.of(scenario.value(), parameter)));
    if (asked.size() > 1) {
      throw new ExtensionConfigurationException(
          Requester.of(parameter)
              + " carries more than one of @BenchmarkRun, @Baseline and @Scenario: keep one.");
    }
    if (asked.isEmpty() && parameter.getParameter().getType() == RunloopClient.class) {
      asked.add(new Client());
    }
    return asked.stream().findFirst();
  }

  /**
   * Produces the parameter's value.
   *
   * @param runloop the shared resources, seen from the test
   * @param requester the parameter, for messages
   * @return the value
   */
  Object resolve(SharedRunloop runloop, Requester requester);

  /**
   * A run, or a view of it, in a role.
   *
   * @param role the run's role
   * @param annotationValue the annotation's value, empty for the configured default
   * @param view what part of the run the parameter receives
   * @param runUnderTest for a baseline, the run it is compared with, if its method names one
   */
  record Run(
      RunRole role, String annotationValue, RunView view, Optional<RunUnderTest> runUnderTest)
      implements Injection {
    static Run of(RunRole role, String annotationValue, ParameterContext parameter) {
      Type type = parameter.getParameter().getParameterizedType();
      RunView view =
          RunView.of(type)
              .orElseThrow(
                  () ->
                      new ExtensionConfigurationException(
                          role.annotationName()
                              + " cannot fill "
                              + Requester.of(parameter)
                              + ": declare it as BenchmarkRunView, BenchmarkOutcome or"
                              + " List<ScenarioRunView>."));
      Optional<RunUnderTest> runUnderTest =
          role == RunRole.BASELINE
              ? RunUnderTest.besides(parameter.getParameter())
              : Optional.empty();
      return new Run(role, annotationValue, view, runUnderTest);
    }

    @Override
    public Object resolve(SharedRunloop runloop, Requester requester) {
      ConfiguredValue text =
          runloop
              .configuration()
              .runSource(role, role.annotationName(), annotationValue, requester);
      RunSource source = RunSource.parse(text, requester);
      BenchmarkOutcome outcome =
          role == RunRole.BASELINE
              ? Baselines.outcome(runloop, source, text, requester, runUnderTest)
              : runloop.outcome(source, text, requester);
      if (source instanceof LatestRun latest) {
        runloop.reportEntries().picked(role, latest.picked(outcome.run()));
      }
      runloop.reportEntries().run(role, outcome);
      return view.of(outcome);
    }
  }

  /**
   * A scenario definition.
   *
   * @param annotationValue the scenario's id, may hold placeholders
   */
  record Definition(String annotationValue) implements Injection {
    static Definition of(String annotationValue, ParameterContext parameter) {
      if (parameter.getParameter().getType() != ScenarioView.class) {
        throw new ExtensionConfigurationException(
            "@Scenario cannot fill " + Requester.of(parameter) + ": declare it as ScenarioView.");
      }
      return new Definition(annotationValue);
    }

    @Override
    public Object resolve(SharedRunloop runloop, Requester requester) {
      ConfiguredValue id =
          runloop
              .configuration()
              .expand(annotationValue, "@Scenario(\"" + annotationValue + "\")", requester);
      return runloop.scenario(id, requester);
    }
  }

  /** The shared client. */
  record Client() implements Injection {
    @Override
    public Object resolve(SharedRunloop runloop, Requester requester) {
      return runloop.client(requester);
    }
  }

  /** The parts of a run a parameter can receive, by the parameter's type. */
  enum RunView {
    RUN(type -> type == BenchmarkRunView.class, BenchmarkOutcome::run),
    OUTCOME(type -> type == BenchmarkOutcome.class, outcome -> outcome),
    SCENARIO_RUNS(RunView::isListOfScenarioRuns, BenchmarkOutcome::scenarioRuns);

    private final Predicate<Type> accepts;
    private final Function<BenchmarkOutcome, Object> part;

    RunView(Predicate<Type> accepts, Function<BenchmarkOutcome, Object> part) {
      this.accepts = accepts;
      this.part = part;
    }

    static Optional<RunView> of(Type parameterType) {
      return Arrays.stream(values()).filter(view -> view.accepts.test(parameterType)).findFirst();
    }

    private static boolean isListOfScenarioRuns(Type type) {
      return type instanceof ParameterizedType list
          && list.getRawType() == List.class
          && list.getActualTypeArguments()[0] == ScenarioRunView.class;
    }

    Object of(BenchmarkOutcome outcome) {
      return part.apply(outcome);
    }
  }
}
