package dev.benchgate.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import dev.benchgate.core.error.LimitExceededException;
import dev.benchgate.core.error.MalformedResponseException;
import dev.benchgate.core.error.RunloopConnectionException;
import dev.benchgate.core.error.RunloopException;
import dev.benchgate.core.error.RunloopInterruptedException;
import dev.benchgate.core.error.RunloopTimeoutException;
import dev.benchgate.core.text.UntrustedText;
import java.io.EOFException;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Executes a Retrofit call and returns its body, or throws the unchecked exception that says what
 * went wrong: an error status ({@link ApiErrors}), JSON the client cannot read, a body past the
 * client's size limit, an I/O failure, a library of the wrong version on the classpath ({@link
 * LinkageErrors}), or an interruption of the calling thread (whose interrupt flag is then set
 * again). Messages name the request ({@code GET /v1/benchmark_runs/bmr_1}) and never hold the API
 * key, and neither do the causes they carry (see {@link Redactor#cause(Throwable)}). Retries have
 * already happened by then, in {@link RetryInterceptor}.
 *
 * <p>Not API: this package may change in any release.
 */
public final class CallExecutor {
  private static final String CLOSED = "client is closed";

  private final Redactor redactor;
  private final Transport transport;

  /**
   * Creates the executor.
   *
   * @param redactor keeps the API key out of what is thrown
   * @param transport what sends the calls' attempts; once it is closed, calls are refused
   */
  public CallExecutor(Redactor redactor, Transport transport) {
    this.redactor = Objects.requireNonNull(redactor, "redactor");
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /**
   * Executes a fetch of one resource by id, and checks that the server answered with the resource
   * that was asked for: what callers do next (judge it, record it under its id, report it) must
   * concern the resource they named, whatever a proxy or a misconfigured base URL sent back.
   *
   * @param call the call, not yet executed
   * @param what what the resource is called in messages, e.g. {@code "benchmark run"}
   * @param askedFor the id asked for
   * @param idOf the id of an answer
   * @param <T> the body type
   * @return the body of the successful response, which carries {@code askedFor}
   * @throws MalformedResponseException when the answer carries another id, named in the message
   * @see #execute(Call) for the other exceptions
   */
  public <T> T fetch(Call<T> call, String what, String askedFor, Function<T, String> idOf) {
    return requireAskedFor(call, execute(call), what, askedFor, idOf);
  }

  /**
   * Checks that an executed call answered with the resource that was asked for, as {@link #fetch}
   * does: for a caller that decides apart which call it sends.
   *
   * @param call the call that was executed
   * @param body its answer
   * @param what what the resource is called in messages, e.g. {@code "benchmark run"}
   * @param askedFor the id asked for
   * @param idOf the id of an answer
   * @param <T> the body type
   * @return the body, which carries {@code askedFor}
   * @throws MalformedResponseException when the answer carries another id, named in the message
   */
  public <T> T requireAskedFor(
      Call<T> call, T body, String what, String askedFor, Function<T, String> idOf) {
    String answered = idOf.apply(body);
    if (!askedFor.equals(answered)) {
      throw new MalformedResponseException(
          redactor.label(call.request())
              + " answered with "
              + what
              + " '"
              + UntrustedText.printable(answered)
              + "', not the one asked for: check the base URL, and any proxy between this client"
              + " and Runloop.");
    }
    return body;
  }

  /**
   * Executes a call on the calling thread.
   *
   * @param call the call, not yet executed
   * @param <T> the body type
   * @return the body of the successful response
   * @throws dev.benchgate.core.error.RunloopApiException for an error status
   * @throws MalformedResponseException for a body that is not the expected JSON
   * @throws LimitExceededException for a body larger than the client reads
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
    String label = redactor.label(request);
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
              + redactor.text(unreadable.getMessage()),
          redactor.cause(unreadable));
    } catch (ResponseTooLargeException tooLarge) {
      throw tooLarge(label, tooLarge);
    } catch (ErrorInAttemptException raised) {
      throw raisedWhileSending(label, raised.error());
    } catch (IOException failure) {
      throw ioFailure(label, request, failure);
    } catch (LinkageError linkage) { // raised on this thread, e.g. while the request was prepared
      throw LinkageErrors.explain(label, linkage);
    } catch (RuntimeException unchecked) {
      throw redacted(label, unchecked);
    } catch (Exception undeclared) {
      throw undeclaredFailure(label, undeclared);
    }
    if (!response.isSuccessful()) {
      throw ApiErrors.of(label, response, redactor);
    }
    T body = response.body();
    if (body == null) {
      throw new MalformedResponseException(
          label + " returned " + response.code() + " without a body");
    }
    return body;
  }

  private static LimitExceededException tooLarge(String label, ResponseTooLargeException tooLarge) {
    long limit = tooLarge.limit();
    return new LimitExceededException(
        label
            + " returned a body larger than maxResponseBytes, "
            + Sizes.bytes(limit)
            + ": "
            + tooLarge.getMessage()
            + ". Raise it with RunloopClientBuilder.maxResponseBytes(long) if a response really is"
            + " that large, or ask for smaller pages with pageSize(int).",
        "maxResponseBytes",
        limit);
  }

  /**
   * An unchecked exception raised while the response was decoded (a model's validation, say) is
   * thrown as it is, unless its text holds the key: then a copy without it, of the same type when
   * it is a {@link MalformedResponseException}, else a {@link RunloopException}.
   */
  private RuntimeException redacted(String label, RuntimeException unchecked) {
    if (redactor.cause(unchecked) == unchecked) {
      return unchecked;
    }
    String message = redactor.text(unchecked.getMessage());
    Throwable cause = redactor.cause(unchecked.getCause());
    return unchecked instanceof MalformedResponseException
        ? new MalformedResponseException(message, cause)
        : new RunloopException(label + " failed: " + redactor.text(unchecked.toString()), cause);
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
      return new IllegalStateException(CLOSED, redactor.cause(failure));
    }
    if (IoFailures.isInterruption(failure)) {
      return interrupted(label, failure);
    }
    String server = redactor.origin(request.url());
    String cause = redactor.text(String.valueOf(failure.getMessage()));
    if (IoFailures.isTimeout(failure)) {
      return new RunloopTimeoutException(
          label + " timed out talking to " + server + ": " + cause, redactor.cause(failure));
    }
    return new RunloopConnectionException(
        label + " failed: cannot talk to " + server + ": " + cause, redactor.cause(failure));
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
        label + " failed: " + redactor.text(String.valueOf(undeclared)),
        redactor.cause(undeclared));
  }

  private RunloopInterruptedException interrupted(String label, Exception cause) {
    Thread.currentThread().interrupt();
    return new RunloopInterruptedException(label + " was interrupted", redactor.cause(cause));
  }
}
