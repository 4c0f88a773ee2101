package dev.benchgate.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class as a benchmark gate by registering {@link BenchgateExtension} for the whole
 * class. Optional: {@link BenchmarkRun}, {@link Baseline}, {@link Scenario} and {@link
 * ScenarioRunSource} register the extension themselves; this annotation makes the intent visible
 * and lets parameters of type {@link dev.benchgate.core.RunloopClient} be injected anywhere in the
 * class.
 *
 * <pre>{@code
 * @BenchmarkGate
 * class NightlyAgentGate {
 *   @Test
 *   void overallScore(@BenchmarkRun BenchmarkRunView run) {
 *     assertTrue(run.score() >= 0.8);
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BenchgateExtension.class)
public @interface BenchmarkGate {}
