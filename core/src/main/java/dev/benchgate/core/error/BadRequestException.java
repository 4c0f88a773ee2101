package dev.benchgate.core.error;

/**
 * The API rejected a request as malformed ({@code 400 Bad Request}), e.g. a query parameter it does
 * not accept.
 *
 * <pre>{@code
 * try {
 *   client.benchmarkRuns(query).toList();
 * } catch (BadRequestException e) {
 *   // the server refused one of the query's filters
 * }
 * }</pre>
 */
public class BadRequestException extends RunloopApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param request the request that failed, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param apiMessage the error message the API sent, or {@code null}
   * @param requestId the API's {@code x-request-id}, or {@code null}
   */
  public BadRequestException(String request, String apiMessage, String requestId) {
    super(request, 400, apiMessage, requestId, "");
  }
}
