package dev.benchgate.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a finished benchmark run into a parameter of type {@link
 * dev.benchgate.core.model.BenchmarkRunView}, {@link dev.benchgate.core.outcome.BenchmarkOutcome}
 * or {@code List<}{@link dev.benchgate.core.model.ScenarioRunView}{@code >}. A run that is still
 * running is awaited; the run is fetched once per test plan however many tests ask for it. The
 * annotation registers {@link BenchgateExtension} by itself and works as a meta-annotation.
 *
 * <pre>{@code
 * @Test
 * void overallScore(@BenchmarkRun("bmr_123") BenchmarkRunView run) {
 *   assertEquals(BenchmarkRunState.COMPLETED, run.state());
 * }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(BenchgateExtension.class)
public @interface BenchmarkRun {
  /**
   * Names the run: a run id such as {@code bmr_123}, a snapshot ({@code file:runs/nightly.json},
   * {@code classpath:runs/nightly.json}), the newest completed run of a benchmark ({@code
   * latest:bmd_42?metadata.branch=main}), text with {@code ${env:NAME}} or {@code ${sys:name}}
   * placeholders, or empty for the configured default ({@value ConfigurationKeys#BENCHMARK_RUN},
   * else the environment variable {@value ConfigurationKeys#BENCHMARK_RUN_VARIABLE}).
   *
   * <p>A parameter of type {@link dev.benchgate.core.repeated.RepeatedOutcome} receives repeated
   * runs of one agent: several runs named one by one ({@code @BenchmarkRun({"bmr_a", "bmr_b",
   * "bmr_c"})}), the newest runs of a benchmark ({@code
   * latest:bmd_42?metadata.git_sha=abc&amp;count=5}), or a snapshot of repeated runs. Fewer runs
   * matching a {@code latest:} query than its {@code count} leave the test unjudged: it fails (or
   * is aborted, with {@value ConfigurationKeys#UNAVAILABLE}{@code =abort}). Any other parameter
   * receives one run, and takes one source.
   *
   * @return the run's source (several for repeated runs), none for the configured default
   */
  String[] value() default {};
}
