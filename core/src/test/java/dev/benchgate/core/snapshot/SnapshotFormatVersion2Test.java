package dev.benchgate.core.snapshot;

import static dev.benchgate.core.snapshot.SnapshotFormatVersion1Test.resource;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pins format version 2, of several runs: the files as the first writer of version 2 wrote them
 * (from {@link SnapshotFixtures}, secrets included and so redacted) must read as those fixtures and
 * write back byte for byte.
 */
class SnapshotFormatVersion2Test {

  @Test
  void a_job_file_reads_as_the_job_it_was_written_from_and_writes_back_byte_for_byte() {
    String written = resource("v2-job.json");

    var job = BenchmarkSnapshots.jobFromJson(written, "v2-job.json");

    assertThat(BenchmarkSnapshots.toJson(job)).isEqualTo(written);
    assertThat(BenchmarkSnapshots.toJson(SnapshotFixtures.job(true))).isEqualTo(written);
    assertThat(BenchmarkSnapshots.kindFromJson(written, "v2-job.json")).isEqualTo(SnapshotKind.JOB);
  }

  @Test
  void a_file_of_repeated_runs_reads_as_those_runs_and_writes_back_byte_for_byte() {
    String written = resource("v2-repeated-runs.json");

    var runs = BenchmarkSnapshots.repeatedFromJson(written, "v2-repeated-runs.json");

    assertThat(BenchmarkSnapshots.toJson(runs)).isEqualTo(written);
    assertThat(BenchmarkSnapshots.toJson(SnapshotFixtures.repeatedRuns(true))).isEqualTo(written);
    assertThat(runs.runIds()).containsExactly("bmr_Bq72", "bmr_r1", "bmr_r2");
  }
}
