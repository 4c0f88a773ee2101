package dev.benchgate.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.JsonFuzzer;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The property of the snapshot reader, over hostile variants of version 1 files ({@link
 * JsonFuzzer}): a variant reads as an outcome that writes and reads back to itself, or is refused
 * with a {@link SnapshotFormatException} naming the file. Never any other exception.
 */
class SnapshotFuzzTest {

  @ParameterizedTest
  @ValueSource(strings = {"v1-every-field.json", "v1-legacy-run.json"})
  void a_file_reads_as_an_outcome_that_round_trips_or_is_refused_as_a_snapshot(String file) {
    Object seed = JsonFuzzer.tree(SnapshotFormatVersion1Test.resource(file));
    JsonFuzzer fuzzer = new JsonFuzzer(JsonFuzzer.SEED ^ file.hashCode());
    int read = 0;
    int refused = 0;
    for (int i = 0; i < JsonFuzzer.CASES * 2; i++) {
      String json = fuzzer.variant(seed);
      BenchmarkOutcome outcome;
      try {
        outcome = BenchmarkSnapshots.fromJson(json, "fuzzed.json");
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
      String written = BenchmarkSnapshots.toJson(outcome);
      BenchmarkOutcome again = BenchmarkSnapshots.fromJson(written, "written.json");
      assertThat(BenchmarkSnapshots.toJson(again)).as("case %d", i).isEqualTo(written);
      assertThat(BenchmarkSnapshots.fromJson(written, "again.json")).isEqualTo(again);
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
                || entry.getKey().equals("secrets_provided");
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
