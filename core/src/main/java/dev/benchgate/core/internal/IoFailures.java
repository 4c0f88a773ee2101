package dev.benchgate.core.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.UnknownServiceException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Tells I/O failures apart by what they mean for the request: worth a retry, or not. */
final class IoFailures {
  private IoFailures() {}

  /** A read, connect or attempt deadline passed: the server may answer in time on another try. */
  static boolean isTimeout(IOException failure) {
    return failure instanceof SocketTimeoutException || failure instanceof AttemptTimeoutException;
  }

  /**
   * The thread was interrupted: whoever interrupted it wants the request to stop. Java reports an
   * interrupted I/O operation as an {@link InterruptedIOException}, and OkHttp and Okio report
   * their timeouts as subclasses of it too, so the type alone does not tell.
   */
  static boolean isInterruption(IOException failure) {
    return Thread.currentThread().isInterrupted()
        || (failure instanceof InterruptedIOException && !isTimeout(failure));
  }

  /**
   * The same request will fail the same way: the host name does not resolve, TLS fails on the
   * certificate, host name or protocol, cleartext is not permitted, the server does not speak HTTP,
   * the body is larger than the client reads, or sending raised an {@link Error}, such as a library
   * of the wrong version on the classpath. (A body that breaks off reaches here as a {@link
   * BrokenResponseException}, not as the {@link ProtocolException} OkHttp reports for it.)
   */
  static boolean isPermanent(IOException failure) {
    return failure instanceof ErrorInAttemptException
        || failure instanceof ResponseTooLargeException
        || failure instanceof UnknownHostException
        || failure instanceof SSLHandshakeException
        || failure instanceof SSLPeerUnverifiedException
        || failure instanceof UnknownServiceException
        || failure instanceof ProtocolException;
  }

  /** Whether sending the request again may succeed. */
  static boolean isRetryable(IOException failure) {
    return !isInterruption(failure) && !isPermanent(failure);
  }
}
