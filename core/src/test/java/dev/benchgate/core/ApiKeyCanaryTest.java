package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.ApiFixtures.okBody;
import static dev.benchgate.core.TestClients.CANARY_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.benchgate.core.error.RunloopApiException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Provokes every failure the client reports and checks that the API key is in none of them: not in
 * a message, a cause, a suppressed exception, a {@code toString} or a log line.
 */
class ApiKeyCanaryTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  @RegisterExtension final LogLines log = new LogLines();
  private final List<Throwable> provoked = new ArrayList<>();

  /** {@link TestClients#CANARY_KEY} with its first letter as a JSON escape. */
  private static final String ESCAPED_KEY = "\\u0074" + CANARY_KEY.substring(1);

  private void provoke(ThrowingCallable failing) {
    Throwable thrown = catchThrowable(failing);
    assertThat(thrown).as("expected a failure").isNotNull();
    provoked.add(thrown);
  }

  private RunloopClientBuilder builder() {
    return TestClients.builder(server, new FakeTime()).maxRetries(0);
  }

  @Test
  void the_key_appears_in_no_exception_and_no_description() {
    int[] statuses = {400, 401, 403, 404, 409, 422, 429, 500, 503, 418};
    try (RunloopClient client = builder().apiGeneration(ApiGeneration.CURRENT).build()) {
      for (int code : statuses) {
        server.enqueue(ApiFixtures.status(code, "{\"message\": \"failed with " + code + "\"}"));
        provoke(() -> client.benchmarkRun("bmr_1"));
      }
      server.enqueue(
          new MockResponse.Builder()
              .code(401)
              .addHeader("x-request-id", "echo Bearer " + CANARY_KEY)
              .body("{\"message\": \"invalid token Bearer " + CANARY_KEY + "\"}")
              .build());
      provoke(() -> client.benchmarkRun("bmr_1"));
      server.enqueue(
          ApiFixtures.status(502, "<html>Authorization: Bearer " + CANARY_KEY + "</html>"));
      provoke(() -> client.benchmarkRun("bmr_1"));
      server.enqueue(okBody("{\"id\": \"" + CANARY_KEY + "\", \"metadata\": 7}"));
      provoke(() -> client.benchmarkRun("bmr_1"));
      server.enqueue(okBody("{\"id\": "));
      provoke(() -> client.benchmarkRun("bmr_1"));
      server.enqueue(ok("scenario_runs_page_1.json"));
      server.enqueue(ok("scenario_runs_page_1.json"));
      provoke(() -> client.scenarioRuns("bmr_123").toList());
      server.enqueue(ok("benchmark_run_running.json"));
      provoke(() -> client.awaitCompletion("bmr_123", Duration.ZERO));
      assertThat(client.toString()).doesNotContain(CANARY_KEY);
    }
    try (RunloopClient auto = builder().build()) {
      server.enqueue(ApiFixtures.notFound());
      server.enqueue(ApiFixtures.notFound());
      provoke(() -> auto.benchmarkRun("bmr_1"));
      server.enqueue(ApiFixtures.notFound());
      server.enqueue(ApiFixtures.status(401, "{\"message\": \"bad key " + CANARY_KEY + "\"}"));
      provoke(() -> auto.benchmarkRun("bmr_1"));
    }
    try (RunloopClient retrying =
        builder().apiGeneration(ApiGeneration.CURRENT).maxRetries(2).sleeper(wait -> {}).build()) {
      for (int attempt = 0; attempt < 3; attempt++) {
        server.enqueue(
            new MockResponse.Builder()
                .code(503)
                .addHeader("x-request-id", "echo " + CANARY_KEY)
                .body("{\"message\": \"overloaded, key " + CANARY_KEY + "\"}")
                .build());
      }
      provoke(() -> retrying.benchmarkRun("bmr_1"));
      for (int attempt = 0; attempt < 3; attempt++) {
        server.enqueue(
            new MockResponse.Builder()
                .body("{\"id\": \"" + CANARY_KEY + "\", \"metadata\": {}, \"state\": \"running\"}")
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
      }
      provoke(() -> retrying.benchmarkRun("bmr_1"));
    }
    try (RunloopClient impatient = builder().readTimeout(Duration.ofMillis(50)).build()) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
      provoke(() -> impatient.benchmarkRun("bmr_1"));
    }
    String url = server.url("/").toString();
    server.close();
    try (RunloopClient unreachable = builder().baseUrl(url).build()) {
      provoke(() -> unreachable.benchmarkRun("bmr_1"));
    }
    provoke(() -> RunloopClient.builder().build());
    provoke(() -> RunloopClient.builder().apiKey(CANARY_KEY + " "));
    provoke(
        () -> RunloopClient.builder().apiKey(CANARY_KEY).baseUrl("http://runloop.example").build());
    provoke(
        () -> RunloopClient.builder().baseUrl("https://runloop:" + CANARY_KEY + "@proxy.example"));
    provoke(() -> RunloopClient.builder().baseUrl("https://proxy.example/?key=" + CANARY_KEY));
    provoke(() -> RunloopClient.builder().baseUrl("ftp://" + CANARY_KEY + "@proxy.example"));

    assertThat(provoked).hasSize(statuses.length + 18);
    assertThat(provoked)
        .allSatisfy(thrown -> assertThat(everythingPrinted(thrown)).doesNotContain(CANARY_KEY));
  }

  @Test
  void the_key_echoed_by_a_hostile_server_shows_nowhere_in_the_printed_cause_chain() {
    OkHttpClient unresolving =
        new OkHttpClient.Builder()
            .dns(
                host -> {
                  throw new UnknownHostException(host);
                })
            .build();
    // A base URL whose path holds the key: a proxy that takes it in the path, say.
    String keyInPath = server.url("/" + CANARY_KEY + "/").toString();
    try (RunloopClient client =
        builder().apiGeneration(ApiGeneration.CURRENT).baseUrl(keyInPath).build()) {
      // JSON whose value is the key: the JSON reader's message quotes it.
      server.enqueue(
          okBody("{\"id\": \"bmr_1\", \"start_time_ms\": 1, \"score\": \"" + CANARY_KEY + "\"}"));
      provoke(() -> client.benchmarkRun("bmr_1"));
      // A status line that echoes the request's header.
      server.enqueue(
          new MockResponse.Builder().status("HTTP/1.1 two-hundred Bearer " + CANARY_KEY).build());
      provoke(() -> client.benchmarkRun("bmr_1"));
      // Error bodies whose fields hide the key behind a JSON escape.
      for (String body :
          List.of(
              "{\"error\": \"invalid token " + ESCAPED_KEY + "\"}",
              "{\"error\": {\"message\": \"invalid token " + ESCAPED_KEY + "\"}}",
              "{\"detail\": \"invalid token " + ESCAPED_KEY + "\"}",
              "{\"message\": \"invalid token " + ESCAPED_KEY + "\"}",
              "{\"code\": 7, \"token\": \"" + ESCAPED_KEY + "\"}",
              "{\"message\": \"cut short " + ESCAPED_KEY + " " + "x".repeat(17_000) + "\"}")) {
        server.enqueue(ApiFixtures.status(401, body));
        provoke(() -> client.benchmarkRun("bmr_1"));
      }
      // Ids that are the key, in a listing that repeats them.
      server.enqueue(
          okBody(
              "{\"runs\": [{\"id\": \""
                  + CANARY_KEY
                  + "\", \"scenario_id\": \"scn_1\","
                  + " \"state\": \"running\"}], \"has_more\": true}"));
      server.enqueue(
          okBody(
              "{\"runs\": [{\"id\": \""
                  + CANARY_KEY
                  + "\", \"scenario_id\": \"scn_1\","
                  + " \"state\": \"running\"}], \"has_more\": true}"));
      provoke(() -> client.scenarioRuns("bmr_1").toList());
      // A redirect to another origin whose location holds the key.
      server.enqueue(
          new MockResponse.Builder()
              .code(302)
              .addHeader("Location", "https://" + CANARY_KEY + ".invalid/?k=" + CANARY_KEY)
              .build());
      provoke(() -> client.benchmarkRun("bmr_1"));
      assertThat(client.toString()).doesNotContain(CANARY_KEY);
    }
    try (RunloopClient slow =
        builder()
            .apiGeneration(ApiGeneration.CURRENT)
            .baseUrl(keyInPath)
            .slowResponse(java.time.Duration.ofMillis(50))
            .build()) {
      server.enqueue(
          ApiFixtures.status(404, "{}")
              .newBuilder()
              .headersDelay(300, TimeUnit.MILLISECONDS)
              .build());
      provoke(() -> slow.benchmarkRun("bmr_slow_canary"));
      assertThat(log.containing("bmr_slow_canary")).hasSize(1);
    }
    // A host name that is the key, as when the key was pasted as the base URL's host.
    try (RunloopClient unresolvable =
        builder()
            .apiGeneration(ApiGeneration.CURRENT)
            .baseUrl("https://" + CANARY_KEY + ".invalid")
            .okHttpClient(unresolving)
            .build()) {
      provoke(() -> unresolvable.benchmarkRun("bmr_1"));
      assertThat(unresolvable.toString()).doesNotContain(CANARY_KEY);
    } finally {
      unresolving.dispatcher().executorService().shutdown();
    }
    RunloopClient closed = builder().apiGeneration(ApiGeneration.CURRENT).build();
    closed.close();
    provoke(() -> closed.benchmarkRun("bmr_1"));

    assertThat(provoked).hasSize(13);
    assertThat(provoked)
        .allSatisfy(thrown -> assertThat(everythingPrinted(thrown)).doesNotContain(CANARY_KEY));
    // The model adapters name the field and the JSON type they met, never the value itself.
    assertThat(provoked.get(0)).hasMessageEndingWith("$.score is a string, not a number");
    assertThat(log.all()).noneMatch(line -> line.contains(CANARY_KEY));
  }

  @Test
  void a_message_cut_inside_the_key_keeps_no_part_of_it() {
    String message = "x".repeat(490) + CANARY_KEY + " was rejected";
    server.enqueue(ApiFixtures.status(401, "{\"message\": \"" + message + "\"}"));

    try (RunloopClient client = builder().apiGeneration(ApiGeneration.CURRENT).build()) {
      assertThat(
              catchThrowableOfType(RunloopApiException.class, () -> client.benchmarkRun("bmr_1")))
          .satisfies(e -> assertThat(e.apiMessage()).hasValue("x".repeat(490) + "[redacted …"));
    }
  }

  @Test
  void a_body_cut_inside_the_key_keeps_no_part_of_it() {
    String body = "boom" + " ".repeat(16 * 1024 - 4 - 8) + CANARY_KEY + " rest of the page";
    server.enqueue(ApiFixtures.status(502, body));

    try (RunloopClient client = builder().apiGeneration(ApiGeneration.CURRENT).build()) {
      assertThat(
              catchThrowableOfType(RunloopApiException.class, () -> client.benchmarkRun("bmr_1")))
          .satisfies(e -> assertThat(e.apiMessage()).hasValue("boom"));
    }
  }

  @Test
  void a_key_hidden_by_a_json_escape_is_redacted_once_decoded() {
    String escaped = CANARY_KEY.replace("-", "\\u002d");
    server.enqueue(ApiFixtures.status(401, "{\"message\": \"token " + escaped + " rejected\"}"));

    try (RunloopClient client = builder().apiGeneration(ApiGeneration.CURRENT).build()) {
      assertThat(
              catchThrowableOfType(RunloopApiException.class, () -> client.benchmarkRun("bmr_1")))
          .satisfies(e -> assertThat(e.apiMessage()).hasValue("token [redacted API key] rejected"));
    }
  }

  /** The stack trace as printed: messages of the exception, its causes and suppressed ones. */
  private static String everythingPrinted(Throwable thrown) {
    StringWriter printed = new StringWriter();
    thrown.printStackTrace(new PrintWriter(printed));
    return printed.toString();
  }
}
