package dev.benchgate.benchmarks.jmh;

import dev.benchgate.benchmarks.floor.FloorDocument;
import dev.benchgate.benchmarks.floor.MoshiFloor;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Writing and reading a snapshot file of an outcome ({@link BenchmarkSnapshots}) against the floor
 * of the same records written and read by Moshi directly ({@link MoshiFloor}). The read floor reads
 * the very snapshot file that {@link #read} reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SnapshotBenchmark {
  /** Scenario runs in the outcome. */
  @Param("20000")
  public int scenarioRuns;

  private BenchmarkOutcome outcome;
  private Path directory;
  private Path snapshot;

  /**
   * Fetches the outcome and writes the snapshot to read.
   *
   * @throws IOException when the directory cannot be made
   */
  @Setup(Level.Trial)
  public void fetch() throws IOException {
    outcome = FetchedOutcome.of(scenarioRuns);
    directory = Files.createTempDirectory("benchgate-snapshots");
    snapshot = directory.resolve("snapshot.json");
    BenchmarkSnapshots.write(outcome, snapshot);
    int decoded = MoshiFloor.read(snapshot).scenarioRuns().size();
    if (decoded != scenarioRuns) {
      throw new IllegalStateException(
          "The floor reads " + decoded + " scenario runs of the snapshot's " + scenarioRuns);
    }
  }

  /**
   * Deletes the files.
   *
   * @throws IOException when they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(directory);
  }

  /** Writes the snapshot. */
  @Benchmark
  public void write() {
    BenchmarkSnapshots.write(outcome, directory.resolve("written.json"));
  }

  /** Writes the floor's file. */
  @Benchmark
  public void writeFloor() {
    MoshiFloor.write(outcome, directory.resolve("floor.json"));
  }

  /**
   * Reads the snapshot.
   *
   * @return the outcome
   */
  @Benchmark
  public BenchmarkOutcome read() {
    return BenchmarkSnapshots.read(snapshot);
  }

  /**
   * Reads the snapshot's records.
   *
   * @return the records
   */
  @Benchmark
  public FloorDocument readFloor() {
    return MoshiFloor.read(snapshot);
  }
}
