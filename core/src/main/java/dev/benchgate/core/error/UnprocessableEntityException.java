package dev.benchgate.core.error;

/**
 * The API understood the request but could not process it ({@code 422 Unprocessable Entity}).
 *
 * <pre>{@code
 * try {
 *   client.scenarios(ScenarioQuery.all().withSearch(text)).toList();
 * } catch (UnprocessableEntityException e) {
 *   // the server could not use this search text
 * }
 * }</pre>
 */
public class UnprocessableEntityException extends RunloopApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param request the request that failed, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param apiMessage the error message the API sent, or {@code null}
   * @param requestId the API's {@code x-request-id}, or {@code null}
   */
  public UnprocessableEntityException(String request, String apiMessage, String requestId) {
    super(request, 422, apiMessage, requestId, "");
  }
}
