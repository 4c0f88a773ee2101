package dev.benchgate.junit;

import dev.benchgate.core.model.ScenarioRunState;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Turns a {@code @ParameterizedTest} into one invocation per scenario run of a benchmark run, in
 * the order of {@link dev.benchgate.core.outcome.BenchmarkOutcome#scenarioRuns()}. The first
 * argument is the {@link dev.benchgate.core.model.ScenarioRunView}, named after its scenario so
 * that {@code {0}} in the display name shows the scenario's name; when the method's second
 * parameter is a {@link dev.benchgate.core.model.ScenarioView} it receives the scenario's
 * definition. The scenarios selected on the command line ({@value ConfigurationKeys#SCENARIOS})
 * narrow the selection further. A run that could not be loaded or did not finish, a run without
 * scenario runs, or filters that leave none, make one invocation that fails with the reason instead
 * of running nothing (or is aborted, with {@value ConfigurationKeys#UNAVAILABLE}{@code =abort}).
 * Registers {@link BenchgateExtension} by itself and works as a meta-annotation.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @ScenarioRunSource(states = {ScenarioRunState.SCORED, ScenarioRunState.COMPLETED})
 * void eachScenario(ScenarioRunView scenarioRun, ScenarioView scenario) {
 *   assertTrue(scenarioRun.score() >= 0.5, scenario.name());
 * }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ScenarioRunArgumentsProvider.class)
@ExtendWith(BenchgateExtension.class)
public @interface ScenarioRunSource {
  /**
   * Names the run, like {@link BenchmarkRun#value()}: a run id, a snapshot, a {@code latest:}
   * query, text with placeholders, or empty for the configured default.
   *
   * @return the run's source, empty for the configured default
   */
  String value() default "";

  /**
   * Names a benchmark job, like {@link BenchmarkJob#value()}, whose {@link #agent()}'s scenario
   * runs the invocations receive; empty with an agent for the configured default ({@value
   * ConfigurationKeys#BENCHMARK_JOB}). Give either a run ({@link #value()}) or a job, not both.
   *
   * @return the job's source, empty unless the scenario runs come from a job
   */
  String job() default "";

  /**
   * Names the agent of the job ({@link #job()}) whose scenario runs the invocations receive, as
   * {@link dev.benchgate.core.outcome.BenchmarkJobOutcome#agentNames()} lists it. A name the job
   * does not have makes one invocation that fails with the names it has.
   *
   * @return the agent's name; empty when the scenario runs come from a run
   */
  String agent() default "";

  /**
   * Keeps only scenario runs in one of these states.
   *
   * @return the states to keep; empty keeps every state
   */
  ScenarioRunState[] states() default {};

  /**
   * Keeps only scenario runs whose scenario name matches this regular expression as a whole (see
   * {@link dev.benchgate.core.outcome.BenchmarkOutcome#scenarioName}).
   *
   * @return the pattern; empty keeps every name
   */
  String namePattern() default "";
}
