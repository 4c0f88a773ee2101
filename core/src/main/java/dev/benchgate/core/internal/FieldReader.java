package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonReader.Token;
import dev.benchgate.core.model.ApiEnum;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads the values of model fields, each of the one JSON type its field has: a string is never
 * taken from a number, nor a number from a string. A value of another type is refused with its path
 * and its type, never with the value itself, which may be a secret. {@code null} reads as absent
 * everywhere; in a list of strings or records it is refused, as a list that silently loses an item
 * could let a gate judge less than the run holds.
 */
final class FieldReader {
  private FieldReader() {}

  /** A string, or {@code null}. */
  static String string(JsonReader in) throws IOException {
    Token token = in.peek();
    if (token == Token.NULL) {
      return in.nextNull();
    }
    require(in, token, Token.STRING, "a string");
    return in.nextString();
  }

  /** A string shared with equal ones of the same document (see {@link StringPool}). */
  static String shared(JsonReader in) throws IOException {
    String value = string(in);
    return value == null ? null : StringPool.of(in).share(value);
  }

  /**
   * An enum-like string: one of the known spellings without reading it into a new string, else
   * shared.
   */
  static String oneOf(JsonReader in, Spellings known) throws IOException {
    int index = in.selectString(known.options);
    return index >= 0 ? known.values[index] : shared(in);
  }

  /** The API's spellings of an enum's known constants, to read with {@link #oneOf}. */
  static <E extends Enum<E> & ApiEnum> Spellings spellings(Class<E> type) {
    String[] values =
        Arrays.stream(type.getEnumConstants())
            .map(ApiEnum::apiValue)
            .filter(Objects::nonNull)
            .toArray(String[]::new);
    return new Spellings(JsonReader.Options.of(values), values);
  }

  /** Known spellings, matched in the document's bytes, and the strings they stand for. */
  static final class Spellings {
    private final JsonReader.Options options;
    private final String[] values;

    private Spellings(JsonReader.Options options, String[] values) {
      this.options = options;
      this.values = values;
    }
  }

  /** A whole number, or {@code null}. */
  static Long wholeNumber(JsonReader in) throws IOException {
    Token token = in.peek();
    if (token == Token.NULL) {
      return in.nextNull();
    }
    require(in, token, Token.NUMBER, "a whole number");
    try {
      return in.nextLong();
    } catch (JsonDataException | NumberFormatException fraction) {
      // Moshi's message holds the value; this one says what was wrong without it.
      throw new JsonDataException(in.getPath() + " is not a whole number in the range of a long");
    }
  }

  /** A whole number in the range of an int, such as a count, or {@code null}. */
  static Integer integer(JsonReader in) throws IOException {
    Long value = wholeNumber(in);
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new JsonDataException(
          previousElement(in) + " is not a whole number in the range of an int");
    }
    return value.intValue();
  }

  /** A number, or {@code null}; JSON has no NaN and no infinities, and Moshi refuses both. */
  static Double number(JsonReader in) throws IOException {
    Token token = in.peek();
    if (token == Token.NULL) {
      return in.nextNull();
    }
    require(in, token, Token.NUMBER, "a number");
    return in.nextDouble();
  }

  /** A boolean, or {@code null}. */
  static Boolean bool(JsonReader in) throws IOException {
    Token token = in.peek();
    if (token == Token.NULL) {
      return in.nextNull();
    }
    require(in, token, Token.BOOLEAN, "a boolean");
    return in.nextBoolean();
  }

  /**
   * An object of strings, sorted by key, shared; {@code null} for an absent one. An entry whose
   * value is {@code null} is left out.
   */
  static Map<String, String> stringMap(JsonReader in) throws IOException {
    if (!beginObject(in)) {
      return null;
    }
    StringPool pool = StringPool.of(in);
    Map<String, String> values = new TreeMap<>();
    while (in.hasNext()) {
      String key = pool.share(in.nextName());
      String value = string(in);
      if (value != null) {
        values.put(key, pool.share(value));
      }
    }
    in.endObject();
    return values;
  }

  /** A list of strings, none of them {@code null}; {@code null} for an absent one. */
  static List<String> strings(JsonReader in, boolean share) throws IOException {
    if (!beginArray(in)) {
      return null;
    }
    List<String> values = new ArrayList<>();
    while (in.hasNext()) {
      String value = share ? shared(in) : string(in);
      if (value == null) {
        throw new JsonDataException(previousElement(in) + " is null, not a string");
      }
      values.add(value);
    }
    in.endArray();
    return List.copyOf(values);
  }

  /** A list of records, none of them {@code null}; {@code null} for an absent one. */
  static <T> List<T> list(JsonReader in, JsonAdapter<T> element, String what) throws IOException {
    if (!beginArray(in)) {
      return null;
    }
    List<T> values = new ArrayList<>();
    while (in.hasNext()) {
      T value = element.fromJson(in);
      if (value == null) {
        throw new JsonDataException(previousElement(in) + " is null, not " + what);
      }
      values.add(value);
    }
    in.endArray();
    return List.copyOf(values);
  }

  /**
   * Free-form JSON: maps (in document order, keys shared), lists, strings (short ones shared),
   * doubles, booleans, {@code null}. The model makes it unmodifiable.
   */
  static Object any(JsonReader in) throws IOException {
    switch (in.peek()) {
      case BEGIN_OBJECT -> {
        StringPool pool = StringPool.of(in);
        Map<String, Object> object = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
          object.put(pool.share(in.nextName()), any(in));
        }
        in.endObject();
        return object;
      }
      case BEGIN_ARRAY -> {
        List<Object> array = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
          array.add(any(in));
        }
        in.endArray();
        return array;
      }
      case STRING -> {
        return shared(in);
      }
      case NUMBER -> {
        return in.nextDouble();
      }
      case BOOLEAN -> {
        return in.nextBoolean();
      }
      case NULL -> {
        return in.nextNull();
      }
      default -> throw new JsonDataException(in.getPath() + " is not a JSON value");
    }
  }

  /** Begins an object, or reads its {@code null}: {@code false} then. */
  static boolean beginObject(JsonReader in) throws IOException {
    Token token = in.peek();
    if (token == Token.NULL) {
      in.nextNull();
      return false;
    }
    require(in, token, Token.BEGIN_OBJECT, "an object");
    in.beginObject();
    return true;
  }

  private static boolean beginArray(JsonReader in) throws IOException {
    Token token = in.peek();
    if (token == Token.NULL) {
      in.nextNull();
      return false;
    }
    require(in, token, Token.BEGIN_ARRAY, "an array");
    in.beginArray();
    return true;
  }

  private static void require(JsonReader in, Token actual, Token expected, String what) {
    if (actual != expected) {
      throw new JsonDataException(in.getPath() + " is " + describe(actual) + ", not " + what);
    }
  }

  static String describe(Token token) {
    return switch (token) {
      case BEGIN_OBJECT -> "an object";
      case BEGIN_ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "the end of the document";
    };
  }

  /**
   * The path of the value just read. Moshi counts an array element as done once it is read, so its
   * path then names the next index: this one names the element read.
   */
  static String previousElement(JsonReader in) {
    return lastValue(in.getPath());
  }

  /**
   * The path of the value that ended at {@code path}, for a reader that just finished it. A path
   * that ends in an index was counted on past that value (see {@link #previousElement}).
   */
  static String lastValue(String path) {
    if (!path.endsWith("]")) {
      return path;
    }
    int open = path.lastIndexOf('[');
    try {
      int next = Integer.parseInt(path.substring(open + 1, path.length() - 1));
      return path.substring(0, open + 1) + (next - 1) + "]";
    } catch (NumberFormatException | StringIndexOutOfBoundsException notAnIndex) {
      // An object key that merely ends in "]": the path is already the value's.
      return path;
    }
  }
}
