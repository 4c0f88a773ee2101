package dev.benchgate.core.internal;

import java.io.IOException;

/**
 * A successful response's body, decompressed, is larger than the client reads: announced so by its
 * {@code Content-Length}, or found so while it arrived. Reading stopped at the limit, and the same
 * request would only cross it again: never retried.
 */
final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  ResponseTooLargeException(long limit, long announced) {
    super(
        announced >= 0
            ? "its Content-Length announces " + Sizes.bytes(announced) + ", so none was read"
            : "it grew past that as it arrived (counted decompressed), and reading stopped there");
    this.limit = limit;
  }

  /** The most bytes the client reads of one body. */
  long limit() {
    return limit;
  }
}
