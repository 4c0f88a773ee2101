package dev.benchgate.core.snapshot;

/** A file that is not a snapshot this version of Benchgate can read. */
public class SnapshotFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public SnapshotFormatException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   * @param cause the parser's error
   */
  public SnapshotFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
