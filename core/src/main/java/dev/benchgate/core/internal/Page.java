package dev.benchgate.core.internal;

import java.util.List;

/**
 * One page of a list endpoint.
 *
 * <p>Not API: this package may change in any release.
 *
 * @param <T> the item type
 */
public interface Page<T> {
  /**
   * Returns the items of this page.
   *
   * @return the items, never {@code null}
   */
  List<T> items();

  /**
   * Tells whether the server says more pages follow.
   *
   * @return the API's {@code has_more}; {@code false} when absent
   */
  boolean hasMore();
}
