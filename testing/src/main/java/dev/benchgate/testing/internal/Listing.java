package dev.benchgate.testing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pages a list as the API does: {@code limit} items (20 by default, 5000 at most) after the item
 * {@code starting_after} names, {@code has_more} while items remain, and {@code total_count} unless
 * {@code include_total_count=false}. Filters by the query parameters a list endpoint takes; {@code
 * search} matches an item's id or name, ignoring case.
 */
final class Listing {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 5000;

  private Listing() {}

  /**
   * A page of items.
   *
   * @param field the list's key, e.g. {@code runs}
   * @param items all items, in order, filtered
   * @param id an item's id, for {@code starting_after}
   * @param query the request's query parameters
   */
  static <T> Answer page(
      String field, List<T> items, Function<T, String> id, Map<String, String> query) {
    int limit;
    try {
      limit = Integer.parseInt(query.getOrDefault("limit", Integer.toString(DEFAULT_LIMIT)));
    } catch (NumberFormatException e) {
      return Answer.badRequest("limit must be a number, not " + query.get("limit"));
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      return Answer.badRequest("limit must be from 1 to " + MAX_LIMIT + ", not " + limit);
    }
    int from = 0;
    String after = query.get("starting_after");
    if (after != null) {
      int index = indexOf(items, id, after);
      if (index < 0) {
        return Answer.badRequest("starting_after names no item of this list: " + after);
      }
      from = index + 1;
    }
    int to = Math.min(items.size(), from + limit);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put(field, items.subList(from, to).stream().map(WireJson::tree).toList());
    page.put("has_more", to < items.size());
    if (!"false".equals(query.get("include_total_count"))) {
      page.put("total_count", items.size());
    }
    return Answer.ok(page);
  }

  private static <T> int indexOf(List<T> items, Function<T, String> id, String wanted) {
    for (int i = 0; i < items.size(); i++) {
      if (wanted.equals(id.apply(items.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** Keeps items whose field equals the query parameter, when the request sent one. */
  static <T> Predicate<T> equal(
      Map<String, String> query, String parameter, Function<T, String> field) {
    String wanted = query.get(parameter);
    return item -> wanted == null || wanted.equals(field.apply(item));
  }

  /** Keeps items whose id or name contains the {@code search} text, ignoring case. */
  static <T> Predicate<T> search(
      Map<String, String> query, Function<T, String> id, Function<T, String> name) {
    String text = query.get("search");
    if (text == null) {
      return item -> true;
    }
    String wanted = text.toLowerCase(java.util.Locale.ROOT);
    return item ->
        contains(id.apply(item), wanted)
            || contains(Objects.toString(name.apply(item), ""), wanted);
  }

  private static boolean contains(String value, String lowerCaseText) {
    return value != null && value.toLowerCase(java.util.Locale.ROOT).contains(lowerCaseText);
  }
}
