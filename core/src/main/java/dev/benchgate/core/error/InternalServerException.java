package dev.benchgate.core.error;

/**
 * The API kept failing with a {@code 5xx} status after every retry the client made.
 *
 * <pre>{@code
 * try {
 *   client.outcome("bmr_123");
 * } catch (InternalServerException e) {
 *   // Runloop is having trouble: report e.requestId() to its support
 * }
 * }</pre>
 */
public class InternalServerException extends RunloopApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param request the request that failed, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param statusCode the status, from 500 to 599
   * @param apiMessage the error message the API sent, or {@code null}
   * @param requestId the API's {@code x-request-id}, or {@code null}
   */
  public InternalServerException(
      String request, int statusCode, String apiMessage, String requestId) {
    super(request, statusCode, apiMessage, requestId, "");
  }
}
