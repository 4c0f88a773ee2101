package dev.benchgate.benchmarks.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.benchgate.core.RunloopClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The read endpoints of the Runloop benchmark API that {@code outcome()} and a scenario-run listing
 * use, served from memory on loopback so fast that the client, not the server, is what a
 * measurement sees: every item is rendered once when added, every page once when first asked for
 * (the harness asks for each page before it measures), and a request then costs a map lookup and a
 * write of ready bytes. {@link #cpuNanos()} tells how much CPU serving took, to show that it stays
 * small beside the client's time.
 *
 * <p>Unlike {@code FakeRunloop} of {@code benchgate-testing}, which renders each page from models
 * on every request and injects faults, it knows only the paths below, pages by {@code limit} and
 * {@code starting_after} exactly as the API does, and checks nothing but the bearer key:
 *
 * <ul>
 *   <li>{@code GET /v1/benchmark_runs/{id}} and {@code /v1/benchmark_runs/{id}/scenario_runs}
 *   <li>{@code GET /v1/benchmarks/{id}} and {@code /v1/benchmarks/{id}/definitions}
 *   <li>{@code GET /v1/scenarios/{id}}
 * </ul>
 *
 * <pre>{@code
 * try (PrerenderedRunloop runloop = PrerenderedRunloop.start().add(Dataset.of(1_000));
 *     RunloopClient client = PrerenderedRunloop.client(runloop.baseUrl())) {
 *   client.outcome("bmr_candidate_1000");
 *   List<String> requests = runloop.takeRequests();
 * }
 * }</pre>
 */
public final class PrerenderedRunloop implements AutoCloseable {
  /** The bearer key the server accepts. */
  public static final String API_KEY = "benchmark-key";

  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 5000;
  private static final Pattern RUN = Pattern.compile("/v1/benchmark_runs/([^/]+)");
  private static final Pattern SCENARIO_RUNS =
      Pattern.compile("/v1/benchmark_runs/([^/]+)/scenario_runs");
  private static final Pattern BENCHMARK = Pattern.compile("/v1/benchmarks/([^/]+)");
  private static final Pattern DEFINITIONS = Pattern.compile("/v1/benchmarks/([^/]+)/definitions");
  private static final Pattern SCENARIO = Pattern.compile("/v1/scenarios/([^/]+)");
  private static final byte[] NOT_FOUND = bytes("{\"message\":\"not found\"}");

  static {
    // The JDK server otherwise leaves Nagle's algorithm on, and a response written in two parts
    // (headers, body) then waits for a delayed ACK: 40 ms on Linux loopback.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** A list the API pages, with each item's position for {@code starting_after}. */
  private record Listed(String field, List<Item> items, Map<String, Integer> positions) {
    static Listed of(String field, List<Item> items) {
      Map<String, Integer> positions = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        positions.put(items.get(i).id(), i);
      }
      return new Listed(field, items, positions);
    }
  }

  private final Map<String, byte[]> resources = new ConcurrentHashMap<>();
  private final Map<String, Listed> lists = new ConcurrentHashMap<>();
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
  private final AtomicInteger pagesRendered = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private final LongAdder cpuNanos = new LongAdder();
  private final LongAdder bytesServed = new LongAdder();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final ExecutorService handlers;
  private final HttpServer server;

  private PrerenderedRunloop() throws IOException {
    AtomicInteger count = new AtomicInteger();
    handlers =
        Executors.newFixedThreadPool(
            8,
            task -> {
              Thread thread = new Thread(task, "prerendered-runloop-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @return the server, serving nothing yet
   */
  public static PrerenderedRunloop start() {
    try {
      return new PrerenderedRunloop();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open a loopback port", e);
    }
  }

  /**
   * Serves a benchmark, its definitions in bulk, and each definition by id.
   *
   * @param benchmark the benchmark
   * @return this server
   */
  public PrerenderedRunloop add(ServedBenchmark benchmark) {
    resources.put("/v1/benchmarks/" + benchmark.id(), benchmark.json());
    lists.put(
        "/v1/benchmarks/" + benchmark.id() + "/definitions",
        Listed.of("scenarios", benchmark.definitions()));
    for (Item definition : benchmark.definitions()) {
      resources.put("/v1/scenarios/" + definition.id(), definition.json());
    }
    return this;
  }

  /**
   * Serves a run and its scenario runs.
   *
   * @param run the run
   * @return this server
   */
  public PrerenderedRunloop add(ServedRun run) {
    resources.put("/v1/benchmark_runs/" + run.id(), run.json());
    lists.put(
        "/v1/benchmark_runs/" + run.id() + "/scenario_runs", Listed.of("runs", run.scenarioRuns()));
    return this;
  }

  /**
   * Serves a benchmark with its candidate and baseline runs.
   *
   * @param data the data
   * @return this server
   */
  public PrerenderedRunloop add(Dataset data) {
    return add(data.benchmark()).add(data.candidate()).add(data.baseline());
  }

  /**
   * Builds a client of a server of this kind as a user builds one: every setting at its default.
   *
   * @param baseUrl the server's {@link #baseUrl()}
   * @return the client
   */
  public static RunloopClient client(String baseUrl) {
    return RunloopClient.builder().baseUrl(baseUrl).apiKey(API_KEY).build();
  }

  /**
   * Returns the base URL to give a client.
   *
   * @return e.g. {@code http://127.0.0.1:41234/}
   */
  public String baseUrl() {
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/";
  }

  /**
   * Returns and forgets the requests received since the last call, in the order they arrived.
   *
   * @return each request's path and query, e.g. {@code
   *     /v1/benchmark_runs/bmr_1/scenario_runs?limit=500}
   */
  public List<String> takeRequests() {
    List<String> taken = new ArrayList<>();
    for (String request = requests.poll(); request != null; request = requests.poll()) {
      taken.add(request);
    }
    return taken;
  }

  /**
   * Returns and resets the most requests the server was answering at once since the last call.
   *
   * @return the most concurrent requests
   */
  public int takeMostInFlight() {
    return mostInFlight.getAndSet(inFlight.get());
  }

  /**
   * Returns how many pages were rendered since the start: a page asked for while measuring should
   * already have been.
   *
   * @return pages rendered
   */
  public int pagesRendered() {
    return pagesRendered.get();
  }

  /**
   * Returns the CPU time the server's threads spent answering, since the start.
   *
   * @return nanoseconds
   */
  public long cpuNanos() {
    return cpuNanos.sum();
  }

  /**
   * Returns the bytes of response bodies written since the start.
   *
   * @return bytes
   */
  public long bytesServed() {
    return bytesServed.sum();
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long cpuStart = threads.getCurrentThreadCpuTime();
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      requests.add(query == null ? path : path + "?" + query);
      Reply reply =
          ("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))
              ? answer(path, query)
              : new Reply(401, bytes("{\"message\":\"unauthorized\"}"));
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), reply.body().length);
      exchange.getResponseBody().write(reply.body());
      bytesServed.add(reply.body().length);
    } finally {
      inFlight.decrementAndGet();
      cpuNanos.add(threads.getCurrentThreadCpuTime() - cpuStart);
    }
  }

  /** A status and a body. */
  private record Reply(int status, byte[] body) {
    static Reply ok(byte[] body) {
      return body == null ? new Reply(404, NOT_FOUND) : new Reply(200, body);
    }

    static Reply badRequest(String message) {
      return new Reply(400, bytes("{\"message\":\"" + message + "\"}"));
    }
  }

  private Reply answer(String path, String query) {
    if (SCENARIO_RUNS.matcher(path).matches() || DEFINITIONS.matcher(path).matches()) {
      Listed listed = lists.get(path);
      return listed == null ? Reply.ok(null) : page(path, listed, parameters(query));
    }
    if (RUN.matcher(path).matches()
        || BENCHMARK.matcher(path).matches()
        || SCENARIO.matcher(path).matches()) {
      return Reply.ok(resources.get(path));
    }
    return Reply.ok(null);
  }

  private Reply page(String path, Listed listed, Map<String, String> parameters) {
    int limit;
    try {
      limit = Integer.parseInt(parameters.getOrDefault("limit", "" + DEFAULT_LIMIT));
    } catch (NumberFormatException e) {
      return Reply.badRequest("limit must be a number");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      return Reply.badRequest("limit must be from 1 to " + MAX_LIMIT);
    }
    String after = parameters.get("starting_after");
    if (after != null && !listed.positions().containsKey(after)) {
      return Reply.badRequest("starting_after names no item of this list");
    }
    boolean withTotal = !"false".equals(parameters.get("include_total_count"));
    String key = path + '|' + limit + '|' + after + '|' + withTotal;
    return Reply.ok(pages.computeIfAbsent(key, unused -> render(listed, limit, after, withTotal)));
  }

  private byte[] render(Listed listed, int limit, String after, boolean withTotal) {
    pagesRendered.incrementAndGet();
    int from = after == null ? 0 : listed.positions().get(after) + 1;
    int to = Math.min(listed.items().size(), from + limit);
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    page.writeBytes(bytes("{\"" + listed.field() + "\":["));
    for (int i = from; i < to; i++) {
      if (i > from) {
        page.write(',');
      }
      page.writeBytes(listed.items().get(i).json());
    }
    page.writeBytes(bytes("],\"has_more\":" + (to < listed.items().size())));
    if (withTotal) {
      page.writeBytes(bytes(",\"total_count\":" + listed.items().size()));
    }
    page.write('}');
    return page.toByteArray();
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> parameters = new HashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        parameters.put(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    return parameters;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
