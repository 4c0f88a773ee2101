package dev.benchgate.core.internal;

import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * One attempt of a request got no complete response within its deadline, the call timeout of the
 * client {@link Transport} sends it with. An {@link InterruptedIOException}, as OkHttp's own call
 * timeout is, but not an interruption: {@link IoFailures} tells it apart.
 */
final class AttemptTimeoutException extends InterruptedIOException {
  private static final long serialVersionUID = 1L;

  AttemptTimeoutException(Duration deadline, Throwable cause) {
    super(
        "no complete response within "
            + Transport.seconds(deadline)
            + ", the deadline of one attempt (requestTimeout)");
    initCause(cause);
  }
}
