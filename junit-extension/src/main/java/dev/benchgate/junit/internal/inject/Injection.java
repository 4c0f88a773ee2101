package dev.benchgate.junit.internal.inject;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.junit.Baseline;
import dev.benchgate.junit.BenchmarkJob;
import dev.benchgate.junit.BenchmarkRun;
import dev.benchgate.junit.Scenario;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import dev.benchgate.junit.internal.config.RunRole;
import dev.benchgate.junit.internal.source.Baselines;
import dev.benchgate.junit.internal.source.JobSource;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * What a parameter asks the extension for, read from its annotation and its type: a run in a role,
 * a scenario definition, or the client. A parameter with one of the annotations but a type it
 * cannot receive is misuse, reported as such.
 *
 * <pre>{@code
 * Injection.of(parameterContext).map(injection -> injection.resolve(runloop, requester));
 * }</pre>
 */
public sealed interface Injection
    permits Injection.Run,
        Injection.Repeated,
        Injection.Job,
        Injection.Definition,
        Injection.Client {

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
        .ifPresent(
            run ->
                asked.add(
                    parameter.getParameter().getType() == RepeatedOutcome.class
                        ? new Repeated(List.of(run.value()))
                        : Run.of(
                            RunRole.BENCHMARK_RUN, single(run.value(), parameter), parameter)));
    parameter
        .findAnnotation(BenchmarkJob.class)
        .ifPresent(job -> asked.add(Job.of(job.value(), job.agent(), parameter)));
    parameter
        .findAnnotation(Baseline.class)
        .ifPresent(baseline -> asked.add(Run.of(RunRole.BASELINE, baseline.value(), parameter)));
    parameter
        .findAnnotation(Scenario.class)
        .ifPresent(scenario -> asked.add(Definition.of(scenario.value(), parameter)));
    if (asked.size() > 1) {
      throw new ExtensionConfigurationException(
          Requester.of(parameter)
              + " carries more than one of @BenchmarkRun, @Baseline, @BenchmarkJob and @Scenario:"
              + " keep one.");
    }
    if (asked.isEmpty() && parameter.getParameter().getType() == RunloopClient.class) {
      asked.add(new Client());
    }
    return asked.stream().findFirst();
  }

  /**
   * Returns the one source of a {@link BenchmarkRun} that fills a single run.
   *
   * @param values the annotation's values
   * @param parameter the parameter, for messages
   * @return the value, empty for the configured default
   * @throws ExtensionConfigurationException when it names several runs
   */
  private static String single(String[] values, ParameterContext parameter) {
    if (values.length > 1) {
      throw new ExtensionConfigurationException(
          "@BenchmarkRun names "
              + values.length
              + " runs for "
              + Requester.of(parameter)
              + ", which receives one: declare it as RepeatedOutcome to receive them as repeated"
              + " runs, or name one run.");
    }
    return values.length == 0 ? "" : values[0];
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
      ConfiguredValue text = runloop.configuration().runSource(role, annotationValue, requester);
      RunSource source = LatestRun.requireOneRun(RunSource.parse(text, requester), text, requester);
      BenchmarkOutcome outcome =
          role == RunRole.BASELINE
              ? Baselines.outcome(runloop, source, text, requester, runUnderTest)
              : runloop.outcome(source, text, requester);
      if (source instanceof LatestRun latest) {
        runloop.reportEntries().picked(role, latest.picked(List.of(outcome.run())));
      }
      runloop.reportEntries().run(role, outcome);
      return view.of(outcome);
    }
  }

  /**
   * Repeated runs of one agent: the runs named one by one, the runs of snapshots, or the newest
   * runs of a {@code latest:…&count=n} query, joined as one {@link RepeatedOutcome}. Each run is
   * loaded as a single run would be, once per test plan.
   *
   * @param annotationValues the annotation's values, empty for the configured default
   */
  record Repeated(List<String> annotationValues) implements Injection {
    @Override
    public Object resolve(SharedRunloop runloop, Requester requester) {
      List<ConfiguredValue> texts = new ArrayList<>();
      List<RunSource> sources = new ArrayList<>();
      for (String value : annotationValues.isEmpty() ? List.of("") : annotationValues) {
        ConfiguredValue text =
            runloop.configuration().runSource(RunRole.BENCHMARK_RUN, value, requester);
        texts.add(text);
        sources.add(RunSource.parse(text, requester));
      }
      List<BenchmarkOutcome> runs = new ArrayList<>();
      if (sources.size() > 1 && sources.stream().allMatch(RunSource.RunId.class::isInstance)) {
        // Runs named one by one are fetched together: their benchmark once, not once per run.
        runs =
            runloop.repeatedRuns(
                sources.stream().map(RunSource.RunId.class::cast).toList(),
                new ConfiguredValue(
                    String.join(",", annotationValues),
                    RunRole.BENCHMARK_RUN.annotationName()
                        + texts.stream()
                            .map(ConfiguredValue::value)
                            .collect(Collectors.joining("\", \"", "({\"", "\"})"))),
                requester);
      } else {
        for (int i = 0; i < sources.size(); i++) {
          RunSource source = sources.get(i);
          List<BenchmarkOutcome> loaded = runloop.runs(source, texts.get(i), requester);
          if (source instanceof LatestRun latest) {
            runloop
                .reportEntries()
                .picked(
                    RunRole.BENCHMARK_RUN,
                    latest.picked(loaded.stream().map(BenchmarkOutcome::run).toList()));
          }
          runs.addAll(loaded);
        }
      }
      RepeatedOutcome repeated;
      try {
        repeated = RepeatedOutcome.of(runs);
      } catch (IllegalArgumentException notRepeated) {
        throw new ParameterResolutionException(
            "The runs named for "
                + requester
                + " are no repeated runs of one agent: "
                + notRepeated.getMessage()
                + ". Name each run once, all of one benchmark.",
            notRepeated);
      }
      runloop.reportEntries().repeated(repeated);
      return repeated;
    }
  }

  /**
   * A benchmark job, or one agent's run of it.
   *
   * @param annotationValue the annotation's value, empty for the configured default
   * @param agent the agent whose run the parameter receives, empty for the whole job
   * @param jobView what the parameter receives of the whole job, {@code null} with an agent
   * @param runView what the parameter receives of the agent's run, {@code null} without an agent
   */
  record Job(String annotationValue, String agent, JobView jobView, RunView runView)
      implements Injection {
    static Job of(String annotationValue, String agent, ParameterContext parameter) {
      Type type = parameter.getParameter().getParameterizedType();
      if (agent.isEmpty()) {
        JobView jobView =
            JobView.of(type)
                .orElseThrow(
                    () ->
                        new ExtensionConfigurationException(
                            "@BenchmarkJob cannot fill "
                                + Requester.of(parameter)
                                + ": declare it as BenchmarkJobView or BenchmarkJobOutcome, or"
                                + " name an agent (@BenchmarkJob(agent = \"…\")) to receive its"
                                + " run as BenchmarkRunView, BenchmarkOutcome or"
                                + " List<ScenarioRunView>."));
        return new Job(annotationValue, agent, jobView, null);
      }
      RunView runView =
          RunView.of(type)
              .orElseThrow(
                  () ->
                      new ExtensionConfigurationException(
                          "@BenchmarkJob(agent = \""
                              + agent
                              + "\") cannot fill "
                              + Requester.of(parameter)
                              + ": an agent's run is received as BenchmarkRunView,"
                              + " BenchmarkOutcome or List<ScenarioRunView>; leave out agent to"
                              + " receive the whole job as BenchmarkJobView or"
                              + " BenchmarkJobOutcome."));
      return new Job(annotationValue, agent, null, runView);
    }

    @Override
    public Object resolve(SharedRunloop runloop, Requester requester) {
      ConfiguredValue text =
          runloop.configuration().runSource(RunRole.BENCHMARK_JOB, annotationValue, requester);
      BenchmarkJobOutcome job = runloop.job(JobSource.parse(text, requester), text, requester);
      runloop.reportEntries().job(job);
      return agent.isEmpty()
          ? jobView.of(job)
          : runView.of(
              JobSource.agent(job, agent, requester, runloop.configuration().unavailable()));
    }
  }

  /** The parts of a job a parameter can receive, by the parameter's type. */
  enum JobView {
    JOB(BenchmarkJobView.class, BenchmarkJobOutcome::job),
    OUTCOME(BenchmarkJobOutcome.class, job -> job);

    private final Class<?> type;
    private final Function<BenchmarkJobOutcome, Object> part;

    JobView(Class<?> type, Function<BenchmarkJobOutcome, Object> part) {
      this.type = type;
      this.part = part;
    }

    static Optional<JobView> of(Type parameterType) {
      return Arrays.stream(values()).filter(view -> view.type == parameterType).findFirst();
    }

    Object of(BenchmarkJobOutcome job) {
      return part.apply(job);
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
