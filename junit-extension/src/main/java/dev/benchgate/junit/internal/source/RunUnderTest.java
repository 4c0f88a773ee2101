package dev.benchgate.junit.internal.source;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.Baseline;
import dev.benchgate.junit.BenchmarkRun;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import dev.benchgate.junit.internal.config.RunRole;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The run a baseline is compared with: the {@link BenchmarkRun} parameter of the baseline's own
 * method. A {@code latest:} baseline never picks it, and re-baselining writes it.
 *
 * <pre>{@code
 * Optional<RunUnderTest> current = RunUnderTest.besides(baselineParameter);
 * String excluded = current.get().load(runloop).runId();
 * }</pre>
 *
 * @param annotationValue the value of its {@link BenchmarkRun}, empty for the configured default
 * @param requester its parameter, for messages
 */
public record RunUnderTest(String annotationValue, Requester requester) {

  /**
   * Finds the run under test of a baseline's method.
   *
   * @param baseline the {@link Baseline} parameter
   * @return the first parameter of the same method or constructor annotated with {@link
   *     BenchmarkRun} (also through a meta-annotation), or empty when there is none
   */
  public static Optional<RunUnderTest> besides(Parameter baseline) {
    return Arrays.stream(baseline.getDeclaringExecutable().getParameters())
        .flatMap(
            parameter ->
                AnnotationSupport.findAnnotation(parameter, BenchmarkRun.class)
                    .filter(run -> run.value().length <= 1)
                    .map(
                        run ->
                            new RunUnderTest(
                                run.value().length == 0 ? "" : run.value()[0],
                                Requester.of(parameter)))
                    .stream())
        .findFirst();
  }

  /**
   * Loads the run, sharing the load of the parameter itself.
   *
   * @param runloop the shared resources
   * @return its outcome
   */
  BenchmarkOutcome load(SharedRunloop runloop) {
    ConfiguredValue text =
        runloop.configuration().runSource(RunRole.BENCHMARK_RUN, annotationValue, requester);
    return runloop.outcome(RunSource.parse(text, requester), text, requester);
  }
}
