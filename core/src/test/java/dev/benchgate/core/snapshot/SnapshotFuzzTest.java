package dev.benchgate.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.JsonFuzzer;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The property of the snapshot readers, over hostile variants of version 1 files (one run) and
 * version 2 files (a job, repeated runs) ({@link JsonFuzzer}): a variant reads as what its reader
 * reads, which writes and reads back to itself, or is refused with a {@link
 * SnapshotFormatException} naming the file. Never any other exception.
 */
class SnapshotFuzzTest {

  /** How one kind of snapshot is read and written. */
  private record Format<T>(Function<String, T> read, Function<T, String> write) {
    static Format<?> of(String file) {
      if (file.startsWith("v1-")) {
        return new Format<BenchmarkOutcome>(
            json -> BenchmarkSnapshots.fromJson(json, "fuzzed.json"), BenchmarkSnapshots::toJson);
      }
      return file.contains("job")
          ? new Format<BenchmarkJobOutcome>(
              json -> BenchmarkSnapshots.jobFromJson(json, "fuzzed.json"),
              BenchmarkSnapshots::toJson)
          : new Format<RepeatedOutcome>(
              json -> BenchmarkSnapshots.repeatedFromJson(json, "fuzzed.json"),
              BenchmarkSnapshots::toJson);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "v1-every-field.json",
        "v1-legacy-run.json",
        "v2-job.json",
        "v2-repeated-runs.json"
      })
  void a_file_reads_as_what_its_reader_reads_and_round_trips_or_is_refused(String file) {
    fuzz(file, Format.of(file));
  }

  private static <T> void fuzz(String file, Format<T> format) {
    Object seed = JsonFuzzer.tree(SnapshotFormatVersion1Test.resource(file));
    JsonFuzzer fuzzer = new JsonFuzzer(JsonFuzzer.SEED ^ file.hashCode());
    int read = 0;
    int refused = 0;
    for (int i = 0; i < JsonFuzzer.CASES * 2; i++) {
      String json = fuzzer.variant(seed);
      T outcome;
      try {
        outcome = format.read().apply(json);
      } catch (SnapshotFormatException refusal) {
        assertThat(refusal).as("case %d", i).hasMessageStartingWith("fuzzed.json ");
        refused++;
        continue;
      } catch (RuntimeException untyped) {
        throw new AssertionError(
            "case " + i + " (seed " + JsonFuzzer.SEED + ") threw on " + json, untyped);
      }
      read++;
      // Written once, secrets a fuzzed file held in the clear are redacted: from then on, a
      // snapshot reads and writes back to itself.
      String written = format.write().apply(outcome);
      T again = format.read().apply(written);
      assertThat(format.write().apply(again)).as("case %d", i).isEqualTo(written);
      assertThat(format.read().apply(written)).isEqualTo(again);
      if (!holdsSecretsInTheClear(JsonFuzzer.tree(json))) {
        assertThat(again).as("case %d", i).isEqualTo(outcome);
      }
    }
    assertThat(read).as("variants read").isPositive();
    assertThat(refused).as("variants refused").isPositive();
  }

  /** Whether a secret-bearing map anywhere in the tree holds a value a snapshot would redact. */
  private static boolean holdsSecretsInTheClear(Object node) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        boolean secret =
            entry.getKey().equals("environment_variables")
                || entry.getKey().equals("secrets_provided")
                || entry.getKey().equals("secrets");
        if (secret
            && entry.getValue() instanceof Map<?, ?> values
            && values.values().stream()
                .anyMatch(v -> v != null && !BenchmarkSnapshots.REDACTED.equals(v))) {
          return true;
        }
        if (holdsSecretsInTheClear(entry.getValue())) {
          return true;
        }
      }
    } else if (node instanceof List<?> list) {
      return list.stream().anyMatch(SnapshotFuzzTest::holdsSecretsInTheClear);
    }
    return false;
  }
}
