package dev.benchgate.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a finished benchmark job, several agents run on one benchmark, into a parameter of type
 * {@link dev.benchgate.core.model.BenchmarkJobView} or {@link
 * dev.benchgate.core.outcome.BenchmarkJobOutcome}; with {@link #agent()}, one agent's run into a
 * parameter of type {@link dev.benchgate.core.model.BenchmarkRunView}, {@link
 * dev.benchgate.core.outcome.BenchmarkOutcome} or {@code List<}{@link
 * dev.benchgate.core.model.ScenarioRunView}{@code >}. A job that is still running is awaited with
 * {@value ConfigurationKeys#AWAIT_TIMEOUT} and {@value ConfigurationKeys#AWAIT_POLL_INTERVAL}, as a
 * run is; one that does not finish in time, or cannot be fetched, fails the tests that need it (or
 * aborts them, with {@value ConfigurationKeys#UNAVAILABLE}{@code =abort}). The job is fetched once
 * per test plan however many tests ask for it, and is recorded and replayed with {@value
 * ConfigurationKeys#RECORD} and {@value ConfigurationKeys#SNAPSHOTS} like runs. The annotation
 * registers {@link BenchgateExtension} by itself and works as a meta-annotation.
 *
 * <pre>{@code
 * @Test
 * void candidateDoesNotRegress(@BenchmarkJob BenchmarkJobOutcome job) {
 *   assertThat(job).agent("candidate").comparedTo(job.agent("baseline")).hasNoSignificantRegression();
 * }
 *
 * @Test
 * void candidateScores(@BenchmarkJob(agent = "candidate") BenchmarkOutcome candidate) {
 *   assertThat(candidate).hasPassRateAtLeast(0.8, atScore(0.5));
 * }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(BenchgateExtension.class)
public @interface BenchmarkJob {
  /**
   * Names the job: a job id such as {@code bmj_123}, a job snapshot ({@code file:jobs/pr.json},
   * {@code classpath:jobs/pr.json}), text with {@code ${env:NAME}} or {@code ${sys:name}}
   * placeholders, or empty for the configured default ({@value ConfigurationKeys#BENCHMARK_JOB},
   * else the environment variable {@value ConfigurationKeys#BENCHMARK_JOB_VARIABLE}).
   *
   * @return the job's source, empty for the configured default
   */
  String value() default "";

  /**
   * Names the agent whose run the parameter receives, as {@link
   * dev.benchgate.core.outcome.BenchmarkJobOutcome#agentNames()} lists it; a name the job does not
   * have fails the test with the names it has. Empty gives the whole job.
   *
   * @return the agent's name, empty for the whole job
   */
  String agent() default "";
}
