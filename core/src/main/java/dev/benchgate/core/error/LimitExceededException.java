package dev.benchgate.core.error;

import java.util.Objects;

/**
 * The server's answer went past one of the client's bounds on memory and work: a response body
 * larger than {@code maxResponseBytes} once decompressed, or a listing with more pages or items
 * than the client allows. The client stops reading at the bound instead of running out of memory or
 * paging forever; it does not retry, as the same request would cross the same bound. The message
 * names the request, the limit, its value and the {@link dev.benchgate.core.RunloopClientBuilder}
 * setting that raises it.
 *
 * <pre>{@code
 * try {
 *   client.outcome("bmr_123");
 * } catch (LimitExceededException e) {
 *   System.err.println(e.setting() + " = " + e.limit() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public class LimitExceededException extends RunloopException {
  private static final long serialVersionUID = 1L;

  private final String setting;
  private final long limit;

  /**
   * Creates the exception.
   *
   * @param message what went past which limit, and how to raise it; must never contain the API key
   * @param setting the builder setting that raises the limit, e.g. {@code "maxResponseBytes"}
   * @param limit the limit's value
   */
  public LimitExceededException(String message, String setting, long limit) {
    super(message);
    this.setting = Objects.requireNonNull(setting, "setting");
    this.limit = limit;
  }

  /**
   * Returns the {@link dev.benchgate.core.RunloopClientBuilder} setting that raises the limit.
   *
   * @return e.g. {@code "maxResponseBytes"}, {@code "maxListingPages"}, {@code "maxListingItems"}
   *     or {@code "maxListingItemsPerScenario"}
   */
  public String setting() {
    return setting;
  }

  /**
   * Returns the limit that was passed.
   *
   * @return its value: bytes, pages or items
   */
  public long limit() {
    return limit;
  }
}
