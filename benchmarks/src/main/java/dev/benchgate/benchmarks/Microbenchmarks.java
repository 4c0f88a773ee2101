package dev.benchgate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs JMH benchmarks of {@code dev.benchgate.benchmarks.jmh} with the GC profiler, in a forked JVM
 * each (unless {@link Options#jmhSeconds()} is 0, for a quick check), and returns each method's
 * mean time and bytes allocated per operation. JMH's own output goes to {@code jmh.log}.
 */
final class Microbenchmarks {
  /**
   * One benchmark method's result.
   *
   * @param millis milliseconds per operation, the median of the iterations' averages
   * @param allocatedBytes bytes allocated per operation, by all threads of the benchmark
   */
  record Figure(double millis, double allocatedBytes) {}

  private Microbenchmarks() {}

  /**
   * Runs benchmark classes.
   *
   * @param classes the classes
   * @param scenarioRuns the {@code scenarioRuns} parameter of every one of them
   * @param options the harness's options
   * @return each method's figure by its simple name, e.g. {@code SnapshotBenchmark.write}
   */
  static Map<String, Figure> run(List<Class<?>> classes, int scenarioRuns, Options options) {
    try {
      Files.createDirectories(options.out());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean quick = options.jmhSeconds() == 0;
    TimeValue iteration =
        quick
            ? TimeValue.milliseconds(1)
            : TimeValue.milliseconds((long) (options.jmhSeconds() * 1000));
    ChainedOptionsBuilder jmh =
        new OptionsBuilder()
            .param("scenarioRuns", Integer.toString(scenarioRuns))
            .forks(quick ? 0 : 1)
            .warmupIterations(quick ? 0 : 3)
            .warmupTime(iteration)
            .measurementIterations(quick ? 1 : 5)
            .measurementTime(iteration)
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .output(options.out().resolve("jmh.log").toString());
    classes.forEach(type -> jmh.include("\\." + type.getSimpleName() + "\\."));
    Collection<RunResult> results;
    try {
      results = new Runner(jmh.build()).run();
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed; see " + options.out().resolve("jmh.log"), e);
    }
    Map<String, Figure> figures = new LinkedHashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String name =
          benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      figures.put(
          name,
          new Figure(
              result.getPrimaryResult().getStatistics().getPercentile(50), allocated(result)));
    }
    return figures;
  }

  @SuppressWarnings("rawtypes") // JMH's getSecondaryResults() holds its raw type Result
  private static double allocated(RunResult result) {
    for (var secondary : result.getSecondaryResults().entrySet()) {
      if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
        return secondary.getValue().getScore();
      }
    }
    return Double.NaN;
  }
}
