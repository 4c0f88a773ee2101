package dev.benchgate.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request {@link FakeRunloop} received, as it received it. The {@code Authorization} header is
 * left out of {@link #headers()}: whether it carried the fake's key is {@link #authorized()}.
 *
 * <pre>{@code
 * RecordedRequest first = runloop.requests().get(0);
 * assertThat(first.target()).isEqualTo("/v1/benchmark_runs/bmr_1");
 * assertThat(first.header("User-Agent")).hasValueSatisfying(agent -> assertThat(agent).startsWith("benchgate/"));
 *
 * RecordedRequest start = runloop.requests("POST", "/v1/benchmark_jobs").get(0);
 * assertThat(start.body()).contains("\"benchmark_id\":\"bmd_1\"");
 * }</pre>
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param path the path, e.g. {@code /v1/benchmark_runs}
 * @param query the query parameters in the order sent, the first value of each; empty without a
 *     query
 * @param target the path and the raw query as sent, e.g. {@code
 *     /v1/benchmark_runs?include_total_count=false&limit=500}
 * @param headers the headers but {@code Authorization}, names in lower case
 * @param authorized whether the request carried the fake's API key as a bearer token
 * @param body the body as UTF-8 text, e.g. the JSON of {@code POST /v1/benchmark_jobs}; empty
 *     without one
 */
public record RecordedRequest(
    String method,
    String path,
    Map<String, String> query,
    String target,
    Map<String, List<String>> headers,
    boolean authorized,
    String body) {

  /** Copies the maps; an absent body is empty. */
  public RecordedRequest {
    query = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(query));
    headers = Map.copyOf(headers);
    body = body == null ? "" : body;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header's name, in any case
   * @return its first value, or empty when the request had none
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
