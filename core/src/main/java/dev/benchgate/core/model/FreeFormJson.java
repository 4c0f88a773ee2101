package dev.benchgate.core.model;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Makes the free-form JSON a model holds (a scenario's additional context and launch parameters, a
 * custom scorer's parameters, an unknown scorer's fields) unmodifiable: objects become maps with
 * sorted keys and without null values, arrays become lists, and strings, numbers, booleans and
 * {@code null} stay as they are. A value made so is returned as it is, so a model built from parsed
 * JSON copies nothing twice.
 */
final class FreeFormJson {
  private FreeFormJson() {}

  /**
   * Returns an unmodifiable copy of a JSON value.
   *
   * @throws IllegalArgumentException for a value JSON cannot hold
   */
  static Object of(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof SortedArrayMap<?>
        || value instanceof Array) {
      return value;
    }
    if (value instanceof Map<?, ?> object) {
      return SortedArrayMap.copyOf(object, FreeFormJson::of);
    }
    if (value instanceof Collection<?> array) {
      return new Array(array.stream().map(FreeFormJson::of).toArray());
    }
    throw new IllegalArgumentException(
        "Free-form JSON holds maps, lists, strings, numbers, booleans and null, not "
            + value.getClass().getName());
  }

  /** The fields of a JSON object as an unmodifiable, key-sorted map. */
  static Map<String, Object> object(Map<String, ?> fields) {
    return fields == null ? Map.of() : SortedArrayMap.copyOf(fields, FreeFormJson::of);
  }

  /** A JSON array: unmodifiable, and unlike {@code List.of} it holds {@code null}. */
  private static final class Array extends AbstractList<Object> implements RandomAccess {
    private final Object[] elements;

    Array(Object[] elements) {
      this.elements = elements;
    }

    @Override
    public Object get(int index) {
      return elements[index];
    }

    @Override
    public int size() {
      return elements.length;
    }
  }
}
