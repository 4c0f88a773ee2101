package dev.benchgate.core.snapshot;

/**
 * What a snapshot file holds, as {@link BenchmarkSnapshots#kind(java.nio.file.Path)} tells from its
 * header: which of {@link BenchmarkSnapshots}' readers reads it.
 *
 * <pre>{@code
 * switch (BenchmarkSnapshots.kind(path)) {
 *   case RUN -> runloop.add(BenchmarkSnapshots.read(path));
 *   case JOB -> runloop.add(BenchmarkSnapshots.readJob(path));
 *   case REPEATED_RUNS -> BenchmarkSnapshots.readRepeated(path).runs().forEach(runloop::add);
 * }
 * }</pre>
 */
public enum SnapshotKind {
  /**
   * One benchmark run with its scenario runs, definitions and benchmark (format version {@value
   * BenchmarkSnapshots#VERSION}): read with {@link BenchmarkSnapshots#read(java.nio.file.Path)}.
   */
  RUN,
  /**
   * A benchmark job with every agent's run (format version {@value
   * BenchmarkSnapshots#SEVERAL_RUNS_VERSION}): read with {@link
   * BenchmarkSnapshots#readJob(java.nio.file.Path)}.
   */
  JOB,
  /**
   * Several runs of one agent on one benchmark (format version {@value
   * BenchmarkSnapshots#SEVERAL_RUNS_VERSION}): read with {@link
   * BenchmarkSnapshots#readRepeated(java.nio.file.Path)}.
   */
  REPEATED_RUNS
}
