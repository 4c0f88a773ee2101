package dev.benchgate.junit.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.junit.internal.source.SnapshotCache.Fingerprint;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/** When a snapshot's parse is kept for the next plans of a session, and when it is parsed anew. */
class SnapshotCacheTest {
  private static final Fingerprint A = Fingerprint.of(new byte[] {1});
  private static final Fingerprint B = Fingerprint.of(new byte[] {2});

  private final SnapshotCache cache = new SnapshotCache(mapStore());
  private final AtomicInteger parses = new AtomicInteger();

  @Test
  void the_same_bytes_are_parsed_once_and_other_bytes_anew() throws IOException {
    String first = cache.get("file:/a.json", () -> A, String.class, this::parse);
    String again = cache.get("file:/a.json", () -> A, String.class, this::parse);
    String changed = cache.get("file:/a.json", () -> B, String.class, this::parse);

    assertThat(again).isSameAs(first);
    assertThat(changed).isNotSameAs(first);
    assertThat(parses).hasValue(2);
  }

  @Test
  void a_file_rewritten_during_its_parse_is_not_kept_under_its_old_fingerprint()
      throws IOException {
    Deque<Fingerprint> onDisk = new ArrayDeque<>(List.of(A, B)); // before the parse, and after
    String duringRewrite =
        cache.get(
            "file:/a.json",
            () -> onDisk.size() > 1 ? onDisk.pop() : onDisk.peek(),
            String.class,
            this::parse);

    String later = cache.get("file:/a.json", () -> A, String.class, this::parse);

    assertThat(later).isNotSameAs(duringRewrite);
    assertThat(parses).hasValue(2);
  }

  @Test
  void a_source_read_as_another_type_is_parsed_for_that_type() throws IOException {
    cache.get("file:/a.json", () -> A, String.class, this::parse);
    Object asObject = cache.get("file:/a.json", () -> A, Object.class, () -> parse());

    assertThat(asObject).isInstanceOf(String.class);
    assertThat(parses).hasValue(2);
  }

  private String parse() {
    return "parse " + parses.incrementAndGet();
  }

  /**
   * A store backed by a map, for {@code get(key, type)} and {@code put}: all the cache uses. A
   * proxy, so that the methods each JUnit line adds to the interface need no code here.
   */
  private static ExtensionContext.Store mapStore() {
    Map<Object, Object> values = new HashMap<>();
    return (ExtensionContext.Store)
        Proxy.newProxyInstance(
            SnapshotCacheTest.class.getClassLoader(),
            new Class<?>[] {ExtensionContext.Store.class},
            (proxy, method, arguments) ->
                switch (method.getName()) {
                  case "get" -> ((Class<?>) arguments[1]).cast(values.get(arguments[0]));
                  case "put" -> values.put(arguments[0], arguments[1]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
