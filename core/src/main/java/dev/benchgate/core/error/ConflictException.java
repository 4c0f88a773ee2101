package dev.benchgate.core.error;

/**
 * The API reported a conflict ({@code 409 Conflict}). The client retries these before giving up.
 *
 * <pre>{@code
 * try {
 *   client.benchmarkRun("bmr_123");
 * } catch (ConflictException e) {
 *   // still conflicting after every retry
 * }
 * }</pre>
 */
public class ConflictException extends RunloopApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param request the request that failed, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param apiMessage the error message the API sent, or {@code null}
   * @param requestId the API's {@code x-request-id}, or {@code null}
   */
  public ConflictException(String request, String apiMessage, String requestId) {
    super(request, 409, apiMessage, requestId, "");
  }
}
