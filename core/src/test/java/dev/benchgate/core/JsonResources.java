package dev.benchgate.core;

import dev.benchgate.core.internal.RunloopJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Parses the API-shaped JSON payloads under {@code src/test/resources/json} into model records. */
public final class JsonResources {
  private JsonResources() {}

  /**
   * Parses one payload with the client's own Moshi setup.
   *
   * @param type the record to parse into
   * @param name the file under {@code /json/}
   * @param <T> the record type
   * @return the parsed record
   */
  public static <T> T parse(Class<T> type, String name) {
    try (InputStream in = JsonResources.class.getResourceAsStream("/json/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource /json/" + name);
      }
      return RunloopJson.moshi()
          .adapter(type)
          .fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
