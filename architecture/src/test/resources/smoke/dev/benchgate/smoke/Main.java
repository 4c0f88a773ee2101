package dev.benchgate.smoke;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a user's code does with the published jars, on the module path: Retrofit proxies core's
 * service interface, Moshi reads and writes its records, the fake serves them, the assertions
 * judge them; with the extension's module too, the launcher finds the report listener and a
 * report reads back.
 */
public final class Main {
  public static void main(String[] args) throws Exception {
    BenchmarkOutcome served =
        Models.outcome(Models.run("bmr_1").benchmark("bmd_1").completed().score(0.9).build())
            .scenarioRuns(Models.scenarioRun("scr_1").scenario("scn_1").scored(0.9).build())
            .scenarios(Models.scenario("scn_1").named("add-retry").build())
            .benchmark(Models.benchmark("bmd_1").scenarios("scn_1").build())
            .build();
    try (FakeRunloop runloop = FakeRunloop.create().add(served);
        RunloopClient client = runloop.clientBuilder().build()) {
      BenchmarkOutcome fetched = client.outcome("bmr_1");
      assertThat(fetched).isEqualTo(served);
      assertThat(fetched).hasPassRateAtLeast(1.0, 0.5).coversAllScenariosOfItsBenchmark();

      Path snapshot = Files.createTempFile("smoke", ".json");
      BenchmarkSnapshots.write(fetched, snapshot);
      assertThat(BenchmarkSnapshots.read(snapshot)).isEqualTo(served);
      Files.delete(snapshot);

      System.out.println("fetched " + fetched.runId() + " through " + runloop.requestCounts());
      System.out.println(
          "fake is a JUnit extension: "
              + (runloop.getClass() != FakeRunloop.class));
    }
    if (ModuleLayer.boot().findModule("dev.benchgate.junit").isPresent()) {
      JunitModule.check();
    }
    System.out.println("OK");
  }
}
