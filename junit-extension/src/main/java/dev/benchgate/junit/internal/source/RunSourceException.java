package dev.benchgate.junit.internal.source;

/**
 * A source that names no usable run, though the API (if asked at all) answered: a snapshot that is
 * missing or unreadable, or a run id that cannot name a file. (A {@code latest:} query that matches
 * too few runs is core's {@code NotEnoughRunsException}.) The message says what is wrong and what
 * to do; {@link FetchFailures} adds who needed the run.
 *
 * <pre>{@code
 * throw new RunSourceException("baselines/main.json does not exist. Fix the path …");
 * }</pre>
 */
public final class RunSourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RunSourceException(String message) {
    super(message);
  }

  RunSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
