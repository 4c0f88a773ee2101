package dev.benchgate.testing;

import com.sun.net.httpserver.HttpExchange;
import dev.benchgate.testing.internal.Answer;
import dev.benchgate.testing.internal.BigBodies;
import dev.benchgate.testing.internal.PageFaults;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Answers one exchange, doing first what a {@link Fault} asks for. */
final class FaultyExchange {
  /** How long a fault holds a request for its condition before failing it with {@code 500}. */
  private static final Duration LONGEST_HOLD = Duration.ofMinutes(1);

  private final HttpExchange exchange;
  private final CountDownLatch closing;

  FaultyExchange(HttpExchange exchange, CountDownLatch closing) {
    this.exchange = exchange;
    this.closing = closing;
  }

  /**
   * The connection is to end without what closing the exchange would send: the last chunk of a
   * chunked body. Thrown out of the handler, the server closes the connection as it is.
   */
  static final class AbortConnection extends IOException {
    private static final long serialVersionUID = 1L;

    AbortConnection() {
      super("FakeRunloop aborts the connection, as Fault.resetMidBody() asks");
    }
  }

  /**
   * Responds.
   *
   * @param fault the fault, or {@code null} to answer at once
   * @param query the request's query
   * @param answers what the API answers a query, computed only when the fault lets it be sent
   * @throws AbortConnection when the exchange must not be closed, only its connection
   */
  void respond(Fault fault, Map<String, String> query, PageFaults.Answers answers)
      throws IOException {
    if (fault == null) {
      send(answers.apply(query), Fault.Delivery.WHOLE, null);
      return;
    }
    Fault.Spec spec = fault.spec();
    Wait wait = waitFor(spec);
    if (wait == Wait.CLOSED) {
      return;
    }
    if (wait == Wait.GAVE_UP) {
      send(
          Answer.error(
              500,
              "FakeRunloop held this request for "
                  + LONGEST_HOLD.toSeconds()
                  + " s, but its condition never held",
              Map.of()),
          Fault.Delivery.WHOLE,
          null);
      return;
    }
    switch (spec.action) {
      case ANSWER -> send(rewritten(spec, query, answers), spec.delivery, spec);
      case STATUS ->
          send(
              withHeaders(Answer.error(spec.status, spec.message, Map.of()), spec),
              Fault.Delivery.WHOLE,
              null);
      case REDIRECT ->
          send(
              withHeaders(new Answer(spec.status, Map.of(), new byte[0]), spec),
              Fault.Delivery.WHOLE,
              null);
      case ECHO_KEY ->
          send(
              withHeaders(
                  PageFaults.echoingKey(exchange.getRequestHeaders().getFirst("Authorization")),
                  spec),
              Fault.Delivery.WHOLE,
              null);
      case STALL -> awaitClosing(null);
      case RESET -> {
        // Closing an exchange before its headers are sent closes the connection.
      }
    }
  }

  private static Answer rewritten(
      Fault.Spec spec, Map<String, String> query, PageFaults.Answers answers) {
    Answer answer =
        switch (spec.rewrite) {
          case NONE -> answers.apply(query);
          case ENDLESS_PAGES -> PageFaults.endless(answers, query);
          case CYCLING_PAGES -> PageFaults.cycling(answers, query);
          case DUPLICATE_ITEMS -> PageFaults.duplicated(answers.apply(query));
          case HOSTILE_NAMES -> PageFaults.hostileNames(answers.apply(query), Fault.HOSTILE_TEXT);
          case CUSTOM -> PageFaults.rewritten(answers.apply(query), spec.customRewrite);
        };
    return withHeaders(answer, spec);
  }

  private static Answer withHeaders(Answer answer, Fault.Spec spec) {
    if (spec.headers.isEmpty()) {
      return answer;
    }
    Map<String, String> headers = new java.util.LinkedHashMap<>(answer.headers());
    headers.putAll(spec.headers);
    return new Answer(answer.status(), headers, answer.body());
  }

  /** How waiting for a fault ended. */
  private enum Wait {
    DONE,
    /** The fake closed meanwhile: nothing is sent. */
    CLOSED,
    /** The condition never held: a request held forever would hide the failure it stands for. */
    GAVE_UP
  }

  private Wait waitFor(Fault.Spec spec) {
    if (!spec.delay.isZero() && awaitClosing(spec.delay)) {
      return Wait.CLOSED;
    }
    if (spec.holdUntil != null) {
      Instant giveUp = Instant.now().plus(LONGEST_HOLD);
      while (!spec.holdUntil.getAsBoolean()) {
        if (!Instant.now().isBefore(giveUp)) {
          return Wait.GAVE_UP;
        }
        if (awaitClosing(Duration.ofMillis(5))) {
          return Wait.CLOSED;
        }
      }
    }
    return Wait.DONE;
  }

  /**
   * Waits until the fake closes, or at most {@code atMost}; true when it closed (or we were
   * interrupted).
   */
  private boolean awaitClosing(Duration atMost) {
    try {
      if (atMost == null) {
        closing.await();
        return true;
      }
      return closing.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /**
   * Sends an answer as the delivery says. A client that goes away while a body streams ends the
   * sending quietly: that is what the fault tests.
   */
  private void send(Answer answer, Fault.Delivery delivery, Fault.Spec spec) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] body = answer.body();
    long length =
        switch (delivery) {
          case WHOLE, TRUNCATE, STALL_MID_BODY, TRICKLE -> body.length == 0 ? -1 : body.length;
          case HUGE -> spec.size;
          case RESET_MID_BODY, HUGE_CHUNKED, GZIP_BOMB -> 0; // chunked
        };
    if (delivery == Fault.Delivery.GZIP_BOMB) {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    exchange.sendResponseHeaders(answer.status(), length);
    OutputStream out = exchange.getResponseBody();
    try {
      switch (delivery) {
        case WHOLE -> out.write(body);
        case TRUNCATE ->
            // Closing the exchange short of the promised length closes the connection, so the
            // client reads an unexpected end of stream.
            out.write(body, 0, body.length / 2);
        case STALL_MID_BODY -> {
          out.write(body, 0, body.length / 2);
          out.flush();
          awaitClosing(null);
        }
        case RESET_MID_BODY -> {
          out.write(body, 0, body.length / 2);
          out.flush();
          throw new AbortConnection();
        }
        case TRICKLE -> trickle(out, body, spec.trickleBytes, spec.trickleEvery);
        case HUGE, HUGE_CHUNKED -> BigBodies.writePadded(out, spec.size, body);
        case GZIP_BOMB -> BigBodies.writeGzipped(out, spec.size, body);
      }
      out.flush();
    } catch (AbortConnection abort) {
      throw abort;
    } catch (IOException clientWentAway) {
      // The client stopped reading: a bound of its own, or the end of its patience.
    }
  }

  private void trickle(OutputStream out, byte[] body, int bytes, Duration every)
      throws IOException {
    for (int from = 0; from < body.length; from += bytes) {
      out.write(body, from, Math.min(bytes, body.length - from));
      out.flush();
      if (awaitClosing(every)) {
        return;
      }
    }
  }
}
