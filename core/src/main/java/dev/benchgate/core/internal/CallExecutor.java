package dev.benchgate.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import dev.benchgate.core.error.MalformedResponseException;
import dev.benchgate.core.error.RunloopConnectionException;
import dev.benchgate.core.error.RunloopException;
import dev.benchgate.core.error.RunloopInterruptedException;
import dev.benchgate.core.error.RunloopTimeoutException;
import java.io.EOFException;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Executes a Retrofit call and returns its body, or throws the unchecked exception that says what
 * went wrong: an error status ({@link ApiErrors}), JSON the client cannot read, an I/O failure, a
 * library of the wrong version on the classpath ({@link LinkageErrors}), or an interruption of the
 * calling thread (whose interrupt flag is then set again). Messages name the request ({@code GET
 * /v1/benchmark_runs/bmr_1}) and never hold the API key. Retries have already happened by then, in
 * {@link RetryInterceptor}.
 *
 * <p>Not API: this package may change in any release.
 */
public final class CallExecutor {
  private static final String CLOSED = "client is closed";

  private final ApiKey apiKey;
  private final Transport transport;

  /**
   * Creates the executor.
   *
   * @param apiKey the key to redact from anything the server sent back
   * @param transport what sends the calls' attempts; once it is closed, calls are refused
   */
  public CallExecutor(ApiKey apiKey, Transport transport) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /**
   * Executes a call on the calling thread.
   *
   * @param call the call, not yet executed
   * @param <T> the body type
   * @return the body of the successful response
   * @throws dev.benchgate.core.error.RunloopApiException for an error status
   * @throws MalformedResponseException for a body that is not the expected JSON
   * @throws RunloopConnectionException when the server could not be reached
   * @throws dev.benchgate.core.error.IncompatibleDependencyException when sending raised a {@link
   *     LinkageError}: a library on the classpath is not the version Benchgate needs
   * @throws RunloopInterruptedException when the calling thread was interrupted
   * @throws IllegalStateException when the client is closed, or was closed while the call ran
   */
  public <T> T execute(Call<T> call) {
    if (transport.isClosed()) {
      throw new IllegalStateException(CLOSED);
    }
    Request request = call.request();
    String label = request.method() + " " + request.url().encodedPath();
    Response<T> response;
    try {
      response = call.execute();
    } catch (JsonDataException | JsonEncodingException | EOFException unreadable) {
      // The body arrived whole (Transport reads it before the JSON reader sees it, and reports an
      // early end of the connection as a BrokenResponseException), so an EOFException here is the
      // JSON reader's: the document itself ends too early.
      throw new MalformedResponseException(
          label
              + " returned JSON this client cannot read: "
              + apiKey.redact(unreadable.getMessage()),
          unreadable);
    } catch (ErrorInAttemptException raised) {
      throw raisedWhileSending(label, raised.error());
    } catch (IOException failure) {
      throw ioFailure(label, request, failure);
    } catch (LinkageError linkage) { // raised on this thread, e.g. while the request was prepared
      throw LinkageErrors.explain(label, linkage);
    } catch (RuntimeException unchecked) {
      throw unchecked;
    } catch (Exception undeclared) {
      throw undeclaredFailure(label, undeclared);
    }
    if (!response.isSuccessful()) {
      throw ApiErrors.of(label, response, apiKey);
    }
    T body = response.body();
    if (body == null) {
      throw new MalformedResponseException(
          label + " returned " + response.code() + " without a body");
    }
    return body;
  }

  /**
   * A linkage error is a setup error of the build, explained by {@link LinkageErrors}; any other
   * error is raised again as it is, now on the caller's thread.
   */
  private static RuntimeException raisedWhileSending(String label, Error error) {
    if (error instanceof LinkageError linkage) {
      return LinkageErrors.explain(label, linkage);
    }
    throw error;
  }

  private RuntimeException ioFailure(String label, Request request, IOException failure) {
    if (transport.isClosed()) {
      return new IllegalStateException(CLOSED, failure);
    }
    if (IoFailures.isInterruption(failure)) {
      return interrupted(label, failure);
    }
    String server =
        request.url().scheme() + "://" + request.url().host() + ":" + request.url().port();
    String cause = apiKey.redact(String.valueOf(failure.getMessage()));
    if (IoFailures.isTimeout(failure)) {
      return new RunloopTimeoutException(
          label + " timed out talking to " + server + ": " + cause, failure);
    }
    return new RunloopConnectionException(
        label + " failed: cannot talk to " + server + ": " + cause, failure);
  }

  /**
   * Kotlin code, OkHttp's and interceptors' alike, may throw checked exceptions it does not
   * declare: above all {@link InterruptedException}, which has cleared the interrupt flag on its
   * way.
   */
  private RunloopException undeclaredFailure(String label, Exception undeclared) {
    if (undeclared instanceof InterruptedException) {
      return interrupted(label, undeclared);
    }
    return new RunloopException(
        label + " failed: " + apiKey.redact(String.valueOf(undeclared)), undeclared);
  }

  private static RunloopInterruptedException interrupted(String label, Exception cause) {
    Thread.currentThread().interrupt();
    return new RunloopInterruptedException(label + " was interrupted", cause);
  }
}
