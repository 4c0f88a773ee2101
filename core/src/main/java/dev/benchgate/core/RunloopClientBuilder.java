package dev.benchgate.core;

import dev.benchgate.core.error.MissingApiKeyException;
import dev.benchgate.core.internal.ApiKey;
import dev.benchgate.core.internal.AuthorizationInterceptor;
import dev.benchgate.core.internal.CallExecutor;
import dev.benchgate.core.internal.DaemonThreads;
import dev.benchgate.core.internal.IdempotencyKeyInterceptor;
import dev.benchgate.core.internal.ListingLimits;
import dev.benchgate.core.internal.Redactor;
import dev.benchgate.core.internal.RetryDelay;
import dev.benchgate.core.internal.RetryInterceptor;
import dev.benchgate.core.internal.RunloopJson;
import dev.benchgate.core.internal.Transport;
import dev.benchgate.core.internal.UserAgentInterceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Configures a {@link RunloopClient}. Only the API key is required. Not thread-safe: configure it
 * on one thread, then share the client it builds.
 *
 * <pre>{@code
 * RunloopClient client = RunloopClient.builder()
 *     .fromEnvironment(System::getenv)          // RUNLOOP_API_KEY, RUNLOOP_BASE_URL
 *     .requestTimeout(Duration.ofMinutes(2))
 *     .maxRetries(2)
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Settings and their defaults</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>{@link #baseUrl(String)}</td><td>{@value #DEFAULT_BASE_URL}</td></tr>
 *   <tr><td>{@link #connectTimeout(Duration)}</td><td>5 s</td></tr>
 *   <tr><td>{@link #readTimeout(Duration)}</td><td>30 s</td></tr>
 *   <tr><td>{@link #requestTimeout(Duration)}</td><td>60 s per attempt</td></tr>
 *   <tr><td>{@link #maxRetries(int)}</td><td>{@value #DEFAULT_MAX_RETRIES}</td></tr>
 *   <tr><td>{@link #pageSize(int)}</td><td>{@value #DEFAULT_PAGE_SIZE}</td></tr>
 *   <tr><td>{@link #maxResponseBytes(long)}</td><td>64 MiB</td></tr>
 *   <tr><td>{@link #maxListingPages(int)}</td><td>{@value #DEFAULT_MAX_LISTING_PAGES}</td></tr>
 *   <tr><td>{@link #maxListingItems(int)}</td><td>{@value #DEFAULT_MAX_LISTING_ITEMS}</td></tr>
 *   <tr><td>{@link #maxListingItemsPerScenario(int)}</td>
 *       <td>{@value #DEFAULT_MAX_LISTING_ITEMS_PER_SCENARIO}</td></tr>
 *   <tr><td>{@link #apiGeneration(ApiGeneration)}</td><td>{@link ApiGeneration#AUTO}</td></tr>
 *   <tr><td>{@link #allowCleartext(boolean)}</td><td>{@code false}</td></tr>
 * </table>
 */
public final class RunloopClientBuilder {
  /** The Runloop API. */
  public static final String DEFAULT_BASE_URL = "https://api.runloop.ai";

  /** Retries per request, as in the official SDKs. */
  public static final int DEFAULT_MAX_RETRIES = 5;

  /** The API's largest page. */
  public static final int MAX_PAGE_SIZE = 5000;

  /**
   * Items per page: the API's largest. The number of requests, not their size, dominates the time a
   * large outcome takes; a run of 20,000 scenarios is read in four pages. Streams that are usually
   * cut short ask for a smaller first page (see {@link #pageSize(int)}).
   */
  public static final int DEFAULT_PAGE_SIZE = MAX_PAGE_SIZE;

  /**
   * The most bytes of one response body read, decompressed: 64 MiB, thirteen times a page of 5,000
   * scenario runs of 1 KB, and a quarter of a 256 MiB heap.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  /** The most pages of one listing read: 5 million items in pages of 5,000. */
  public static final int DEFAULT_MAX_LISTING_PAGES = 1_000;

  /** The most items of one listing read: five times a benchmark of 20,000 scenarios. */
  public static final int DEFAULT_MAX_LISTING_ITEMS = 100_000;

  /**
   * In {@link RunloopClient#outcome(String)}, the most scenario runs, and definitions, read per
   * scenario of the run's benchmark, besides 1,000 more.
   */
  public static final int DEFAULT_MAX_LISTING_ITEMS_PER_SCENARIO = 4;

  /** A URL's scheme, the one part of a refused base URL that is printed. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

  /** {@code 127.0.0.0/8} as a dotted quad: octets up to 255, without leading zeros. */
  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

  private ApiKey apiKey;
  private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration readTimeout = Duration.ofSeconds(30);
  private Duration requestTimeout = Duration.ofSeconds(60);
  private int maxRetries = DEFAULT_MAX_RETRIES;
  private int pageSize = DEFAULT_PAGE_SIZE;
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private int maxListingPages = DEFAULT_MAX_LISTING_PAGES;
  private int maxListingItems = DEFAULT_MAX_LISTING_ITEMS;
  private int maxListingItemsPerScenario = DEFAULT_MAX_LISTING_ITEMS_PER_SCENARIO;
  private Duration slowResponse = Transport.DEFAULT_SLOW_RESPONSE;
  private OkHttpClient sharedHttpClient;
  private ApiGeneration apiGeneration = ApiGeneration.AUTO;
  private boolean allowCleartext;
  private Sleeper sleeper = Sleeper.system();
  private Clock clock = Clock.systemUTC();
  private Ticker ticker = Ticker.system();

  RunloopClientBuilder() {}

  /**
   * Sets the API key, sent as {@code Authorization: Bearer …} and nowhere else.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(secrets.get("runloop")).build();
   * }</pre>
   *
   * @param apiKey the key
   * @return this builder
   * @throws IllegalArgumentException when the key is blank, shorter than 8 characters or holds
   *     whitespace
   */
  public RunloopClientBuilder apiKey(String apiKey) {
    this.apiKey = ApiKey.of(apiKey);
    return this;
  }

  /**
   * Reads the settings the official SDKs read from the environment: {@code RUNLOOP_API_KEY} and,
   * when set, {@code RUNLOOP_BASE_URL}. Unset or blank variables change nothing.
   *
   * <pre>{@code
   * RunloopClient.builder().fromEnvironment(System::getenv).build();
   * RunloopClient.builder().fromEnvironment(Map.of("RUNLOOP_API_KEY", "test-key")::get).build();
   * }</pre>
   *
   * @param environment looks up a variable, e.g. {@code System::getenv}; returns {@code null} when
   *     unset
   * @return this builder
   */
  public RunloopClientBuilder fromEnvironment(Function<String, String> environment) {
    String key = environment.apply("RUNLOOP_API_KEY");
    if (key != null && !key.isBlank()) {
      apiKey(key);
    }
    String url = environment.apply("RUNLOOP_BASE_URL");
    if (url != null && !url.isBlank()) {
      baseUrl(url);
    }
    return this;
  }

  /**
   * Sets the API's address, e.g. a proxy's. A path is kept as a prefix. A cleartext {@code http://}
   * address is refused unless its host is this machine or {@link #allowCleartext(boolean)} allows
   * it, as the API key would cross the network readable. This machine means exactly {@code
   * localhost}, a dotted quad {@code 127.x.y.z} or {@code [::1]} (also written {@code
   * [0:0:0:0:0:0:0:1]} or {@code [::ffff:127.0.0.1]}); forms that resolvers read differently, such
   * as {@code 127.1}, {@code 127.0.0.300} or {@code localhost.}, count as other machines. Only
   * {@code scheme://host:port/path} is kept: a user name or password ({@code user:password@}) is
   * refused, as the API key is the only credential sent, and so are a query and a fragment, which
   * every request would drop. Messages print no more of a refused URL than its scheme, host and
   * port: its user name, password, path or query could hold a secret (an API key pasted into the
   * wrong variable, say).
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).baseUrl("https://runloop-proxy.internal/api").build();
   * }</pre>
   *
   * @param baseUrl an {@code https://} (or, see above, {@code http://}) URL
   * @return this builder
   * @throws IllegalArgumentException when it is not an HTTP URL, or holds a user name, password,
   *     query or fragment
   */
  public RunloopClientBuilder baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    HttpUrl url = HttpUrl.parse(baseUrl.strip());
    if (url == null) {
      Matcher scheme = SCHEME.matcher(baseUrl.strip());
      throw new IllegalArgumentException(
          "The base URL is not an http:// or https:// URL"
              + (scheme.find() ? ": " + scheme.group() + "…" : "")
              + " (the rest is not shown, as it could hold a secret)");
    }
    HttpUrl bare = url.newBuilder().username("").password("").query(null).fragment(null).build();
    String shown =
        url.scheme()
            + "://"
            + url.host()
            + ":"
            + url.port()
            + (bare.encodedPath().equals("/") ? "" : "/…");
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException(
          "The base URL "
              + shown
              + " must not hold a user name or password: the API key is the only credential"
              + " this client sends");
    }
    if (url.encodedQuery() != null || url.encodedFragment() != null) {
      throw new IllegalArgumentException(
          "The base URL "
              + shown
              + " must not have a query or fragment: every request would drop it");
    }
    this.baseUrl =
        bare.encodedPath().endsWith("/") ? bare : bare.newBuilder().addPathSegment("").build();
    return this;
  }

  /**
   * Sets how long to wait for a connection to the API, in each attempt (see {@link
   * #maxRetries(int)}); within {@link #requestTimeout(Duration)}, which bounds the whole attempt.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).connectTimeout(Duration.ofSeconds(2)).build();
   * }</pre>
   *
   * @param connectTimeout a positive duration
   * @return this builder
   */
  public RunloopClientBuilder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return this;
  }

  /**
   * Sets how long to wait for the API's answer to arrive, between two reads from the connection. A
   * server that keeps sending a trickle never reaches it; {@link #requestTimeout(Duration)} bounds
   * the whole attempt.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).readTimeout(Duration.ofMinutes(2)).build();
   * }</pre>
   *
   * @param readTimeout a positive duration
   * @return this builder
   */
  public RunloopClientBuilder readTimeout(Duration readTimeout) {
    this.readTimeout = positive(readTimeout, "readTimeout");
    return this;
  }

  /**
   * Sets how long one attempt of a request may take in all: connecting, sending, waiting for the
   * answer and reading its whole body. The connect and read timeouts bound each step; this bounds
   * their sum, e.g. against a server that trickles a body a byte at a time. An attempt that runs
   * out of it is canceled and, like any timeout, retried (see {@link #maxRetries(int)}) with a
   * fresh deadline; the waits between attempts do not count. One call thus waits at most {@code
   * (maxRetries + 1) × requestTimeout} plus the waits between attempts (at most 15.5 s in all with
   * the default five retries, or 60 s each when the server asks for longer). An attempt still
   * without its whole answer after 10 s logs one line (a {@link System.Logger} named {@code
   * dev.benchgate.core.RunloopClient}, at {@code WARNING}) that names the request, how long it has
   * waited and what bounds the wait.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).requestTimeout(Duration.ofMinutes(5)).build();
   * }</pre>
   *
   * @param requestTimeout a positive duration
   * @return this builder
   */
  public RunloopClientBuilder requestTimeout(Duration requestTimeout) {
    this.requestTimeout = positive(requestTimeout, "requestTimeout");
    return this;
  }

  /**
   * Sets how many times one request is retried after an I/O error, a timeout or the statuses 408,
   * 409, 429 and 5xx (unless the response says {@code x-should-retry: false}). A call sends at most
   * {@code maxRetries + 1} requests, whatever the statuses, headers or failures: OkHttp's own
   * follow-ups (its repeat of a {@code 503} that carries {@code Retry-After: 0}, say) are refused,
   * and a redirect within the API's origin, which is followed, is one of them. An I/O error or
   * timeout while a successful response's body arrives counts too: the body is read whole before
   * the request is done, so a body that stalls or breaks off is retried like any failed attempt. An
   * interrupted thread is never retried for. The wait before a retry is the one the server asks for
   * in {@code retry-after-ms} or {@code retry-after}, at most 60 s; else {@code min(0.5 s × 2^n, 8
   * s)}, shortened by a random 0 to 25 %.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).maxRetries(0).build();   // fail at once
   * }</pre>
   *
   * @param maxRetries at least 0
   * @return this builder
   */
  public RunloopClientBuilder maxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be at least 0 but was " + maxRetries);
    }
    this.maxRetries = maxRetries;
    return this;
  }

  /**
   * Sets how many items each page request asks for. Larger pages mean fewer requests for big runs
   * and larger responses. Lists that are usually read whole (the scenario runs of a run, a
   * benchmark's definitions) ask for this many on every page; searches that are usually cut short
   * ({@link RunloopClient#benchmarkRuns}, {@link RunloopClient#benchmarks}, {@link
   * RunloopClient#scenarios}, {@link RunloopClient#scenarioRuns(ScenarioRunQuery)}) ask for at most
   * {@value RunloopClient#FIRST_PAGE_SIZE} on their first page, and this many after.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).pageSize(1000).build();
   * }</pre>
   *
   * @param pageSize from 1 to {@value #MAX_PAGE_SIZE}
   * @return this builder
   */
  public RunloopClientBuilder pageSize(int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be from 1 to " + MAX_PAGE_SIZE + " but was " + pageSize);
    }
    this.pageSize = pageSize;
    return this;
  }

  /**
   * Sets the most bytes of one response body the client reads, counted as they arrive and after
   * decompression: a body that announces more fails before it is read, one that grows past it
   * (chunked, or a small compressed body that inflates) stops there, with a {@link
   * dev.benchgate.core.error.LimitExceededException}, never retried. Error bodies are read only to
   * their first 16 KiB. The default, {@value #DEFAULT_MAX_RESPONSE_BYTES} bytes (64 MiB), holds a
   * page of 5,000 scenario runs of 13 KB each.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).maxResponseBytes(256L * 1024 * 1024).build();
   * }</pre>
   *
   * @param maxResponseBytes at least 1
   * @return this builder
   */
  public RunloopClientBuilder maxResponseBytes(long maxResponseBytes) {
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be positive but was " + maxResponseBytes);
    }
    this.maxResponseBytes = maxResponseBytes;
    return this;
  }

  /**
   * Sets the most pages of one listing the client reads: a server that announces more pages after
   * that ({@code has_more}) fails the listing with a {@link
   * dev.benchgate.core.error.LimitExceededException}, instead of being paged forever.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).maxListingPages(10_000).build();
   * }</pre>
   *
   * @param maxListingPages at least 1
   * @return this builder
   */
  public RunloopClientBuilder maxListingPages(int maxListingPages) {
    this.maxListingPages = atLeastOne(maxListingPages, "maxListingPages");
    return this;
  }

  /**
   * Sets the most items of one listing the client reads, which bounds the memory a listing takes: a
   * server that keeps announcing more fails the listing with a {@link
   * dev.benchgate.core.error.LimitExceededException} past it.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).maxListingItems(1_000_000).build();
   * }</pre>
   *
   * @param maxListingItems at least 1
   * @return this builder
   */
  public RunloopClientBuilder maxListingItems(int maxListingItems) {
    this.maxListingItems = atLeastOne(maxListingItems, "maxListingItems");
    return this;
  }

  /**
   * Bounds the listings of {@link RunloopClient#outcome(String)} by the size of the run's
   * benchmark, once it is known: a benchmark of {@code S} scenarios allows {@code
   * maxListingItemsPerScenario × S + 1,000} scenario runs and as many definitions, in as many pages
   * as they fill at {@link #pageSize(int)} and one more. A run without a benchmark is bounded by
   * {@link #maxListingItems(int)} and {@link #maxListingPages(int)} alone, as is every other
   * listing.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).maxListingItemsPerScenario(20).build();
   * }</pre>
   *
   * @param maxListingItemsPerScenario at least 1
   * @return this builder
   */
  public RunloopClientBuilder maxListingItemsPerScenario(int maxListingItemsPerScenario) {
    this.maxListingItemsPerScenario =
        atLeastOne(maxListingItemsPerScenario, "maxListingItemsPerScenario");
    return this;
  }

  /**
   * Shares an {@link OkHttpClient}'s connection pool and dispatcher (and its proxy, TLS and
   * interceptor settings). The client is derived with {@link OkHttpClient#newBuilder()}, given this
   * builder's timeouts (its call timeout gives way to {@link #requestTimeout(Duration)}, which
   * bounds each attempt) and its own interceptors, and {@link RunloopClient#close()} leaves the
   * shared pool and dispatcher alone. Requests run on the shared dispatcher, within its limits.
   *
   * <p>The shared client's application interceptors run first, once per request, before this client
   * adds its {@code User-Agent} and {@code Authorization} headers: they never see the API key. Its
   * network interceptors run for every attempt, after those headers are set, and do see the key: a
   * logging network interceptor must redact it, e.g. with {@code
   * HttpLoggingInterceptor.redactHeader("Authorization")}.
   *
   * <pre>{@code
   * RunloopClient client = RunloopClient.builder().apiKey(key).okHttpClient(appHttpClient).build();
   * }</pre>
   *
   * @param okHttpClient the client to share
   * @return this builder
   */
  public RunloopClientBuilder okHttpClient(OkHttpClient okHttpClient) {
    this.sharedHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
    return this;
  }

  /**
   * Sets which paths of the benchmark-run endpoints the client uses. The default, {@link
   * ApiGeneration#AUTO}, finds out on the first benchmark-run request (one extra request on a
   * legacy server) and keeps to what it found for the client's life; choose {@link
   * ApiGeneration#CURRENT} or {@link ApiGeneration#LEGACY} when the server is known.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).apiGeneration(ApiGeneration.CURRENT).build();
   * }</pre>
   *
   * @param apiGeneration the generation
   * @return this builder
   */
  public RunloopClientBuilder apiGeneration(ApiGeneration apiGeneration) {
    this.apiGeneration = Objects.requireNonNull(apiGeneration, "apiGeneration");
    return this;
  }

  /**
   * Allows an {@code http://} base URL on another machine, for a network that is trusted otherwise.
   * The API key then crosses it unencrypted.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).baseUrl("http://runloop.lab:8080").allowCleartext(true).build();
   * }</pre>
   *
   * @param allowCleartext {@code true} to allow it
   * @return this builder
   */
  public RunloopClientBuilder allowCleartext(boolean allowCleartext) {
    this.allowCleartext = allowCleartext;
    return this;
  }

  /**
   * Sets what waits between retries and between polls. Tests pass one that returns at once; waiting
   * for a run ({@link RunloopClient#awaitCompletion}) counts each wait as the time it asked for, so
   * its deadline comes after as many polls with such a sleeper as with the real one.
   *
   * <pre>{@code
   * List<Duration> waits = new CopyOnWriteArrayList<>();
   * RunloopClient.builder().apiKey(key).sleeper(waits::add).build();
   * }</pre>
   *
   * @param sleeper the sleeper; {@link Sleeper#system()} by default
   * @return this builder
   */
  public RunloopClientBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /**
   * Sets the clock that a {@code retry-after} date is measured against, the one use of the time of
   * day; durations and deadlines are measured by a monotonic clock and the {@link
   * #sleeper(Sleeper)}. Tests pass one that their sleeper moves forward.
   *
   * <pre>{@code
   * RunloopClient.builder().apiKey(key).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
   * }</pre>
   *
   * @param clock the clock; {@link Clock#systemUTC()} by default
   * @return this builder
   */
  public RunloopClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Sets the monotonic clock polls are measured by; tests pass one their sleeper moves. */
  RunloopClientBuilder ticker(Ticker ticker) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    return this;
  }

  /** Sets how long an attempt runs before it logs that it still waits; tests shorten it. */
  RunloopClientBuilder slowResponse(Duration slowResponse) {
    this.slowResponse = positive(slowResponse, "slowResponse");
    return this;
  }

  /**
   * Builds the client.
   *
   * <pre>{@code
   * try (RunloopClient client = RunloopClient.builder().apiKey(key).build()) {
   *   System.out.println(client.benchmarkRun("bmr_123").state());
   * }
   * }</pre>
   *
   * @return a new client; close it when done
   * @throws MissingApiKeyException when no API key was set
   * @throws IllegalArgumentException for a cleartext base URL that is not allowed
   */
  public RunloopClient build() {
    if (apiKey == null) {
      throw new MissingApiKeyException();
    }
    Redactor redactor = new Redactor(apiKey, baseUrl);
    if (!baseUrl.isHttps() && !allowCleartext && !isLoopback(baseUrl.host())) {
      throw new IllegalArgumentException(
          "Refusing the cleartext base URL "
              + redactor.url(baseUrl)
              + ": the API key would cross the network unencrypted. Use https://, or"
              + " allowCleartext(true) on a network you trust.");
    }
    OkHttpClient network =
        (sharedHttpClient == null ? ownHttpClient(baseUrl) : sharedHttpClient.newBuilder())
            .connectTimeout(connectTimeout)
            .readTimeout(readTimeout)
            // The attempts' deadline: Transport sends each attempt as a call of its own.
            .callTimeout(requestTimeout)
            .build();
    Transport transport = new Transport(network, maxResponseBytes, slowResponse, redactor);
    OkHttpClient httpClient =
        network
            .newBuilder()
            // Each attempt has its deadline (Transport); one over all would cut retries short.
            .callTimeout(Duration.ZERO)
            .addInterceptor(new UserAgentInterceptor())
            .addInterceptor(new AuthorizationInterceptor(apiKey))
            // Before the retries, so that every attempt of a write carries the same key.
            .addInterceptor(new IdempotencyKeyInterceptor())
            .addInterceptor(
                new RetryInterceptor(
                    maxRetries,
                    sleeper,
                    new RetryDelay(clock, () -> ThreadLocalRandom.current().nextDouble()),
                    transport))
            .build();
    CallExecutor calls = new CallExecutor(redactor, transport);
    RunloopService service =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(httpClient)
            // Each service method is parsed on its first call, not all of them at build time: a
            // client that fetches one run pays for one method (RunloopServiceTest checks them all).
            .addConverterFactory(MoshiConverterFactory.create(RunloopJson.moshi()))
            .build()
            .create(RunloopService.class);
    return new RunloopClient(
        new RunloopClient.Wiring(
            baseUrl,
            httpClient,
            sharedHttpClient == null,
            transport,
            service,
            calls,
            new GenerationRouter(calls, apiGeneration),
            redactor),
        new RunloopClient.Paging(
            pageSize,
            ListingLimits.of(maxListingPages, maxListingItems),
            maxListingItemsPerScenario),
        sleeper,
        ticker);
  }

  /**
   * A client of its own, whose dispatcher runs the attempts (see {@link Transport}) on daemon
   * threads and lets as many run at once as OkHttp lets run in all: every request goes to one host,
   * and the client bounds its own concurrency (see {@link RunloopClient#outcome(String)}), where
   * OkHttp's default of five per host would queue them.
   *
   * <p>A client of a cleartext base URL never speaks TLS (a redirect to another origin, {@code
   * https} included, is refused), so it does not set TLS up: loading the JDK's trust store and
   * initializing an {@code SSLContext} is most of the first client's build in a JVM (about 0.3 to
   * 0.6 s on two cores), which an {@code http://} client on loopback, as in tests, need not pay.
   */
  private static OkHttpClient.Builder ownHttpClient(HttpUrl baseUrl) {
    Dispatcher dispatcher = new Dispatcher(DaemonThreads.pool("benchgate-http-"));
    dispatcher.setMaxRequestsPerHost(dispatcher.getMaxRequests());
    OkHttpClient.Builder builder = new OkHttpClient.Builder().dispatcher(dispatcher);
    return baseUrl.isHttps() ? builder : builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
  }

  /**
   * By the name {@code localhost} or a literal loopback address only: a name that DNS resolves
   * could point anywhere. The host is as {@link HttpUrl} canonicalized it, so {@code
   * [::ffff:127.0.0.1]} arrives as {@code 127.0.0.1} and {@code [0:0:0:0:0:0:0:1]} as {@code ::1};
   * both are loopback. Refused, as resolvers disagree on them or may ask DNS: {@code 127.0.0.300}
   * and other octets beyond 255 (not an address, so a name), shorthand and leading-zero forms such
   * as {@code 127.1} and {@code 127.000.0.1}, and the fully qualified {@code localhost.}.
   */
  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("::1") || IPV4_LOOPBACK.matcher(host).matches();
  }

  private static int atLeastOne(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
    }
    return value;
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive but was " + duration);
    }
    return duration;
  }
}
