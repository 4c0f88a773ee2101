package dev.benchgate.testing.internal;

import java.util.Map;

/**
 * What the fake server answers a request with, before any fault changes it.
 *
 * <p>Not API.
 *
 * @param status the HTTP status
 * @param headers the headers to add to {@code Content-Type: application/json}
 * @param body the JSON body
 */
public record Answer(int status, Map<String, String> headers, byte[] body) {

  static Answer ok(Object json) {
    return new Answer(200, Map.of(), WireJson.bytes(json));
  }

  /**
   * An answer with the API's error body.
   *
   * @param status the HTTP status
   * @param message the API's {@code message}
   * @param headers headers to add
   * @return the answer
   */
  public static Answer error(int status, String message, Map<String, String> headers) {
    return new Answer(status, headers, WireJson.error(message));
  }

  static Answer notFound(String what) {
    return error(404, what + " not found", Map.of());
  }

  static Answer badRequest(String message) {
    return error(400, message, Map.of());
  }
}
