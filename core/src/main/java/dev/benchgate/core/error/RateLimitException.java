package dev.benchgate.core.error;

/**
 * The API kept answering {@code 429 Too Many Requests} after every retry the client made.
 *
 * <pre>{@code
 * try {
 *   client.outcome("bmr_123");
 * } catch (RateLimitException e) {
 *   // too many clients share this key; run fewer gates at once
 * }
 * }</pre>
 */
public class RateLimitException extends RunloopApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param request the request that failed, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param apiMessage the error message the API sent, or {@code null}
   * @param requestId the API's {@code x-request-id}, or {@code null}
   */
  public RateLimitException(String request, String apiMessage, String requestId) {
    super(request, 429, apiMessage, requestId, "");
  }
}
