package dev.benchgate.core;

import dev.benchgate.core.internal.RunloopJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;

/**
 * The JSON payloads under {@code src/test/resources/api/}, which pin the API's wire format (see
 * REFERENCE.md): responses that carry them, and the model records they parse into with the client's
 * own Moshi. Tests that need a whole fake server use benchgate-testing's FakeRunloop instead.
 */
public final class ApiFixtures {
  private ApiFixtures() {}

  /**
   * Reads {@code api/<name>}.
   *
   * @param name the file under {@code api/}
   * @return its text
   */
  public static String json(String name) {
    try (InputStream in = ApiFixtures.class.getResourceAsStream("/api/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture api/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a payload with the client's own Moshi setup.
   *
   * @param type the record to parse into
   * @param name the file under {@code api/}
   * @param <T> the record type
   * @return the parsed record
   */
  public static <T> T parse(Class<T> type, String name) {
    try {
      return RunloopJson.moshi().adapter(type).fromJson(json(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@code 200} carrying the fixture {@code api/<name>}. */
  static MockResponse ok(String fixture) {
    return okBody(json(fixture));
  }

  /** A {@code 200} carrying a JSON body. */
  static MockResponse okBody(String body) {
    return status(200, body);
  }

  /** A response with a status and a JSON body. */
  static MockResponse status(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** The API's {@code 404} for something that is not there. */
  static MockResponse notFound() {
    return status(404, "{\"message\":\"not found\"}");
  }
}
