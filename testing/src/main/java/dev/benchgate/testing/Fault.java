package dev.benchgate.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What {@link FakeRunloop} does to a request instead of, or before, answering it: an error status
 * (with {@code Retry-After} if asked), a delay, a stall, a reset connection or a truncated body.
 * Immutable; give it to {@link FakeRunloop#inject(String, Fault)} or {@link
 * FakeRunloop#injectNext(String, Fault...)}.
 *
 * <pre>{@code
 * runloop.injectNext("/v1/benchmark_runs/bmr_1",
 *     Fault.status(503).retryAfter(Duration.ofSeconds(2)),   // first request
 *     Fault.reset());                                        // second; the third is answered
 * runloop.inject("/v1/benchmarks/bmd_1", Fault.delay(Duration.ofMillis(200)));
 * }</pre>
 */
public final class Fault {
  /** What happens once the fault's wait, if any, is over. */
  enum Action {
    /** The request is answered as if there were no fault. */
    ANSWER,
    /** An error status with the API's JSON error body. */
    STATUS,
    /** No answer until the server closes. */
    STALL,
    /** The connection is closed before any answer. */
    RESET,
    /** The answer's headers promise the whole body, and the connection closes halfway through. */
    TRUNCATE
  }

  private final Action action;
  private final int status;
  private final String message;
  private final Duration retryAfter;
  private final Duration delay;
  private final BooleanSupplier holdUntil;

  private Fault(
      Action action,
      int status,
      String message,
      Duration retryAfter,
      Duration delay,
      BooleanSupplier holdUntil) {
    this.action = action;
    this.status = status;
    this.message = message;
    this.retryAfter = retryAfter;
    this.delay = delay;
    this.holdUntil = holdUntil;
  }

  private static Fault of(Action action) {
    return new Fault(action, 0, null, null, Duration.ZERO, null);
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
    return new Fault(Action.STATUS, status, "injected fault", null, Duration.ZERO, null);
  }

  /**
   * Answers as usual, but only after a delay: to overlap concurrent requests, or to pass a client's
   * read timeout.
   *
   * @param delay how long to wait before answering
   * @return the fault
   */
  public static Fault delay(Duration delay) {
    return of(Action.ANSWER).afterDelay(delay);
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
    return of(Action.ANSWER).afterHoldingUntil(condition);
  }

  /**
   * Never answers: the request hangs until the client gives up or the fake closes.
   *
   * @return the fault
   */
  public static Fault stall() {
    return of(Action.STALL);
  }

  /**
   * Closes the connection without answering.
   *
   * @return the fault
   */
  public static Fault reset() {
    return of(Action.RESET);
  }

  /**
   * Sends the usual status and headers, with the length of the whole body, and closes the
   * connection halfway through the body.
   *
   * @return the fault
   */
  public static Fault truncate() {
    return of(Action.TRUNCATE);
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
    return new Fault(
        action, status, Objects.requireNonNull(message, "message"), retryAfter, delay, holdUntil);
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
    requireStatus("retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative but was " + retryAfter);
    }
    return new Fault(action, status, message, retryAfter, delay, holdUntil);
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
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative but was " + delay);
    }
    return new Fault(action, status, message, retryAfter, delay, holdUntil);
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
    return new Fault(
        action, status, message, retryAfter, delay, Objects.requireNonNull(condition, "condition"));
  }

  Action action() {
    return action;
  }

  int statusCode() {
    return status;
  }

  String errorMessage() {
    return message;
  }

  Duration retryAfterHeader() {
    return retryAfter;
  }

  Duration waitFirst() {
    return delay;
  }

  BooleanSupplier holdCondition() {
    return holdUntil;
  }

  private void requireStatus(String setting) {
    if (action != Action.STATUS) {
      throw new IllegalStateException(setting + "(…) applies to Fault.status(…) only");
    }
  }

  /**
   * Describes the fault.
   *
   * @return e.g. {@code Fault{status 503, Retry-After PT2S}}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Fault{");
    text.append(action == Action.STATUS ? "status " + status : action.name().toLowerCase());
    if (retryAfter != null) {
      text.append(", Retry-After ").append(retryAfter);
    }
    if (!delay.isZero()) {
      text.append(", after ").append(delay);
    }
    if (holdUntil != null) {
      text.append(", held until a condition holds");
    }
    return text.append('}').toString();
  }
}
