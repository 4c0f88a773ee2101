package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A page of a list endpoint: its items under one name, and {@code has_more}. A {@code null} item is
 * refused, not dropped: a page that silently loses a scenario run lets a gate judge less than the
 * run holds.
 *
 * @param <P> the page record
 * @param <T> the item type
 */
final class PageAdapter<P extends Page<T>, T> extends ModelAdapter<P> {
  private static final String HAS_MORE = "has_more";

  private final String itemsName;
  private final String itemName;
  private final JsonAdapter<T> items;
  private final BiFunction<List<T>, Boolean, P> create;
  private final Function<P, Boolean> more;
  private final JsonReader.Options names;

  /**
   * @param itemsName the items' key, e.g. {@code "runs"}
   * @param itemName an item in messages, e.g. {@code "a scenario run"}
   * @param items reads and writes one item
   * @param create makes the page of its items and {@code has_more}
   * @param more the page's {@code has_more} as it was read, {@code null} when absent
   */
  PageAdapter(
      String itemsName,
      String itemName,
      JsonAdapter<T> items,
      BiFunction<List<T>, Boolean, P> create,
      Function<P, Boolean> more) {
    super("page");
    this.itemsName = itemsName;
    this.itemName = itemName;
    this.items = items;
    this.create = create;
    this.more = more;
    this.names = JsonReader.Options.of(itemsName, HAS_MORE);
  }

  @Override
  P readFields(JsonReader in) throws IOException {
    List<T> values = null;
    Boolean hasMore = null;
    while (in.hasNext()) {
      switch (in.selectName(names)) {
        case 0 -> values = FieldReader.list(in, items, itemName);
        case 1 -> hasMore = FieldReader.bool(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return create.apply(values, hasMore);
  }

  @Override
  void writeFields(JsonWriter out, P page) throws IOException {
    boolean itemsFirst = itemsName.compareTo(HAS_MORE) < 0;
    if (itemsFirst) {
      FieldWriter.list(out, itemsName, page.items(), items);
    }
    FieldWriter.bool(out, HAS_MORE, more.apply(page));
    if (!itemsFirst) {
      FieldWriter.list(out, itemsName, page.items(), items);
    }
  }
}
