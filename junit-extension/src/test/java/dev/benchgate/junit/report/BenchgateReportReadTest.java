package dev.benchgate.junit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading report.json back through the public API. */
class BenchgateReportReadTest {
  @TempDir Path directory;

  private static BenchgateReport report() {
    return BenchgateReport.of(
        "2026-11-23T10:00:00Z",
        List.of(),
        List.of(
            new GateReport(
                "[engine:junit-jupiter]/[class:G]",
                "G > gate",
                "failed",
                "low",
                List.of("bmr_1"))));
  }

  @Test
  void a_written_report_reads_back_the_same() throws IOException {
    Path file = directory.resolve("report.json");
    Files.writeString(file, report().toJson());

    BenchgateReport read = BenchgateReport.read(file);

    assertThat(read).isEqualTo(report());
    assertThat(read.verdict()).isEqualTo("failed");
    assertThat(read.failedGates()).extracting(GateReport::message).containsExactly("low");
  }

  @Test
  void refuses_what_is_no_report_and_a_newer_schema_version() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                BenchgateReport.fromJson(
                    "{\"schema\": \"benchgate-snapshot\", \"version\": 1}", "x.json"))
        .withMessage("x.json is not a Benchgate report: expected \"schema\": \"benchgate-report\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchgateReport.fromJson("{\"schema\": ", "x.json"))
        .withMessageStartingWith("x.json is not a valid Benchgate report: ");
    String newer = report().toJson().replace("\"version\": 1", "\"version\": 2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchgateReport.fromJson(newer, "x.json"))
        .withMessage(
            "x.json has report schema version 2, newer than the version 1 this Benchgate reads:"
                + " upgrade Benchgate");
  }

  @Test
  void a_missing_file_is_an_unchecked_io_failure() {
    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> BenchgateReport.read(directory.resolve("none.json")))
        .withMessageStartingWith("Cannot read report ");
  }
}
