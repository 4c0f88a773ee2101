package dev.benchgate.core;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes hostile variants of valid JSON documents for the property-based tests of the decoders: a
 * hand-rolled generator with a fixed seed, so every run tries the same cases and a failure names
 * the seed and case that reproduce it. (jqwik, the JUnit-platform engine for properties, is built
 * on JUnit Platform 1.x and does not run on the JUnit 6 line this project is also built on.)
 *
 * <p>Each variant applies one to three mutations at random places of the document's tree: a field
 * left out, a value made {@code null}, a value of another JSON type, an unknown field, an unknown
 * enum value, a huge or hostile string (control characters, separators, lone surrogates, paths, the
 * redaction marker), a number outside any sane range, an element repeated, nesting beyond what a
 * reader allows. One in eight variants is also broken as text: cut short, or a byte replaced.
 */
public final class JsonFuzzer {
  /** The seed of every fuzz test; override with {@code -Dbenchgate.fuzz.seed=…} to explore. */
  public static final long SEED = Long.getLong("benchgate.fuzz.seed", 20_261_122L);

  /** Cases per document type; override with {@code -Dbenchgate.fuzz.cases=…}. */
  public static final int CASES = Integer.getInteger("benchgate.fuzz.cases", 300);

  private static final JsonAdapter<Object> TREE = new Moshi.Builder().build().adapter(Object.class);

  private static final Object[] NUMBERS = {
    -3.5, 7.0, 1e308, -1e308, 0.0, -0.0, 1.0000000000000002, 0.5, 1.0, -1.0, 1e-320, 9.2e18, 42.0,
  };

  private static final String[] STRINGS = {
    "",
    " ",
    "teleported",
    "COMPLETED",
    "error",
    "\u0000\u0007\u001b[2J\u001b[31m",
    "\u2028\u2029",
    "\ud83d\ude00 é ☃",
    "\ud800",
    "../../../etc/passwd",
    "/absolute/path",
    "<redacted>",
    "sk-fuzz-canary-0000",
    "scn_1",
    "llm_judge_scorer",
    "test_based_scorer",
    "job_agent",
    "external_api",
    "harbor",
    "cancelled",
    "TIMEOUT",
    "bmr_1",
  };

  private static final String DEEP = "@@deep@@";

  private final Random random;

  /**
   * Creates a fuzzer.
   *
   * @param seed the seed
   */
  public JsonFuzzer(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Parses JSON text into a tree of maps, lists, strings, doubles, booleans and nulls.
   *
   * @param json the text
   * @return the tree
   */
  public static Object tree(String json) {
    try {
      return TREE.fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a hostile variant of a document as JSON text.
   *
   * @param document a valid document, as a tree; not changed
   * @return the variant's text
   */
  public String variant(Object document) {
    Object tree = copy(document);
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      tree = mutate(tree);
    }
    String text = TREE.toJson(tree);
    String deep = "\"" + DEEP + "\"";
    while (text.contains(deep)) {
      int depth = 100 + random.nextInt(300);
      text = text.replaceFirst(deep, "[".repeat(depth) + "1" + "]".repeat(depth));
    }
    return random.nextInt(8) == 0 ? breakText(text) : text;
  }

  private Object mutate(Object tree) {
    List<Object> containers = new ArrayList<>();
    collect(tree, containers);
    if (containers.isEmpty() || random.nextInt(20) == 0) {
      return randomValue(0);
    }
    Object container = containers.get(random.nextInt(containers.size()));
    if (container instanceof Map<?, ?> map) {
      mutateObject(cast(map));
    } else {
      mutateArray(cast(container));
    }
    return tree;
  }

  private void mutateObject(Map<String, Object> object) {
    List<String> keys = new ArrayList<>(object.keySet());
    if (keys.isEmpty() || random.nextInt(6) == 0) {
      object.put(random.nextBoolean() ? "a_field_from_the_future" : pick(STRINGS), randomValue(0));
      return;
    }
    String key = keys.get(random.nextInt(keys.size()));
    switch (random.nextInt(6)) {
      case 0 -> object.remove(key);
      case 1 -> object.put(key, null);
      case 2 -> object.put(key, replacement(object.get(key)));
      case 3 -> object.put(key, randomValue(0));
      case 4 -> object.put(key, String.valueOf(object.get(key))); // a number as a string
      default -> object.put(key, pick(STRINGS));
    }
  }

  private void mutateArray(List<Object> array) {
    if (array.isEmpty() || random.nextInt(5) == 0) {
      array.add(randomValue(0));
      return;
    }
    int index = random.nextInt(array.size());
    switch (random.nextInt(4)) {
      case 0 -> array.remove(index);
      case 1 -> array.set(index, null);
      case 2 -> array.add(copy(array.get(index))); // a repeated item, e.g. a duplicate id
      default -> array.set(index, replacement(array.get(index)));
    }
  }

  /** A value of the same JSON type made hostile, or one of another type. */
  private Object replacement(Object value) {
    if (value instanceof String && random.nextBoolean()) {
      return random.nextInt(10) == 0 ? "x".repeat(100_000) : pick(STRINGS);
    }
    if (value instanceof Double && random.nextBoolean()) {
      return pick(NUMBERS);
    }
    return randomValue(0);
  }

  private Object randomValue(int depth) {
    switch (random.nextInt(depth > 2 ? 4 : 7)) {
      case 0 -> {
        return pick(STRINGS);
      }
      case 1 -> {
        return pick(NUMBERS);
      }
      case 2 -> {
        return random.nextBoolean();
      }
      case 3 -> {
        return null;
      }
      case 4 -> {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          object.put(pick(STRINGS), randomValue(depth + 1));
        }
        return object;
      }
      case 5 -> {
        List<Object> array = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          array.add(randomValue(depth + 1));
        }
        return array;
      }
      default -> {
        return DEEP; // replaced in the text by arrays nested deeper than a reader allows
      }
    }
  }

  private String breakText(String text) {
    int at = random.nextInt(text.length());
    if (random.nextBoolean()) {
      return text.substring(0, at);
    }
    char[] chars = text.toCharArray();
    chars[at] = "{}[],:\"\\x0".charAt(random.nextInt(10));
    return new String(chars);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private Object pick(Object[] values) {
    return values[random.nextInt(values.length)];
  }

  private static void collect(Object node, List<Object> containers) {
    if (node instanceof Map<?, ?> map) {
      containers.add(map);
      map.values().forEach(value -> collect(value, containers));
    } else if (node instanceof List<?> list) {
      containers.add(list);
      list.forEach(value -> collect(value, containers));
    }
  }

  private static Object copy(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> copy.put((String) key, copy(value)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(value -> copy.add(copy(value)));
      return copy;
    }
    // The tree reader makes every number a double; written back, 1 would become 1.0.
    if (node instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
      return number.longValue();
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
