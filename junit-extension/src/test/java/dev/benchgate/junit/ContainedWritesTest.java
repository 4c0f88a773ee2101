package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.onlyFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.FakeRunloop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server sends never chooses where the extension writes: a run id becomes a file name only
 * when the server answered the run asked for and the id is a plain token.
 */
class ContainedWritesTest {
  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();
  @TempDir private Path temp;

  private static final String ESCAPED = "..%2F..%2F..%2Fescaped";

  /** The client of {@link BehindAHostileProxy}, set by the test that runs it. */
  private static volatile RunloopClient hostileClient;

  @Test
  void a_run_answered_under_another_id_is_neither_judged_nor_recorded() throws IOException {
    api.add(StandardRuns.outcome("bmr_1"));
    Path recorded = temp.resolve("recorded");
    // A proxy between the tests and Runloop that renames the run in its answer.
    try (RunloopClient client =
        api.clientBuilder()
            .okHttpClient(
                new OkHttpClient.Builder()
                    .addInterceptor(chain -> renamed(chain.proceed(unrenamed(chain.request()))))
                    .build())
            .build()) {
      hostileClient = client;

      Throwable failure =
          onlyFailure(
              GateKit.unconfigured()
                  .parameter(ConfigurationKeys.RECORD, recorded.toString())
                  .run(BehindAHostileProxy.class));

      // Whichever layer notices first, the run is refused by the id it claims.
      assertThat(failure)
          .isInstanceOf(ParameterResolutionException.class)
          .hasMessageContaining(" benchmark run bmr_1 for parameter [BenchmarkRunView run]")
          .hasMessageContaining("../../../escaped");
    }
    assertThat(recorded).doesNotExist();
    try (Stream<Path> files = Files.walk(temp)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
    assertThat(temp.resolveSibling("escaped.json")).doesNotExist();
  }

  // What the client asks about the renamed run, the proxy asks about the real one.
  private static Request unrenamed(Request request) {
    String path = request.url().encodedPath();
    return path.contains(ESCAPED)
        ? request
            .newBuilder()
            .url(request.url().newBuilder().encodedPath(path.replace(ESCAPED, "bmr_1")).build())
            .build()
        : request;
  }

  private static Response renamed(Response response) throws IOException {
    if (!response.request().url().encodedPath().equals(StandardRuns.runPath("bmr_1"))) {
      return response;
    }
    String body =
        response.body().string().replace("\"id\":\"bmr_1\"", "\"id\":\"../../../escaped\"");
    return response
        .newBuilder()
        .body(ResponseBody.create(body, MediaType.get("application/json")))
        .build();
  }

  @ExtendWith(FakeEnvironment.class)
  static class BehindAHostileProxy {
    @RegisterExtension
    static final BenchgateExtension GATE =
        BenchgateExtension.builder().client(hostileClient).build();

    @Test
    void run(@BenchmarkRun("bmr_1") BenchmarkRunView run) {}
  }

  @Test
  void a_latest_pick_whose_id_is_no_plain_token_is_refused_before_any_use() {
    api.add(StandardRuns.outcome("bmr_1"));
    api.add(
        StandardRuns.outcome(
            StandardRuns.run(
                "../../../x",
                "completed",
                0.7,
                "bmd_1",
                "hostile",
                StandardRuns.START_TIME_MS + 86_400_000L,
                "main")));
    Path recorded = temp.resolve("recorded");

    Throwable failure =
        onlyFailure(
            GateKit.against(api)
                .parameter(ConfigurationKeys.RECORD, recorded.toString())
                .run(LatestBaseline.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining(
            "latest:bmd_1 picked the run with the id '../../../x' on the API, which is no plain id"
                + " (letters, digits, '_', '-' and '.'): Benchgate does not use a run whose id"
                + " could lead a file or a request elsewhere.");
    assertThat(StandardRuns.paths(api)).noneMatch(path -> path.contains(".."));
    try (Stream<Path> files = Files.walk(temp)) {
      assertThat(files.filter(Files::isRegularFile).toList())
          .containsExactly(recorded.resolve("bmr_1.json"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ExtendWith(FakeEnvironment.class)
  static class LatestBaseline {
    @Test
    void compare(
        @BenchmarkRun("bmr_1") BenchmarkOutcome current,
        @Baseline("latest:bmd_1") BenchmarkOutcome baseline) {}
  }

  @Test
  void a_run_id_that_is_no_plain_token_is_misuse() {
    Throwable failure = onlyFailure(GateKit.against(api).run(PathAsRunId.class));

    assertThat(failure.getCause())
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "The run source '../runs/bmr_1' from @BenchmarkRun(\"../runs/bmr_1\") for parameter"
                + " [BenchmarkRunView run] in method [PathAsRunId.run(BenchmarkRunView)] is no run"
                + " id: run ids are made of letters, digits, '_', '-' and '.', such as bmr_123; a"
                + " snapshot is named file:path/to/snapshot.json or"
                + " classpath:path/to/snapshot.json.");
    assertThat(StandardRuns.paths(api)).isEmpty();
  }

  @ExtendWith(FakeEnvironment.class)
  static class PathAsRunId {
    @Test
    void run(@BenchmarkRun("../runs/bmr_1") BenchmarkRunView run) {}
  }

  @Test
  void the_report_folder_loses_only_benchgates_own_files() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("benchgate"));
    Files.writeString(folder.resolve("report.json"), "{}");
    Path notOurs = Files.writeString(folder.resolve("report.txt"), "kept");

    try (ReportKit kit = ReportKit.against(api, folder)) {
      kit.run(PathAsRunId.class);
    }

    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted().toList())
          .isEqualTo(List.of("report.html", "report.json", "report.md", "report.txt"));
    }
    assertThat(notOurs).hasContent("kept");
  }
}
