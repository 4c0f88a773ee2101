package dev.benchgate.junit.internal.source;

/**
 * A source that names no usable run, though the API (if asked at all) answered: a snapshot that is
 * missing or unreadable, a run id that cannot name a file, or a {@code latest:} query that nothing
 * matches yet. The message says what is wrong and what to do; {@link FetchFailures} adds who needed
 * the run.
 *
 * <pre>{@code
 * throw new RunSourceException("baselines/main.json does not exist. Fix the path …");
 * }</pre>
 */
public final class RunSourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean noRunYet;

  RunSourceException(String message) {
    this(message, null, false);
  }

  RunSourceException(String message, Throwable cause) {
    this(message, cause, false);
  }

  private RunSourceException(String message, Throwable cause, boolean noRunYet) {
    super(message, cause);
    this.noRunYet = noRunYet;
  }

  /**
   * A source that is well formed but has no run yet, such as a {@code latest:} query before the
   * first matching run: its tests cannot be judged, rather than being misconfigured.
   *
   * @param message what is missing and what to do
   * @return the exception
   */
  static RunSourceException noRunYet(String message) {
    return new RunSourceException(message, null, true);
  }

  /**
   * Tells whether the source is well formed but has no run yet.
   *
   * @return {@code true} for a {@code latest:} query that nothing matches
   */
  boolean noRunYet() {
    return noRunYet;
  }
}
