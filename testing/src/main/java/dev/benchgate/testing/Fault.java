package dev.benchgate.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * What {@link FakeRunloop} does to a request instead of, or before, answering it: the faults a
 * hostile or broken server, or the network between, inflicts on a client. Immutable; give it to
 * {@link FakeRunloop#inject(String, Fault)} (every request for a path: a storm) or {@link
 * FakeRunloop#injectNext(String, Fault...)} (the next requests, one fault each).
 *
 * <table>
 *   <caption>The faults</caption>
 *   <tr><th>kind</th><th>faults</th></tr>
 *   <tr><td>statuses</td><td>{@link #status(int)} with {@link #message(String)}, {@link
 *       #retryAfter(Duration)}, {@link #retryAfter(String)}, {@link #header(String, String)};
 *       {@link #redirect(int, String)}; {@link #echoKey()}</td></tr>
 *   <tr><td>connections</td><td>{@link #reset()}, {@link #resetMidBody()}, {@link #truncate()},
 *       {@link #stall()}, {@link #stallMidBody()}, {@link #trickle(int, Duration)}, {@link
 *       #delay(Duration)}, {@link #holdUntil(BooleanSupplier)}</td></tr>
 *   <tr><td>sizes</td><td>{@link #hugeBody(long)}, {@link #hugeChunkedBody(long)}, {@link
 *       #gzipBomb(long)}</td></tr>
 *   <tr><td>listings</td><td>{@link #endlessPages()}, {@link #cyclingPages()}, {@link
 *       #duplicateItems()}</td></tr>
 *   <tr><td>content</td><td>{@link #hostileNames()}, {@link #rewrite(UnaryOperator)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * runloop.injectNext("/v1/benchmark_runs/bmr_1",
 *     Fault.status(503).retryAfter(Duration.ofSeconds(2)),   // first request
 *     Fault.reset());                                        // second; the third is answered
 * runloop.inject("/v1/benchmark_runs/bmr_1/scenario_runs", Fault.endlessPages());
 * runloop.inject("/v1/benchmarks/bmd_1", Fault.gzipBomb(1L << 30));
 * }</pre>
 */
public final class Fault {
  /**
   * A name no terminal, report or file system should take as it is: ANSI escapes that clear the
   * screen and change colours, a bell, a line break, HTML that runs a script, a Markdown table
   * cell's end, a path out of any directory, and a right-to-left override. {@link #hostileNames()}
   * serves it.
   */
  public static final String HOSTILE_TEXT =
      "\u001b[2J\u001b[31mred\u0007 <script>alert(1)</script> | ../../etc/passwd\n"
          + "\u202eevil\u202c";

  /** What answers the request, once the fault's wait, if any, is over. */
  enum Action {
    /** The request is answered as if there were no fault, then delivered as {@link Delivery}. */
    ANSWER,
    /** An error status with the API's JSON error body. */
    STATUS,
    /** A redirect to a location. */
    REDIRECT,
    /** A {@code 401} that echoes the bearer key the request carried. */
    ECHO_KEY,
    /** No answer until the server closes. */
    STALL,
    /** The connection is closed before any answer. */
    RESET
  }

  /** How an answer's body goes over the wire. */
  enum Delivery {
    /** Whole, with its length. */
    WHOLE,
    /** With the whole length announced, and the connection closed halfway through. */
    TRUNCATE,
    /** Chunked, and the connection closed halfway through without the last chunk. */
    RESET_MID_BODY,
    /** With the whole length announced, half sent, and no more until the server closes. */
    STALL_MID_BODY,
    /** A few bytes at a time, with a wait between. */
    TRICKLE,
    /** Preceded by whitespace up to a size, with its length. */
    HUGE,
    /** Preceded by whitespace up to a size, chunked. */
    HUGE_CHUNKED,
    /** Preceded by whitespace up to a size once decompressed, gzip-compressed and chunked. */
    GZIP_BOMB
  }

  /** How the usual answer's JSON is changed before it is delivered. */
  enum Rewrite {
    NONE,
    ENDLESS_PAGES,
    CYCLING_PAGES,
    DUPLICATE_ITEMS,
    HOSTILE_NAMES,
    CUSTOM
  }

  /** Everything a fault says; a copy is changed, never a fault's own. */
  static final class Spec {
    Action action;
    int status;
    String message;
    Map<String, String> headers = new LinkedHashMap<>();
    Duration delay = Duration.ZERO;
    BooleanSupplier holdUntil;
    Delivery delivery = Delivery.WHOLE;
    long size;
    int trickleBytes;
    Duration trickleEvery;
    Rewrite rewrite = Rewrite.NONE;
    UnaryOperator<String> customRewrite;

    Spec(Action action) {
      this.action = action;
    }

    Spec copy() {
      Spec copy = new Spec(action);
      copy.status = status;
      copy.message = message;
      copy.headers = new LinkedHashMap<>(headers);
      copy.delay = delay;
      copy.holdUntil = holdUntil;
      copy.delivery = delivery;
      copy.size = size;
      copy.trickleBytes = trickleBytes;
      copy.trickleEvery = trickleEvery;
      copy.rewrite = rewrite;
      copy.customRewrite = customRewrite;
      return copy;
    }
  }

  private final Spec spec;

  private Fault(Spec spec) {
    this.spec = spec;
  }

  private static Fault answer(Delivery delivery, Rewrite rewrite) {
    Spec spec = new Spec(Action.ANSWER);
    spec.delivery = delivery;
    spec.rewrite = rewrite;
    return new Fault(spec);
  }

  private Fault with(java.util.function.Consumer<Spec> change) {
    Spec copy = spec.copy();
    change.accept(copy);
    return new Fault(copy);
  }

  /**
   * Answers with an error status and the API's error body, {@code {"message": "injected fault"}}.
   *
   * <pre>{@code
   * runloop.inject("/v1/benchmarks/bmd_1", Fault.status(500));
   * }</pre>
   *
   * @param status an HTTP status from 400 to 599
   * @return the fault
   * @throws IllegalArgumentException for a status that is not an error
   */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("A fault's status is an error, 400 to 599, not " + status);
    }
    Spec spec = new Spec(Action.STATUS);
    spec.status = status;
    spec.message = "injected fault";
    return new Fault(spec);
  }

  /**
   * Answers with a redirect: the status and a {@code Location} header, resolved against the
   * request's URL by the client. Point it at another {@link FakeRunloop} (another port: another
   * origin) to see that a client does not follow it, or at a path of this one.
   *
   * <pre>{@code
   * runloop.inject("/v1/benchmark_runs/bmr_1",
   *     Fault.redirect(302, elsewhere.baseUrl() + "v1/benchmark_runs/bmr_1"));
   * runloop.injectNext("/v1/benchmark_runs/bmr_old", Fault.redirect(301, "/v1/benchmark_runs/bmr_1"));
   * }</pre>
   *
   * @param status 301, 302, 303, 307 or 308
   * @param location an absolute URL, or a path
   * @return the fault
   * @throws IllegalArgumentException for a status that is no redirect
   */
  public static Fault redirect(int status, String location) {
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
      throw new IllegalArgumentException(
          "A redirect's status is 301, 302, 303, 307 or 308, not " + status);
    }
    Spec spec = new Spec(Action.REDIRECT);
    spec.status = status;
    spec.headers.put("Location", Objects.requireNonNull(location, "location"));
    return new Fault(spec);
  }

  /**
   * Answers {@code 401} and echoes the bearer key the request carried, as a careless server or
   * proxy might: in the {@code x-request-id} header, and in the error body's {@code message}, in
   * {@code error.message} and {@code detail} with its first letter as a JSON escape (<code>
   * &#92;u0073k-…</code>), where only a client that decodes JSON before it redacts finds it. A
   * client's messages, logs and reports must show none of it.
   *
   * <pre>{@code
   * runloop.inject("/v1/benchmark_runs/bmr_1", Fault.echoKey());
   * }</pre>
   *
   * @return the fault
   */
  public static Fault echoKey() {
    Spec spec = new Spec(Action.ECHO_KEY);
    spec.status = 401;
    return new Fault(spec);
  }

  /**
   * Answers as usual, but only after a delay: to overlap concurrent requests, or to pass a client's
   * read timeout.
   *
   * @param delay how long to wait before answering
   * @return the fault
   */
  public static Fault delay(Duration delay) {
    return answer(Delivery.WHOLE, Rewrite.NONE).afterDelay(delay);
  }

  /**
   * Answers as usual, but only once a condition holds (checked every few milliseconds): to hold a
   * request until another one has arrived. A condition that does not hold within a minute fails the
   * request with {@code 500}, so that a request the client should have sent meanwhile but did not
   * shows as a failure, not as a slow test.
   *
   * <pre>{@code
   * runloop.injectNext(scenarioRuns, Fault.holdUntil(() -> runloop.requestCount(benchmark) > 0));
   * }</pre>
   *
   * @param condition when to answer
   * @return the fault
   */
  public static Fault holdUntil(BooleanSupplier condition) {
    return answer(Delivery.WHOLE, Rewrite.NONE).afterHoldingUntil(condition);
  }

  /**
   * Never answers: the request hangs until the client gives up or the fake closes.
   *
   * @return the fault
   */
  public static Fault stall() {
    return new Fault(new Spec(Action.STALL));
  }

  /**
   * Sends the usual status and headers, with the length of the whole body, and half the body; then
   * nothing more until the client gives up or the fake closes: a read timeout does not help a
   * client that reads on, only a bound on the whole request does.
   *
   * @return the fault
   */
  public static Fault stallMidBody() {
    return answer(Delivery.STALL_MID_BODY, Rewrite.NONE);
  }

  /**
   * Closes the connection without answering.
   *
   * @return the fault
   */
  public static Fault reset() {
    return new Fault(new Spec(Action.RESET));
  }

  /**
   * Sends the usual status and a chunked body, and closes the connection halfway through it,
   * without the last chunk: the connection breaks while the body arrives.
   *
   * @return the fault
   */
  public static Fault resetMidBody() {
    return answer(Delivery.RESET_MID_BODY, Rewrite.NONE);
  }

  /**
   * Sends the usual status and headers, with the length of the whole body, and closes the
   * connection halfway through the body.
   *
   * @return the fault
   */
  public static Fault truncate() {
    return answer(Delivery.TRUNCATE, Rewrite.NONE);
  }

  /**
   * Sends the usual answer a few bytes at a time, waiting between: each read arrives in time, and
   * the whole takes as long as the body's length says.
   *
   * <pre>{@code
   * runloop.inject("/v1/benchmark_runs/bmr_1", Fault.trickle(1, Duration.ofMillis(100)));
   * }</pre>
   *
   * @param bytes how many bytes to send at a time, at least 1
   * @param every how long to wait after each
   * @return the fault
   */
  public static Fault trickle(int bytes, Duration every) {
    if (bytes < 1) {
      throw new IllegalArgumentException("bytes must be at least 1 but was " + bytes);
    }
    requireNotNegative(every, "every");
    Fault fault = answer(Delivery.TRICKLE, Rewrite.NONE);
    fault.spec.trickleBytes = bytes;
    fault.spec.trickleEvery = every;
    return fault;
  }

  /**
   * Sends the usual answer preceded by whitespace (which JSON allows), so that the body is {@code
   * bytes} long, with a {@code Content-Length} that says so. Streamed: the fake holds none of it.
   *
   * <pre>{@code
   * runloop.inject("/v1/benchmark_runs/bmr_1", Fault.hugeBody(500_000_000));
   * }</pre>
   *
   * @param bytes the body's length; at least the usual answer's
   * @return the fault
   */
  public static Fault hugeBody(long bytes) {
    return sized(Delivery.HUGE, bytes);
  }

  /**
   * Sends the usual answer preceded by whitespace up to {@code bytes}, chunked: no length says in
   * advance how large it is.
   *
   * @param bytes the body's length; at least the usual answer's
   * @return the fault
   */
  public static Fault hugeChunkedBody(long bytes) {
    return sized(Delivery.HUGE_CHUNKED, bytes);
  }

  /**
   * Sends the usual answer preceded by whitespace up to {@code decodedBytes}, gzip-compressed
   * ({@code Content-Encoding: gzip}, chunked): about a thousandth of that on the wire, a gigabyte
   * in a megabyte. A client that decompresses without counting runs out of memory.
   *
   * <pre>{@code
   * runloop.inject("/v1/benchmarks/bmd_1", Fault.gzipBomb(1L << 30));   // 1 GiB
   * }</pre>
   *
   * @param decodedBytes the body's length once decompressed; at least the usual answer's
   * @return the fault
   */
  public static Fault gzipBomb(long decodedBytes) {
    return sized(Delivery.GZIP_BOMB, decodedBytes);
  }

  private static Fault sized(Delivery delivery, long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("bytes must be positive but was " + bytes);
    }
    Fault fault = answer(delivery, Rewrite.NONE);
    fault.spec.size = bytes;
    return fault;
  }

  /**
   * On a list endpoint, answers every page with as many items as the request's {@code limit} asks
   * for, fresh ids each time (copies of the listing's first items, their ids suffixed), and {@code
   * has_more: true}: a listing that never ends. A client must stop at a bound of its own.
   *
   * @return the fault
   */
  public static Fault endlessPages() {
    return answer(Delivery.WHOLE, Rewrite.ENDLESS_PAGES);
  }

  /**
   * On a list endpoint, pages as usual but says {@code has_more: true} on the last page, and
   * answers the page after its last item with the first page again: a cursor that cycles. A listing
   * of one page repeats it at once: a cursor that does not advance.
   *
   * @return the fault
   */
  public static Fault cyclingPages() {
    return answer(Delivery.WHOLE, Rewrite.CYCLING_PAGES);
  }

  /**
   * On a list endpoint, repeats the first item of every page at the page's end: one id twice.
   *
   * @return the fault
   */
  public static Fault duplicateItems() {
    return answer(Delivery.WHOLE, Rewrite.DUPLICATE_ITEMS);
  }

  /**
   * Answers as usual, with every {@code name} and {@code …_name} field set to {@link
   * #HOSTILE_TEXT}: for seeing that what prints names escapes them.
   *
   * @return the fault
   */
  public static Fault hostileNames() {
    return answer(Delivery.WHOLE, Rewrite.HOSTILE_NAMES);
  }

  /**
   * Answers with the usual answer's JSON text, rewritten: to serve what no model builder makes,
   * such as a run whose {@code id} is not the one asked for, a field of the wrong type, or a key
   * the server echoes.
   *
   * <pre>{@code
   * runloop.inject("/v1/benchmark_runs/bmr_1",
   *     Fault.rewrite(json -> json.replace("\"id\":\"bmr_1\"", "\"id\":\"../../etc/x\"")));
   * }</pre>
   *
   * @param json turns the usual answer's JSON into what is sent
   * @return the fault
   */
  public static Fault rewrite(UnaryOperator<String> json) {
    Fault fault = answer(Delivery.WHOLE, Rewrite.CUSTOM);
    fault.spec.customRewrite = Objects.requireNonNull(json, "json");
    return fault;
  }

  /**
   * Sets the message of an error status's body.
   *
   * <pre>{@code
   * Fault.status(503).message("overloaded");   // {"message": "overloaded"}
   * }</pre>
   *
   * @param message the API's {@code message}
   * @return a copy with that message
   * @throws IllegalStateException when this fault is no error status
   */
  public Fault message(String message) {
    requireStatus("message");
    Objects.requireNonNull(message, "message");
    return with(copy -> copy.message = message);
  }

  /**
   * Adds a {@code Retry-After} header, in whole seconds, to an error status.
   *
   * <pre>{@code
   * Fault.status(429).retryAfter(Duration.ofSeconds(7));   // Retry-After: 7
   * }</pre>
   *
   * @param retryAfter the wait the server asks for
   * @return a copy with that header
   * @throws IllegalStateException when this fault is no error status
   */
  public Fault retryAfter(Duration retryAfter) {
    requireNotNegative(retryAfter, "retryAfter");
    return retryAfter(Long.toString(retryAfter.toSeconds()));
  }

  /**
   * Adds a {@code Retry-After} header, as it is written, to an error status: seconds ({@code "0"}),
   * an HTTP date ({@code "Tue, 01 Sep 2026 12:00:05 GMT"}, see {@link #httpDate(Instant)}) or
   * anything a broken server sends ({@code "soon"}).
   *
   * <pre>{@code
   * Fault.status(503).retryAfter("0");   // which OkHttp, left alone, repeats on its own
   * }</pre>
   *
   * @param value the header's value
   * @return a copy with that header
   * @throws IllegalStateException when this fault is no error status
   */
  public Fault retryAfter(String value) {
    requireStatus("retryAfter");
    return header("Retry-After", value);
  }

  /**
   * Adds a header to whatever this fault answers with (not to a stall or a reset), e.g. {@code
   * retry-after-ms}, {@code x-should-retry} or {@code x-request-id}.
   *
   * <pre>{@code
   * Fault.status(503).header("x-should-retry", "false");
   * }</pre>
   *
   * @param name the header's name
   * @param value its value
   * @return a copy with that header
   * @throws IllegalStateException when this fault sends no answer
   */
  public Fault header(String name, String value) {
    if (spec.action == Action.STALL || spec.action == Action.RESET) {
      throw new IllegalStateException("header(…) applies to faults that answer, not to " + this);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return with(copy -> copy.headers.put(name, value));
  }

  /**
   * Writes an instant as an HTTP date, for {@link #retryAfter(String)}.
   *
   * @param instant the instant
   * @return e.g. {@code Tue, 1 Sep 2026 12:00:05 GMT}
   */
  public static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  /**
   * Waits before doing what this fault does.
   *
   * <pre>{@code
   * Fault.status(503).afterDelay(Duration.ofMillis(100));
   * }</pre>
   *
   * @param delay how long to wait first
   * @return a copy that waits first
   */
  public Fault afterDelay(Duration delay) {
    requireNotNegative(delay, "delay");
    return with(copy -> copy.delay = delay);
  }

  /**
   * Waits until a condition holds (checked every few milliseconds) before doing what this fault
   * does; as with {@link #holdUntil(BooleanSupplier)}, a minute without it fails the request with
   * {@code 500}.
   *
   * <pre>{@code
   * Fault.status(503).afterHoldingUntil(() -> runloop.requestCount(otherPath) > 0);
   * }</pre>
   *
   * @param condition when to go on
   * @return a copy that waits for the condition first
   */
  public Fault afterHoldingUntil(BooleanSupplier condition) {
    Objects.requireNonNull(condition, "condition");
    return with(copy -> copy.holdUntil = condition);
  }

  /** What the fault says, for {@link FaultyExchange}; never to be changed. */
  Spec spec() {
    return spec;
  }

  private void requireStatus(String setting) {
    if (spec.action != Action.STATUS) {
      throw new IllegalStateException(setting + "(…) applies to Fault.status(…) only");
    }
  }

  private static void requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative but was " + duration);
    }
  }

  /**
   * Describes the fault.
   *
   * @return e.g. {@code Fault{status 503, Retry-After 2}}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Fault{");
    switch (spec.action) {
      case STATUS, REDIRECT ->
          text.append(spec.action.name().toLowerCase(Locale.ROOT)).append(' ').append(spec.status);
      case ECHO_KEY -> text.append("echo key");
      case STALL, RESET -> text.append(spec.action.name().toLowerCase(Locale.ROOT));
      case ANSWER -> text.append("answer");
    }
    if (spec.delivery != Delivery.WHOLE) {
      text.append(", ").append(spec.delivery.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      if (spec.size > 0) {
        text.append(' ').append(spec.size).append(" bytes");
      }
      if (spec.delivery == Delivery.TRICKLE) {
        text.append(' ')
            .append(spec.trickleBytes)
            .append(" bytes every ")
            .append(spec.trickleEvery);
      }
    }
    if (spec.rewrite != Rewrite.NONE) {
      text.append(", ").append(spec.rewrite.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    spec.headers.forEach((name, value) -> text.append(", ").append(name).append(' ').append(value));
    if (!spec.delay.isZero()) {
      text.append(", after ").append(spec.delay);
    }
    if (spec.holdUntil != null) {
      text.append(", held until a condition holds");
    }
    return text.append('}').toString();
  }
}
