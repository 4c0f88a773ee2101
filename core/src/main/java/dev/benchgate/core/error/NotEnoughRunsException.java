package dev.benchgate.core.error;

import java.util.List;
import java.util.Objects;

/**
 * Fewer completed runs matched a query for the newest runs of a benchmark than it asks for (say,
 * {@code latest:bmd_42?metadata.git_sha=abc&count=5} found three): a gate over repeated runs that
 * are not all there could not judge what it was asked to. The message names the query, how many
 * runs it wants, the runs found and what to do.
 *
 * <pre>{@code
 * try {
 *   RepeatedOutcome runs = client.repeatedOutcome(LatestRuns.parse("bmd_42?count=5"));
 * } catch (NotEnoughRunsException e) {
 *   System.err.println(e.found().size() + " of " + e.wanted() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public class NotEnoughRunsException extends RunloopException {
  private static final long serialVersionUID = 1L;

  private final String query;
  private final int wanted;
  private final List<String> found;

  /**
   * Creates the exception.
   *
   * @param message what was asked for, what was found and what to do
   * @param query the query as text, e.g. {@code latest:bmd_42?count=5}
   * @param wanted how many runs it asks for
   * @param found the ids of the runs it found, newest first, fewer than {@code wanted}
   */
  public NotEnoughRunsException(String message, String query, int wanted, List<String> found) {
    super(message);
    this.query = Objects.requireNonNull(query, "query");
    this.wanted = wanted;
    this.found = List.copyOf(found);
  }

  /**
   * Returns the query.
   *
   * @return e.g. {@code latest:bmd_42?metadata.git_sha=abc&count=5}
   */
  public String query() {
    return query;
  }

  /**
   * Returns how many runs the query asks for.
   *
   * @return the count
   */
  public int wanted() {
    return wanted;
  }

  /**
   * Returns the runs that matched.
   *
   * @return their ids, newest first; fewer than {@link #wanted()}
   */
  public List<String> found() {
    return found;
  }
}
