package dev.benchgate.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins format version 1: files written by the first writer (tree of maps, sorted, then printed)
 * must read and write back byte for byte. They cover every record, unknown states and scorer types,
 * free-form JSON with nulls, numbers, escapes and secret-bearing keys, redacted secrets, a score a
 * sum made a hair above 1, and the legacy run's embedded scenario runs.
 */
class SnapshotFormatVersion1Test {

  @ParameterizedTest
  @ValueSource(strings = {"v1-every-field.json", "v1-legacy-run.json"})
  void a_version_1_file_reads_and_writes_back_byte_for_byte(String name) {
    String written = resource(name);

    String rewritten = BenchmarkSnapshots.toJson(BenchmarkSnapshots.fromJson(written, name));

    assertThat(rewritten).isEqualTo(written);
  }

  static String resource(String name) {
    try (InputStream in =
        SnapshotFormatVersion1Test.class.getResourceAsStream("/snapshot/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
