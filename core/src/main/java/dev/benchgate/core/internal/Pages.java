package dev.benchgate.core.internal;

import dev.benchgate.core.error.MalformedResponseException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the items of a list endpoint, fetching each page only when the stream reaches it. The
 * next page starts after the id of the last item ({@code starting_after}). Paging stops when the
 * server says there is no more, or sends an empty page whatever it says. An item id seen before is
 * an error, never silently dropped: a page of nothing but earlier items means the cursor does not
 * advance (or cycles, A → B → A) and following it would loop forever; a page that repeats some
 * earlier items means the server's paging is inconsistent, and returning them twice would count
 * them twice.
 *
 * <p>Not API: this package may change in any release.
 *
 * @param <T> the item type
 */
public final class Pages<T> implements Iterator<T> {
  /** How many repeated ids a message names. */
  private static final int SHOWN_IDS = 5;

  private final String listing;
  private final Function<String, ? extends Page<T>> fetchAfter;
  private final Function<T, String> idOf;
  private Iterator<T> current = Collections.emptyIterator();
  private final Set<String> seen = new HashSet<>();
  private String cursor;
  private boolean more = true;

  private Pages(
      String listing, Function<String, ? extends Page<T>> fetchAfter, Function<T, String> idOf) {
    this.listing = listing;
    this.fetchAfter = fetchAfter;
    this.idOf = idOf;
  }

  /**
   * Returns the lazy stream of all items.
   *
   * @param listing what is listed, for messages, e.g. {@code "scenario runs of bmr_123"}
   * @param fetchAfter fetches the page after an item id; {@code null} for the first page
   * @param idOf an item's id, the cursor for the next page
   * @param <T> the item type
   * @return the items in the server's order; not parallel
   */
  public static <T> Stream<T> stream(
      String listing, Function<String, ? extends Page<T>> fetchAfter, Function<T, String> idOf) {
    Pages<T> pages =
        new Pages<>(
            Objects.requireNonNull(listing, "listing"),
            Objects.requireNonNull(fetchAfter, "fetchAfter"),
            Objects.requireNonNull(idOf, "idOf"));
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && more) {
      fetchNextPage();
    }
    return current.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException(listing + " has no more items");
    }
    return current.next();
  }

  private void fetchNextPage() {
    Page<T> page = fetchAfter.apply(cursor);
    List<T> items = page.items();
    if (items.isEmpty()) {
      more = false;
      return;
    }
    rejectRepeated(items);
    String last = idOf.apply(items.get(items.size() - 1));
    more = page.hasMore();
    if (more && last == null) {
      throw new MalformedResponseException(
          "Listing " + listing + ": the last item of a page has no id to ask for the next page by");
    }
    cursor = last;
    current = items.iterator();
  }

  private void rejectRepeated(List<T> items) {
    List<String> ids = items.stream().map(idOf).filter(Objects::nonNull).toList();
    List<String> repeated = ids.stream().filter(id -> !seen.add(id)).toList();
    if (repeated.isEmpty()) {
      return;
    }
    String page = cursor == null ? "the first page" : "the page after " + cursor;
    if (repeated.size() == ids.size()) {
      throw new MalformedResponseException(
          "Listing "
              + listing
              + ": "
              + page
              + " holds only items of earlier pages, so the server's cursor does not advance;"
              + " stopped paging instead of looping forever");
    }
    throw new MalformedResponseException(
        "Listing "
            + listing
            + ": "
            + page
            + " repeats items listed before ("
            + String.join(", ", repeated.subList(0, Math.min(repeated.size(), SHOWN_IDS)))
            + (repeated.size() > SHOWN_IDS ? ", …" : "")
            + "), so the server's paging is inconsistent; stopped paging instead of returning"
            + " items twice");
  }
}
