package dev.benchgate.core.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Sends one attempt of a request, for {@link RetryInterceptor}, as an OkHttp call of its own that
 * runs on the dispatcher while the calling thread waits for it. That buys what a retry loop around
 * {@link okhttp3.Interceptor.Chain#proceed} cannot have:
 *
 * <ul>
 *   <li>The caller can be interrupted at any time: waiting for the call gives way to an interrupt
 *       at once, and the call is then canceled. A socket read on the caller's own thread would
 *       ignore the interrupt until its read timeout, and OkHttp may throw the interrupt as an
 *       undeclared {@link InterruptedException}.
 *   <li>Each attempt has a deadline of its own: the call timeout of the attempts' client spans
 *       connecting, sending, waiting and reading the body, and a retry starts a fresh one. A caller
 *       still waiting after a while ({@link #DEFAULT_SLOW_RESPONSE} by default) logs one line that
 *       names the request, how long it waited and what bounds the wait.
 *   <li>The body arrives whole before the attempt ends, so a failure while it arrives is the
 *       attempt's failure, for the retry loop to see; the JSON reader later reads memory. The body
 *       is counted as it arrives, decompressed, and reading stops at the limit (a gzip bomb stops
 *       early); of an error body, only the start is read (see {@link ErrorBody}).
 *   <li>An attempt is one request: OkHttp's own follow-ups (redirects, authentication, its repeat
 *       of a {@code 503} with {@code Retry-After: 0} or of a {@code 408}, a broken connection) are
 *       turned off or refused (see {@link OneExchange}).
 * </ul>
 *
 * <p>Not API: this package may change in any release.
 */
public final class Transport {
  /** How long a caller waits for an attempt before it logs that it still waits. */
  public static final Duration DEFAULT_SLOW_RESPONSE = Duration.ofSeconds(10);

  /** The logger of the client's few log lines; a {@link System.Logger}, so any backend serves. */
  static final String LOGGER = "dev.benchgate.core.RunloopClient";

  /** How much of a body is read at a time, and so how far past the limit reading may go. */
  private static final long READ_BYTES = 8192;

  private final OkHttpClient attempts;
  private final Duration deadline;
  private final long maxBodyBytes;
  private final Duration slowResponse;
  private final Redactor redactor;
  private final Set<Attempt> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates the transport.
   *
   * @param network the client whose connections, dispatcher and settings the attempts use; its call
   *     timeout is each attempt's deadline
   * @param maxBodyBytes the most bytes of a successful response's body read, decompressed
   * @param slowResponse how long a caller waits before it logs that it still waits
   * @param redactor names the requests in log lines
   */
  public Transport(
      OkHttpClient network, long maxBodyBytes, Duration slowResponse, Redactor redactor) {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive but was " + maxBodyBytes);
    }
    OkHttpClient.Builder builder =
        network
            .newBuilder()
            // One request per attempt: the retry loop is RetryInterceptor's alone, and it follows
            // redirects itself, within the API's origin only.
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .followSslRedirects(false)
            // The API key is the only credential sent; an authenticator would answer a 401 anew.
            .authenticator(Authenticator.NONE);
    // The request has passed the application interceptors already, in the client whose retry
    // loop sends it here; network interceptors stay, as they watch each exchange.
    builder.interceptors().clear();
    builder.addInterceptor(Transport::handingOverErrors);
    builder.networkInterceptors().add(0, new OneExchange());
    this.attempts = builder.build();
    this.deadline = Duration.ofMillis(network.callTimeoutMillis());
    this.maxBodyBytes = maxBodyBytes;
    this.slowResponse = Objects.requireNonNull(slowResponse, "slowResponse");
    this.redactor = Objects.requireNonNull(redactor, "redactor");
  }

  /**
   * Sends one attempt and waits for its whole response.
   *
   * @param request the request, as the application interceptors left it
   * @param attempt which attempt of the call this is, from 1
   * @param attempts how many attempts the call may make in all
   * @return the response, its body in memory
   * @throws InterruptedIOException when the calling thread is interrupted while waiting; the
   *     attempt is canceled and the interrupt flag set again
   * @throws IOException when the attempt failed, or the transport is closed
   */
  public Response send(Request request, int attempt, int attempts) throws IOException {
    Attempt sending =
        new Attempt(this.attempts.newCall(OneExchange.tagged(request)), attempt, attempts);
    inFlight.add(sending);
    try {
      // Checked after joining inFlight, so that close() either sees this attempt or is seen here.
      if (closed.get()) {
        throw new IOException("the client is closed");
      }
      sending.call.enqueue(sending);
      return sending.response();
    } finally {
      inFlight.remove(sending);
    }
  }

  /**
   * Tells whether {@link #close()} was called.
   *
   * @return {@code true} once closed
   */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Cancels the attempts in flight and refuses new ones. Their callers get an {@link IOException}.
   *
   * @return {@code true} the first time, {@code false} when it was closed already
   */
  public boolean close() {
    if (!closed.compareAndSet(false, true)) {
      return false;
    }
    inFlight.forEach(Attempt::abandon);
    return true;
  }

  /**
   * Hands an {@link Error} raised while the attempt runs on the dispatcher to the waiting caller,
   * as an I/O failure that is never retried. Thrown on as it is, OkHttp would report the call as
   * canceled ("canceled due to java.lang.NoSuchMethodError…", which reads as a network failure) and
   * raise the error again on its dispatcher thread, which prints it as an uncaught stack trace.
   */
  private static Response handingOverErrors(Interceptor.Chain chain) throws IOException {
    try {
      return chain.proceed(chain.request());
    } catch (Error error) {
      throw new ErrorInAttemptException(error);
    }
  }

  /**
   * Reads a successful response's body whole, counting it decompressed: a {@code Content-Length}
   * beyond the limit fails before anything is read, and a body that grows past it while arriving
   * (chunked, or decompressing) stops there.
   */
  private Buffer whole(ResponseBody body) throws IOException {
    long announced = body.contentLength();
    if (announced > maxBodyBytes) {
      throw new ResponseTooLargeException(maxBodyBytes, announced);
    }
    Buffer content = new Buffer();
    BufferedSource source = body.source();
    while (source.read(content, READ_BYTES) != -1) {
      if (content.size() > maxBodyBytes) {
        throw new ResponseTooLargeException(maxBodyBytes, -1);
      }
    }
    return content;
  }

  /** One call, and the response or failure its callback hands to the waiting caller. */
  private final class Attempt implements Callback {
    private final Call call;
    private final int attempt;
    private final int attempts;
    private final CompletableFuture<Response> result = new CompletableFuture<>();
    private volatile boolean abandoned;

    Attempt(Call call, int attempt, int attempts) {
      this.call = call;
      this.attempt = attempt;
      this.attempts = attempts;
    }

    Response response() throws IOException {
      try {
        try {
          return result.get(slowResponse.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException stillWaiting) {
          logStillWaiting();
          return result.get();
        }
      } catch (InterruptedException interrupt) {
        abandon();
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted =
            new InterruptedIOException("interrupted while waiting for the response");
        interrupted.initCause(interrupt);
        throw interrupted;
      } catch (ExecutionException failed) {
        Throwable cause = failed.getCause();
        if (cause instanceof IOException failure) {
          throw failure;
        }
        if (cause instanceof RuntimeException unexpected) {
          throw unexpected;
        }
        throw (Error) cause;
      }
    }

    /** GET /v1/benchmark_runs/bmr_1: no complete response after 10 s; still waiting … */
    private void logStillWaiting() {
      Log.LOG.log(
          System.Logger.Level.WARNING,
          () ->
              String.format(
                  Locale.ROOT,
                  "%s: no complete response after %s; still waiting, up to %s for this attempt"
                      + " (requestTimeout), attempt %d of %d (maxRetries %d)",
                  redactor.label(call.request()),
                  seconds(slowResponse),
                  seconds(deadline),
                  attempt,
                  attempts,
                  attempts - 1));
    }

    void abandon() {
      abandoned = true;
      call.cancel();
    }

    @Override
    public void onFailure(Call call, IOException failure) {
      if (failure instanceof OneExchange.FollowUpRefusedException refused) {
        result.complete(refused.firstAnswer(call.request()));
        return;
      }
      result.completeExceptionally(explained(failure, false));
    }

    @Override
    public void onResponse(Call call, Response response) {
      try (response) {
        Buffer content =
            response.isSuccessful()
                ? whole(response.body())
                : ErrorBody.start(response.body().source());
        result.complete(
            response
                .newBuilder()
                .body(ResponseBody.create(content, response.body().contentType(), content.size()))
                .build());
      } catch (ResponseTooLargeException tooLarge) {
        result.completeExceptionally(tooLarge);
      } catch (IOException failure) {
        result.completeExceptionally(explained(failure, true));
      } catch (Error error) {
        // As in handingOverErrors: the caller learns of it, and the dispatcher thread stays quiet.
        result.completeExceptionally(new ErrorInAttemptException(error));
      } catch (RuntimeException unexpected) {
        // OkHttp reports nothing to the callback that threw: the waiting caller must learn of it.
        result.completeExceptionally(unexpected);
        throw unexpected;
      }
    }

    /**
     * Names what the failure means. Only the call timeout cancels a call that nobody abandoned, and
     * OkHttp then reports an {@link InterruptedIOException}.
     */
    private IOException explained(IOException failure, boolean whileBodyArrived) {
      if (call.isCanceled() && !abandoned && failure instanceof InterruptedIOException) {
        return new AttemptTimeoutException(deadline, failure);
      }
      return whileBodyArrived ? new BrokenResponseException(failure) : failure;
    }
  }

  /** 10 s, 1.5 s, 250 ms. */
  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return millis % 1000 == 0
        ? millis / 1000 + " s"
        : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /** The logger, looked up on its first line: finding a logging backend costs a first call. */
  private static final class Log {
    static final System.Logger LOG = System.getLogger(LOGGER);
  }
}
