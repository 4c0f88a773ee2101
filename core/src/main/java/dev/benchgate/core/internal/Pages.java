package dev.benchgate.core.internal;

import dev.benchgate.core.error.LimitExceededException;
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
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the items of a list endpoint, fetching each page only when the stream reaches it. The
 * next page starts after the id of the last item ({@code starting_after}), so the pages of one
 * listing come one after another: the cursor of each is in the page before. Paging stops when the
 * server says there is no more, or sends an empty page whatever it says.
 *
 * <p>Nothing the server sends makes it page forever. An item id seen before is an error, never
 * silently dropped: a page of nothing but earlier items means the cursor does not advance (or
 * cycles, A → B → A) and following it would loop forever; a page that repeats some earlier items
 * means the server's paging is inconsistent, and returning them twice would count them twice. And a
 * listing stops with a {@link LimitExceededException} past its {@link ListingLimits}: a server that
 * keeps announcing more, with fresh ids each time, costs a bounded number of requests and bounded
 * memory (the ids seen are kept).
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
  private final Supplier<ListingLimits> limits;
  private final Redactor redactor;
  private Iterator<T> current = Collections.emptyIterator();
  private final Set<String> seen = new HashSet<>();
  private String cursor;
  private boolean more = true;
  private long pages;
  private long items;

  private Pages(
      String listing,
      Function<String, ? extends Page<T>> fetchAfter,
      Function<T, String> idOf,
      Supplier<ListingLimits> limits,
      Redactor redactor) {
    this.listing = listing;
    this.fetchAfter = fetchAfter;
    this.idOf = idOf;
    this.limits = limits;
    this.redactor = redactor;
  }

  /**
   * Returns the lazy stream of all items.
   *
   * @param listing what is listed, for messages, e.g. {@code "scenario runs of bmr_123"}
   * @param fetchAfter fetches the page after an item id; {@code null} for the first page
   * @param idOf an item's id, the cursor for the next page
   * @param limits the bounds of the listing, read before each page (they may tighten meanwhile)
   * @param redactor keeps the API key out of messages, which quote ids
   * @param <T> the item type
   * @return the items in the server's order; not parallel
   */
  public static <T> Stream<T> stream(
      String listing,
      Function<String, ? extends Page<T>> fetchAfter,
      Function<T, String> idOf,
      Supplier<ListingLimits> limits,
      Redactor redactor) {
    Pages<T> pages =
        new Pages<>(
            Objects.requireNonNull(listing, "listing"),
            Objects.requireNonNull(fetchAfter, "fetchAfter"),
            Objects.requireNonNull(idOf, "idOf"),
            Objects.requireNonNull(limits, "limits"),
            Objects.requireNonNull(redactor, "redactor"));
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
    ListingLimits.Limit pageLimit = limits.get().pages();
    if (pages >= pageLimit.value()) {
      throw exceeded("the server announced more after " + Sizes.count(pages) + " pages", pageLimit);
    }
    Page<T> page = fetchAfter.apply(cursor);
    pages++;
    List<T> pageItems = page.items();
    if (pageItems.isEmpty()) {
      more = false;
      return;
    }
    items += pageItems.size();
    ListingLimits.Limit itemLimit = limits.get().items();
    if (items > itemLimit.value()) {
      throw exceeded("it holds more than " + Sizes.count(itemLimit.value()) + " items", itemLimit);
    }
    rejectRepeated(pageItems);
    String last = idOf.apply(pageItems.get(pageItems.size() - 1));
    more = page.hasMore();
    if (more && last == null) {
      throw new MalformedResponseException(
          "Listing "
              + redactor.text(listing)
              + ": the last item of a page has no id to ask for the next page by");
    }
    cursor = last;
    current = pageItems.iterator();
  }

  private LimitExceededException exceeded(String what, ListingLimits.Limit limit) {
    return new LimitExceededException(
        "Listing "
            + redactor.text(listing)
            + " stopped: "
            + what
            + ", the most "
            + limit.reason()
            + ". Raise it with RunloopClientBuilder."
            + limit.setting()
            + "("
            + limit.type()
            + ") if the listing really is that long; otherwise the server's paging is broken.",
        limit.setting(),
        limit.value());
  }

  private void rejectRepeated(List<T> pageItems) {
    List<String> ids = pageItems.stream().map(idOf).filter(Objects::nonNull).toList();
    List<String> repeated = ids.stream().filter(id -> !seen.add(id)).toList();
    if (repeated.isEmpty()) {
      return;
    }
    String page = cursor == null ? "the first page" : "the page after " + cursor;
    if (repeated.size() == ids.size()) {
      throw new MalformedResponseException(
          redactor.text(
              "Listing "
                  + listing
                  + ": "
                  + page
                  + " holds only items of earlier pages, so the server's cursor does not advance;"
                  + " stopped paging instead of looping forever"));
    }
    throw new MalformedResponseException(
        redactor.text(
            "Listing "
                + listing
                + ": "
                + page
                + " repeats items listed before ("
                + String.join(", ", repeated.subList(0, Math.min(repeated.size(), SHOWN_IDS)))
                + (repeated.size() > SHOWN_IDS ? ", …" : "")
                + "), so the server's paging is inconsistent; stopped paging instead of returning"
                + " items twice"));
  }
}
