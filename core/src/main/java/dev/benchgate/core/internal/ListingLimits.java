package dev.benchgate.core.internal;

import java.util.Locale;

/**
 * How far one listing is paged before the client stops with a {@link
 * dev.benchgate.core.error.LimitExceededException}: a bound on pages (requests) and one on items
 * (memory), each with the reason it has that value and the builder setting that raises it.
 *
 * <p>Not API: this package may change in any release.
 *
 * @param pages the most pages read
 * @param items the most items read
 */
public record ListingLimits(Limit pages, Limit items) {
  /**
   * Items the {@code outcome()} bounds allow on top of the benchmark's size: room for a benchmark
   * that changed between requests, and for a small benchmark's re-runs.
   */
  public static final int OUTCOME_SLACK_ITEMS = 1_000;

  /**
   * One bound.
   *
   * @param value the most pages or items read
   * @param reason whose most it is, e.g. {@code the client reads of one listing (maxListingPages)}
   * @param setting the builder setting that raises it, e.g. {@code maxListingPages}
   * @param type the setting's parameter type, e.g. {@code int}
   */
  public record Limit(long value, String reason, String setting, String type) {}

  /**
   * The bounds of any listing: the client's settings.
   *
   * @param maxPages {@code maxListingPages}
   * @param maxItems {@code maxListingItems}
   * @return the bounds
   */
  public static ListingLimits of(int maxPages, int maxItems) {
    return new ListingLimits(
        new Limit(
            maxPages,
            "the client reads of one listing (maxListingPages)",
            "maxListingPages",
            "int"),
        new Limit(
            maxItems,
            "the client reads of one listing (maxListingItems)",
            "maxListingItems",
            "int"));
  }

  /**
   * The bounds of a listing of one benchmark's runs or definitions, inside {@code outcome()}: at
   * most {@code perScenario × scenarios + }{@value #OUTCOME_SLACK_ITEMS} items, in as many full
   * pages as they fill and one more; never more than these bounds allow.
   *
   * @param benchmarkId the benchmark, for messages
   * @param scenarios how many scenarios the benchmark lists
   * @param perScenario {@code maxListingItemsPerScenario}
   * @param pageSize the items asked for per page
   * @return the tighter bounds
   */
  public ListingLimits forBenchmark(
      String benchmarkId, int scenarios, int perScenario, int pageSize) {
    long items = (long) perScenario * scenarios + OUTCOME_SLACK_ITEMS;
    long pagesNeeded = (items + pageSize - 1) / pageSize + 1;
    String why =
        String.format(
            Locale.ROOT,
            "outcome() expects of benchmark %s with %,d scenarios (maxListingItemsPerScenario %d ×"
                + " %,d + %,d items",
            benchmarkId,
            scenarios,
            perScenario,
            scenarios,
            OUTCOME_SLACK_ITEMS);
    Limit itemLimit =
        items < this.items.value()
            ? new Limit(items, why + ")", "maxListingItemsPerScenario", "int")
            : this.items;
    Limit pageLimit =
        pagesNeeded < this.pages.value()
            ? new Limit(
                pagesNeeded,
                why + String.format(Locale.ROOT, ", at %,d per page)", pageSize),
                "maxListingItemsPerScenario",
                "int")
            : this.pages;
    return new ListingLimits(pageLimit, itemLimit);
  }
}
