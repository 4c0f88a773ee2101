package dev.benchgate.core.model;

/**
 * What a benchmark job was created from ({@code job_source}), discriminated in JSON by its {@code
 * type}: a benchmark definition ({@link BenchmarkJobSource}), a list of scenarios ({@link
 * ScenariosJobSource}), a Harbor job configuration ({@link HarborJobSource}), or a type this
 * version does not know ({@link UnknownJobSource}, its fields kept).
 *
 * <pre>{@code
 * String from = switch (job.jobSource()) {
 *   case BenchmarkJobSource benchmark -> "benchmark " + benchmark.benchmarkId();
 *   case ScenariosJobSource scenarios -> scenarios.scenarioIds().size() + " scenarios";
 *   case HarborJobSource harbor -> "a Harbor configuration";
 *   case UnknownJobSource unknown -> "a source of type " + unknown.type();
 * };
 * }</pre>
 */
public sealed interface JobSource
    permits BenchmarkJobSource, ScenariosJobSource, HarborJobSource, UnknownJobSource {

  /**
   * Returns the API's name of this kind of source.
   *
   * @return e.g. {@code "benchmark"}; never {@code null} for one read from JSON, which refuses a
   *     source without a type
   */
  String type();
}
