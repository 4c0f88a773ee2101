package dev.benchgate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every row of the harness at a tiny size, once, to prove that each still measures what it
 * should: child processes, the launcher sessions and the JMH benchmarks all run and count the
 * scenario runs they expect. The figures themselves mean nothing at this size and are not checked;
 * the TypeScript peer is left out, as it needs npm's registry.
 */
class HarnessSmokeTest {
  @TempDir Path out;

  @Test
  void measuresEveryRowAtATinySize() throws Exception {
    String table = Harness.run(Options.parse("-quick", "-no-peer", "-out", out.toString()));

    List<String> rows = table.lines().filter(line -> line.startsWith("| ")).toList();
    assertThat(rows)
        .hasSize(2 + 10)
        .filteredOn(row -> row.contains("not measured"))
        .singleElement()
        .asString()
        .startsWith("| listing, first call, vs TS SDK");
    assertThat(table).doesNotContain("NaN", "Warning").contains("JVM floor's first / warm");
    assertThat(Files.readString(out.resolve("results.md"))).isEqualTo(table);
  }
}
