package dev.benchgate.core.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Sends one attempt of a request, for {@link RetryInterceptor}, as an OkHttp call of its own that
 * runs on the dispatcher while the calling thread waits for it. That buys three things a retry loop
 * around {@link okhttp3.Interceptor.Chain#proceed} cannot have:
 *
 * <ul>
 *   <li>The caller can be interrupted at any time: waiting for the call gives way to an interrupt
 *       at once, and the call is then canceled. A socket read on the caller's own thread would
 *       ignore the interrupt until its read timeout, and OkHttp may throw the interrupt as an
 *       undeclared {@link InterruptedException}.
 *   <li>Each attempt has a deadline of its own: the call timeout of the attempts' client spans
 *       connecting, sending, waiting and reading the body, and a retry starts a fresh one.
 *   <li>The body arrives whole before the attempt ends, so a failure while it arrives is the
 *       attempt's failure, for the retry loop to see; the JSON reader later reads memory. Of an
 *       error body, only the start is read (see {@link ErrorBody}).
 * </ul>
 *
 * <p>Not API: this package may change in any release.
 */
public final class Transport {
  private final OkHttpClient attempts;
  private final Duration deadline;
  private final Set<Attempt> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates the transport.
   *
   * @param network the client whose connections, dispatcher and settings the attempts use; its call
   *     timeout is each attempt's deadline
   */
  public Transport(OkHttpClient network) {
    OkHttpClient.Builder builder = network.newBuilder();
    // The request has passed the application interceptors already, in the client whose retry
    // loop sends it here; network interceptors stay, as they watch each exchange.
    builder.interceptors().clear();
    builder.addInterceptor(Transport::handingOverErrors);
    this.attempts = builder.build();
    this.deadline = Duration.ofMillis(network.callTimeoutMillis());
  }

  /**
   * Sends one attempt and waits for its whole response.
   *
   * @param request the request, as the application interceptors left it
   * @return the response, its body in memory
   * @throws InterruptedIOException when the calling thread is interrupted while waiting; the
   *     attempt is canceled and the interrupt flag set again
   * @throws IOException when the attempt failed, or the transport is closed
   */
  public Response send(Request request) throws IOException {
    Attempt attempt = new Attempt(attempts.newCall(request));
    inFlight.add(attempt);
    try {
      // Checked after joining inFlight, so that close() either sees this attempt or is seen here.
      if (closed.get()) {
        throw new IOException("the client is closed");
      }
      attempt.call.enqueue(attempt);
      return attempt.response();
    } finally {
      inFlight.remove(attempt);
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

  /** One call, and the response or failure its callback hands to the waiting caller. */
  private final class Attempt implements Callback {
    private final Call call;
    private final CompletableFuture<Response> result = new CompletableFuture<>();
    private volatile boolean abandoned;

    Attempt(Call call) {
      this.call = call;
    }

    Response response() throws IOException {
      try {
        return result.get();
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

    void abandon() {
      abandoned = true;
      call.cancel();
    }

    @Override
    public void onFailure(Call call, IOException failure) {
      result.completeExceptionally(explained(failure, false));
    }

    @Override
    public void onResponse(Call call, Response response) {
      try (response) {
        Buffer content;
        if (response.isSuccessful()) {
          content = new Buffer();
          content.writeAll(response.body().source());
        } else {
          content = ErrorBody.start(response.body().source());
        }
        result.complete(
            response
                .newBuilder()
                .body(ResponseBody.create(content, response.body().contentType(), content.size()))
                .build());
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
}
