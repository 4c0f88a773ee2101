package dev.benchgate.core.error;

/**
 * The API key is valid but may not read this resource ({@code 403 Forbidden}).
 *
 * <pre>{@code
 * try {
 *   client.benchmarkRun("bmr_of_another_team");
 * } catch (PermissionDeniedException e) {
 *   // the key belongs to an account without access to this run
 * }
 * }</pre>
 */
public class PermissionDeniedException extends RunloopApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param request the request that failed, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param apiMessage the error message the API sent, or {@code null}
   * @param requestId the API's {@code x-request-id}, or {@code null}
   */
  public PermissionDeniedException(String request, String apiMessage, String requestId) {
    super(
        request,
        403,
        apiMessage,
        requestId,
        "Check that the API key belongs to an account with access: " + ApiKeyAdvice.HOW_TO_SET);
  }
}
