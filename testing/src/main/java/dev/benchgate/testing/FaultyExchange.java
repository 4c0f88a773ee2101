package dev.benchgate.testing;

import com.sun.net.httpserver.HttpExchange;
import dev.benchgate.testing.internal.Answer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

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
   * Responds.
   *
   * @param fault the fault, or {@code null} to answer at once
   * @param answer what the API answers, computed only when the fault lets it be sent
   */
  void respond(Fault fault, Supplier<Answer> answer) throws IOException {
    if (fault == null) {
      send(answer.get(), false);
      return;
    }
    Wait wait = waitFor(fault);
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
              java.util.Map.of()),
          false);
      return;
    }
    switch (fault.action()) {
      case ANSWER -> send(answer.get(), false);
      case STATUS -> send(error(fault), false);
      case STALL -> awaitClosing(null);
      case RESET -> {
        // Closing an exchange before its headers are sent closes the connection.
      }
      case TRUNCATE -> send(answer.get(), true);
    }
  }

  /** How waiting for a fault ended. */
  private enum Wait {
    DONE,
    /** The fake closed meanwhile: nothing is sent. */
    CLOSED,
    /** The condition never held: a request held forever would hide the failure it stands for. */
    GAVE_UP
  }

  private Wait waitFor(Fault fault) {
    if (!fault.waitFirst().isZero() && awaitClosing(fault.waitFirst())) {
      return Wait.CLOSED;
    }
    if (fault.holdCondition() != null) {
      Instant giveUp = Instant.now().plus(LONGEST_HOLD);
      while (!fault.holdCondition().getAsBoolean()) {
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

  private static Answer error(Fault fault) {
    java.util.Map<String, String> headers =
        fault.retryAfterHeader() == null
            ? java.util.Map.of()
            : java.util.Map.of("Retry-After", Long.toString(fault.retryAfterHeader().toSeconds()));
    return Answer.error(fault.statusCode(), fault.errorMessage(), headers);
  }

  private void send(Answer answer, boolean truncated) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] body = answer.body();
    exchange.sendResponseHeaders(answer.status(), body.length);
    OutputStream out = exchange.getResponseBody();
    // A truncated body stops halfway; closing the exchange short of the promised length closes
    // the connection, so the client reads an unexpected end of stream.
    out.write(body, 0, truncated ? body.length / 2 : body.length);
    out.flush();
  }
}
