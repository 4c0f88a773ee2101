package dev.benchgate.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects the run to compare against, like {@link BenchmarkRun} does for the run under test: into a
 * parameter of type {@link dev.benchgate.core.model.BenchmarkRunView}, {@link
 * dev.benchgate.core.outcome.BenchmarkOutcome} or {@code List<}{@link
 * dev.benchgate.core.model.ScenarioRunView}{@code >}. Registers {@link BenchgateExtension} by
 * itself and works as a meta-annotation.
 *
 * <pre>{@code
 * @Test
 * void noRegression(@BenchmarkRun BenchmarkOutcome current, @Baseline BenchmarkOutcome baseline) {
 *   assertTrue(current.run().score() >= baseline.run().score() - 0.02);
 * }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(BenchgateExtension.class)
public @interface Baseline {
  /**
   * Names the baseline run: a run id such as {@code bmr_100}, a snapshot ({@code
   * file:baselines/main.json}, {@code classpath:runs/main.json}), the newest completed run of a
   * benchmark other than the run under test ({@code latest:bmd_42?metadata.branch=main}), text with
   * {@code ${env:NAME}} or {@code ${sys:name}} placeholders, or empty for the configured default
   * ({@value ConfigurationKeys#BASELINE}, else the environment variable {@value
   * ConfigurationKeys#BASELINE_VARIABLE}). A {@code file:} baseline that is missing is written from
   * the run under test (see {@value ConfigurationKeys#UPDATE_BASELINE}).
   *
   * @return the baseline's source, empty for the configured default
   */
  String value() default "";
}
