package dev.benchgate.core.error;

/**
 * The API did not accept the API key ({@code 401 Unauthorized}). The message says how to set it.
 *
 * <pre>{@code
 * try {
 *   client.benchmarkRun("bmr_123");
 * } catch (AuthenticationException e) {
 *   // RUNLOOP_API_KEY is wrong or expired
 * }
 * }</pre>
 */
public class AuthenticationException extends RunloopApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param request the request that failed, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param apiMessage the error message the API sent, or {@code null}
   * @param requestId the API's {@code x-request-id}, or {@code null}
   */
  public AuthenticationException(String request, String apiMessage, String requestId) {
    super(request, 401, apiMessage, requestId, "Check the API key: " + ApiKeyAdvice.HOW_TO_SET);
  }
}
