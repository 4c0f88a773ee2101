package dev.benchgate.core.internal;

import java.io.IOException;

/**
 * The connection failed while the body of a response was arriving: it stalled past the read
 * timeout, or ended early. Whatever OkHttp calls it (a {@link java.net.ProtocolException} for a
 * short fixed-length body, an {@link java.io.EOFException} for a chunked one), it is a transient
 * connection failure, worth a retry, and never a sign of malformed JSON.
 */
final class BrokenResponseException extends IOException {
  private static final long serialVersionUID = 1L;

  BrokenResponseException(IOException cause) {
    super("the response broke off while its body arrived: " + cause.getMessage(), cause);
  }
}
