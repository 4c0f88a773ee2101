package dev.benchgate.testing.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Fault;
import dev.benchgate.testing.Models;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's bounds keep a small heap alive: a client in a JVM of 256 MiB, with its default
 * limits, fetches outcomes from a server that answers a gigabyte gzip bomb, half-gigabyte bodies of
 * fixed length and chunked, and listings that never end, and fails each with a {@code
 * LimitExceededException}, never an {@code OutOfMemoryError}. The fake runs in this JVM; the client
 * in a child JVM ({@link BoundedMemoryChild}), which prints its heap's peak use in each case (the
 * figures of the README's fault-and-fuzz section).
 */
class BoundedMemoryTest {
  private static final String KEY = "sk-bounded-memory-0001";

  @RegisterExtension
  final FakeRunloop runloop =
      FakeRunloop.create()
          .apiKey(KEY)
          .add(HostileServerTest.outcome("bmr_bomb", 3))
          .add(HostileServerTest.outcome("bmr_fixed", 3))
          .add(HostileServerTest.outcome("bmr_chunked", 3))
          .add(HostileServerTest.outcome("bmr_endless", 3))
          .add(
              Models.outcome(Models.run("bmr_job").completed().build())
                  .scenarioRuns(
                      new ScenarioRunView[] {
                        Models.scenarioRun("scr_job")
                            .scenario("scn_1")
                            .benchmarkRun("bmr_job")
                            .scored(0.5)
                            .build()
                      })
                  .build())
          .inject("/v1/benchmark_runs/bmr_bomb", Fault.gzipBomb(1L << 30))
          .inject("/v1/benchmark_runs/bmr_fixed", Fault.hugeBody(500_000_000))
          .inject("/v1/benchmark_runs/bmr_chunked", Fault.hugeChunkedBody(500_000_000))
          .inject("/v1/benchmark_runs/bmr_endless/scenario_runs", Fault.endlessPages())
          .inject("/v1/benchmark_runs/bmr_job/scenario_runs", Fault.endlessPages());

  @Test
  void a_256_mib_heap_survives_bombs_huge_bodies_and_endless_listings(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BoundedMemoryChild.class.getName());
    command.add(runloop.baseUrl());
    command.add(KEY);
    command.addAll(List.of("bmr_bomb", "bmr_fixed", "bmr_chunked", "bmr_endless", "bmr_job"));

    Process child =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    boolean ended = child.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      child.destroyForcibly();
    }

    String printed = Files.readString(out, StandardCharsets.UTF_8);
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    System.out.println("BoundedMemoryChild:\n" + printed + errors);
    assertThat(ended).as("the child ended").isTrue();
    assertThat(errors).doesNotContain("OutOfMemoryError");
    assertThat(printed.lines().map(line -> line.replaceFirst(" \\(peak heap \\d+ MiB\\)$", "")))
        .containsExactly(
            "bmr_bomb: LimitExceededException maxResponseBytes",
            "bmr_fixed: LimitExceededException maxResponseBytes",
            "bmr_chunked: LimitExceededException maxResponseBytes",
            "bmr_endless: LimitExceededException maxListingItemsPerScenario",
            "bmr_job: LimitExceededException maxListingItems");
    assertThat(child.exitValue()).isZero();
  }
}
