package com.example.gates;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Runloop API on loopback, serving one benchmark run of four scenarios: {@code running} at the
 * first poll, {@code completed} from the second on. Only requests with its API key are answered.
 */
final class FakeRunloopServer {
  /** The key the gates are configured with, in {@code junit-platform.properties}. */
  static final String API_KEY = "consumer-test-key-0001";

  static final String RUN_ID = "bmr_live0001";
  private static final String BENCHMARK_ID = "bmd_live0001";

  private final HttpServer server;
  private final AtomicInteger runPolls = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  private FakeRunloopServer(HttpServer server) {
    this.server = server;
  }

  static FakeRunloopServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeRunloopServer fake = new FakeRunloopServer(server);
      server.createContext("/", fake::answer);
      server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How often the run was fetched. */
  int runPolls() {
    return runPolls.get();
  }

  /** How many requests came without the API key. */
  int refused() {
    return refused.get();
  }

  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        refused.incrementAndGet();
        send(exchange, 401, "{\"message\": \"invalid bearer token\"}");
        return;
      }
      String body = body(exchange.getRequestURI().getPath());
      if (body == null) {
        send(exchange, 404, "{\"message\": \"not found\"}");
      } else {
        send(exchange, 200, body);
      }
    }
  }

  private String body(String path) {
    String run = "/v1/benchmark_runs/" + RUN_ID;
    String benchmark = "/v1/benchmarks/" + BENCHMARK_ID;
    if (path.equals(run)) {
      return run(runPolls.incrementAndGet() == 1 ? "running" : "completed");
    } else if (path.equals(run + "/scenario_runs")) {
      return page("runs", scenarioRun(1, 0.9), scenarioRun(2, 0.75));
    } else if (path.equals(benchmark)) {
      return benchmark();
    } else if (path.equals(benchmark + "/definitions")) {
      return page("scenarios", scenario(1), scenario(2));
    }
    return null;
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static String run(String state) {
    return """
        {"id": "%s", "benchmark_id": "%s", "name": "nightly", "metadata": {"branch": "main"},
         "start_time_ms": 1795305600000, "duration_ms": %s, "state": "%s", "score": %s,
         "environment_variables": {}, "secrets_provided": {}}
        """
        .formatted(
            RUN_ID,
            BENCHMARK_ID,
            state.equals("running") ? "null" : "1800000",
            state,
            state.equals("running") ? "null" : "0.825");
  }

  private static String scenarioRun(int n, double score) {
    return """
        {"id": "scr_live000%d", "scenario_id": "scn_live000%d", "devbox_id": "dbx_live000%d",
         "benchmark_run_id": "%s", "metadata": {}, "state": "scored",
         "start_time_ms": 1795305601000, "duration_ms": 60000,
         "scoring_contract_result": {"score": %s, "scoring_function_results": [
           {"scoring_function_name": "hidden-tests", "score": %s, "output": "ok",
            "state": "complete"}]},
         "environment_variables": {}, "secrets_provided": {}}
        """
        .formatted(n, n, n, RUN_ID, score, score);
  }

  private static String scenario(int n) {
    return """
        {"id": "scn_live000%d", "name": "task-%d", "metadata": {},
         "input_context": {"problem_statement": "Do task %d."},
         "scoring_contract": {"scoring_function_parameters": [
           {"name": "hidden-tests", "weight": 1.0,
            "scorer": {"type": "test_based_scorer", "test_command": "mvn -q test"}}]},
         "status": "active", "validation_type": "FORWARD"}
        """
        .formatted(n, n, n);
  }

  private static String benchmark() {
    return """
        {"id": "%s", "name": "checkout-service-tasks", "metadata": {},
         "scenarioIds": ["scn_live0001", "scn_live0002"], "status": "active"}
        """
        .formatted(BENCHMARK_ID);
  }

  private static String page(String field, String... items) {
    return "{\"%s\": [%s], \"has_more\": false}".formatted(field, String.join(", ", items));
  }
}
