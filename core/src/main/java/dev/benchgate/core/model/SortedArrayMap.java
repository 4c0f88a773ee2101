package dev.benchgate.core.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map with string keys in {@link String#compareTo} order, stored as one array of
 * keys and values side by side. The models hold tens of thousands of small maps (metadata,
 * free-form JSON objects); a tree map spends about 40 bytes of node per entry on them, this one 8.
 * Lookups search the sorted keys by halves. Null keys are refused and entries with a null value are
 * left out, as the snapshot format and the API's JSON leave them out.
 *
 * @param <V> the value type
 */
final class SortedArrayMap<V> extends AbstractMap<String, V> {
  private static final SortedArrayMap<Object> EMPTY = new SortedArrayMap<>(new Object[0]);

  /** Keys at even indices, each followed by its value; keys ascending. */
  private final Object[] entries;

  private SortedArrayMap(Object[] entries) {
    this.entries = entries;
  }

  /**
   * Returns the map unchanged when it is already one of these, else a sorted copy without its null
   * values.
   */
  @SuppressWarnings("unchecked")
  static <V> SortedArrayMap<V> copyOf(Map<String, ? extends V> map) {
    if (map instanceof SortedArrayMap<?> sorted) {
      return (SortedArrayMap<V>) sorted;
    }
    return SortedArrayMap.<V>copyOf(map, value -> (V) value);
  }

  /** A sorted copy whose values are mapped; null values, before or after mapping, are left out. */
  @SuppressWarnings("unchecked")
  static <V> SortedArrayMap<V> copyOf(
      Map<?, ?> map, java.util.function.Function<Object, ? extends V> mapValue) {
    Object[] entries = new Object[map.size() * 2];
    int size = 0;
    boolean sorted = true;
    String previous = null;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException(
            "A JSON object's keys are strings, not " + describe(entry.getKey()));
      }
      Object value = entry.getValue() == null ? null : mapValue.apply(entry.getValue());
      if (value == null) {
        continue;
      }
      sorted &= previous == null || previous.compareTo(key) < 0;
      previous = key;
      entries[size++] = key;
      entries[size++] = value;
    }
    if (size == 0) {
      return (SortedArrayMap<V>) EMPTY;
    }
    Object[] exact = size == entries.length ? entries : Arrays.copyOf(entries, size);
    if (!sorted) {
      sortByKey(exact);
    }
    return new SortedArrayMap<>(exact);
  }

  private static String describe(Object key) {
    return key == null ? "null" : key.getClass().getName();
  }

  private static void sortByKey(Object[] entries) {
    Integer[] order = new Integer[entries.length / 2];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> ((String) entries[2 * a]).compareTo((String) entries[2 * b]));
    Object[] copy = entries.clone();
    for (int i = 0; i < order.length; i++) {
      entries[2 * i] = copy[2 * order[i]];
      entries[2 * i + 1] = copy[2 * order[i] + 1];
    }
  }

  private int indexOf(Object key) {
    if (!(key instanceof String wanted)) {
      return -1;
    }
    int low = 0;
    int high = entries.length / 2 - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int comparison = ((String) entries[2 * middle]).compareTo(wanted);
      if (comparison < 0) {
        low = middle + 1;
      } else if (comparison > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return entries.length / 2;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int index = indexOf(key);
    return index < 0 ? null : (V) entries[2 * index + 1];
  }

  @Override
  public Set<Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < entries.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Entry<String, V> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Entry<String, V> entry =
                new SimpleImmutableEntry<>((String) entries[next], (V) entries[next + 1]);
            next += 2;
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return SortedArrayMap.this.size();
      }
    };
  }
}
