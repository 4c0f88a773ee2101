package dev.benchgate.core.error;

import java.util.Map;

/**
 * The standard reason phrases of the statuses the API answers with. The response's own phrase is
 * not used: HTTP/2 has none, and servers and proxies fill it in inconsistently.
 */
final class StatusPhrases {
  private static final Map<Integer, String> PHRASES =
      Map.ofEntries(
          Map.entry(301, "Moved Permanently"),
          Map.entry(302, "Found"),
          Map.entry(303, "See Other"),
          Map.entry(307, "Temporary Redirect"),
          Map.entry(308, "Permanent Redirect"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(408, "Request Timeout"),
          Map.entry(409, "Conflict"),
          Map.entry(422, "Unprocessable Entity"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  private StatusPhrases() {}

  /** Returns e.g. {@code "404 Not Found"}, or the bare code for a status without a known phrase. */
  static String statusLine(int statusCode) {
    String phrase = PHRASES.get(statusCode);
    return phrase == null ? String.valueOf(statusCode) : statusCode + " " + phrase;
  }
}
