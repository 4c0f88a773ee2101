package dev.benchgate.junit.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunIdsTest {
  private static final Path DIRECTORY = Path.of("/work/runs").toAbsolutePath().normalize();

  @ParameterizedTest
  @ValueSource(strings = {"bmr_123", "bmr_3f2a-01", "run.v2", "A1"})
  void a_plain_id_names_a_file_inside_the_directory(String id) {
    assertThat(RunIds.fileIn(DIRECTORY, id, "benchgate.record"))
        .isEqualTo(DIRECTORY.resolve(id + ".json"))
        .startsWithRaw(DIRECTORY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../../x",
        "/any/absolute/path",
        "a/b",
        "a\\b",
        "..",
        ".hidden",
        "",
        "bmr 1",
        "bmr_1\u001b[2J",
        "C:x"
      })
  void an_id_that_could_lead_elsewhere_names_no_file(String id) {
    assertThatExceptionOfType(RunSourceException.class)
        .isThrownBy(() -> RunIds.fileIn(DIRECTORY, id, "benchgate.record"))
        .withMessageContaining(
            "cannot name a snapshot file in " + DIRECTORY + " (benchgate.record)")
        .withMessageNotContaining("\u001b");
  }

  @Test
  void no_id_names_no_file() {
    assertThatExceptionOfType(RunSourceException.class)
        .isThrownBy(() -> RunIds.fileIn(DIRECTORY, null, "benchgate.snapshots"));
  }
}
