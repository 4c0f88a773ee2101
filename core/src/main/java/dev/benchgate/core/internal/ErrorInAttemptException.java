package dev.benchgate.core.internal;

import java.io.IOException;

/**
 * An {@link Error} was raised while an attempt ran on OkHttp's dispatcher: above all a {@link
 * LinkageError} such as a {@link NoSuchMethodError}, when a library on the classpath is not the
 * version its callers were built against. It travels to the waiting caller as an I/O failure, the
 * one kind OkHttp hands to a callback, and is never retried: the same classes fail the same way.
 * {@link CallExecutor} raises the error again on the caller's thread.
 */
final class ErrorInAttemptException extends IOException {
  private static final long serialVersionUID = 1L;

  ErrorInAttemptException(Error error) {
    super(error.toString(), error);
  }

  /** The error that was raised. */
  Error error() {
    return (Error) getCause();
  }
}
