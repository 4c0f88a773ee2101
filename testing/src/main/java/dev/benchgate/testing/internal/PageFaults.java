package dev.benchgate.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers changed the way a hostile or broken server changes them: pages that never end, cycle or
 * repeat an item, names no output should print as they are, a bearer key echoed back, or any
 * rewrite of the JSON. Each works on the usual answer; an answer that is not what it changes (an
 * error, say) passes unchanged, and a list fault on an endpoint that is no list answers {@code 500}
 * saying so.
 *
 * <p>Not API.
 */
public final class PageFaults {
  /** The suffix endless pages give ids: {@code scr_1-p3-17} is the 18th item of the third page. */
  private static final Pattern ENDLESS_ID = Pattern.compile("-p(\\d+)-\\d+$");

  private PageFaults() {}

  /** The usual answer for a query, for faults that need another page than the one asked for. */
  @FunctionalInterface
  public interface Answers extends Function<Map<String, String>, Answer> {}

  /**
   * A page of fresh copies of the listing's first items, as many as {@code limit} asks for, that
   * always announces more.
   *
   * @param answers the usual answers
   * @param query the request's query
   * @return the page
   */
  public static Answer endless(Answers answers, Map<String, String> query) {
    Answer first = answers.apply(without(query, "starting_after"));
    if (first.status() != 200) {
      return first;
    }
    Map<String, Object> page = WireJson.parse(first.body());
    String field = listField(page);
    if (field == null) {
      return notAList("endlessPages()");
    }
    List<?> templates = (List<?>) page.get(field);
    if (templates.isEmpty()) {
      return Answer.error(
          500, "Fault.endlessPages() copies the listing's items, and it has none", Map.of());
    }
    int pageNumber = pageAfter(query.get("starting_after"));
    int limit = limit(query);
    List<Object> items = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> copy =
          new LinkedHashMap<>((Map<String, Object>) templates.get(i % templates.size()));
      copy.put("id", copy.get("id") + "-p" + pageNumber + "-" + i);
      items.add(copy);
    }
    page.put(field, items);
    page.put("has_more", true);
    return new Answer(200, first.headers(), WireJson.bytes(page));
  }

  /**
   * The usual page, announcing more even at the end; the page after the last item is the first page
   * again.
   *
   * @param answers the usual answers
   * @param query the request's query
   * @return the page
   */
  public static Answer cycling(Answers answers, Map<String, String> query) {
    Answer usual = answers.apply(query);
    if (usual.status() != 200) {
      return usual;
    }
    Map<String, Object> page = WireJson.parse(usual.body());
    String field = listField(page);
    if (field == null) {
      return notAList("cyclingPages()");
    }
    if (((List<?>) page.get(field)).isEmpty() && query.containsKey("starting_after")) {
      page = WireJson.parse(answers.apply(without(query, "starting_after")).body());
    }
    page.put("has_more", true);
    return new Answer(200, usual.headers(), WireJson.bytes(page));
  }

  /**
   * The usual page with its first item repeated at its end.
   *
   * @param usual the usual answer
   * @return the page
   */
  public static Answer duplicated(Answer usual) {
    if (usual.status() != 200) {
      return usual;
    }
    Map<String, Object> page = WireJson.parse(usual.body());
    String field = listField(page);
    if (field == null) {
      return notAList("duplicateItems()");
    }
    @SuppressWarnings("unchecked")
    List<Object> items = new ArrayList<>((List<Object>) page.get(field));
    if (!items.isEmpty()) {
      items.add(items.get(0));
    }
    page.put(field, items);
    return new Answer(200, usual.headers(), WireJson.bytes(page));
  }

  /**
   * The usual answer with every {@code name} and {@code …_name} text replaced.
   *
   * @param usual the usual answer
   * @param hostile the text to put there
   * @return the answer
   */
  public static Answer hostileNames(Answer usual, String hostile) {
    if (usual.status() != 200) {
      return usual;
    }
    Object json = WireJson.parseAny(usual.body());
    renameAll(json, hostile);
    return new Answer(200, usual.headers(), WireJson.bytes(json));
  }

  private static void renameAll(Object json, String hostile) {
    if (json instanceof Map<?, ?> object) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) object;
      fields.replaceAll(
          (key, value) ->
              value instanceof String && (key.equals("name") || key.endsWith("_name"))
                  ? hostile
                  : value);
      fields.values().forEach(value -> renameAll(value, hostile));
    } else if (json instanceof List<?> list) {
      list.forEach(value -> renameAll(value, hostile));
    }
  }

  /**
   * The usual answer's JSON text, rewritten.
   *
   * @param usual the usual answer
   * @param rewrite the rewrite
   * @return the answer
   */
  public static Answer rewritten(Answer usual, UnaryOperator<String> rewrite) {
    String json = new String(usual.body(), java.nio.charset.StandardCharsets.UTF_8);
    return new Answer(
        usual.status(),
        usual.headers(),
        rewrite.apply(json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * A {@code 401} that echoes a bearer key: raw in {@code message} and {@code x-request-id}, with
   * its first letter as a JSON escape in {@code error.message} and {@code detail}.
   *
   * @param authorization the request's {@code Authorization} header, or {@code null}
   * @return the answer
   */
  public static Answer echoingKey(String authorization) {
    String key = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
    String raw = jsonText(key);
    String escaped =
        key.isEmpty()
            ? ""
            : String.format(Locale.ROOT, "\\u%04x", (int) key.charAt(0))
                + jsonText(key.substring(1));
    String body =
        "{\"message\": \"invalid token "
            + raw
            + "\", \"error\": {\"message\": \"invalid token "
            + escaped
            + "\"}, \"detail\": \"Bearer "
            + escaped
            + "\"}";
    return new Answer(
        401, Map.of("x-request-id", key), body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A text as the inside of a JSON string. */
  private static String jsonText(String text) {
    String quoted = WireJson.string(text);
    return quoted.substring(1, quoted.length() - 1);
  }

  /** The one field of a page that holds its items, e.g. {@code runs}; null for no page. */
  private static String listField(Map<String, Object> page) {
    if (!page.containsKey("has_more")) {
      return null;
    }
    for (Map.Entry<String, Object> field : page.entrySet()) {
      if (field.getValue() instanceof List<?>) {
        return field.getKey();
      }
    }
    return null;
  }

  private static Answer notAList(String fault) {
    return Answer.error(500, "Fault." + fault + " applies to list endpoints only", Map.of());
  }

  private static int pageAfter(String cursor) {
    if (cursor == null) {
      return 1;
    }
    Matcher matcher = ENDLESS_ID.matcher(cursor);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) + 1 : 1;
  }

  private static int limit(Map<String, String> query) {
    try {
      int limit = Integer.parseInt(query.getOrDefault("limit", "20"));
      return Math.max(1, Math.min(limit, Listing.MAX_LIMIT));
    } catch (NumberFormatException notANumber) {
      return Listing.DEFAULT_LIMIT;
    }
  }

  private static Map<String, String> without(Map<String, String> query, String parameter) {
    Map<String, String> rest = new LinkedHashMap<>(query);
    rest.remove(parameter);
    return rest;
  }
}
