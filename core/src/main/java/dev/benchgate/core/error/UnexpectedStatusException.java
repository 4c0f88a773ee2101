package dev.benchgate.core.error;

/**
 * The API answered with an error status that has no exception of its own, e.g. {@code 418}, or a
 * {@code 3xx} that is no redirect (see {@link RedirectException} for those).
 *
 * <pre>{@code
 * try {
 *   client.benchmarkRun("bmr_123");
 * } catch (UnexpectedStatusException e) {
 *   System.err.println("Unexpected HTTP " + e.statusCode());
 * }
 * }</pre>
 */
public class UnexpectedStatusException extends RunloopApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param request the request that failed, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param statusCode the status
   * @param apiMessage the error message the API sent, or {@code null}
   * @param requestId the API's {@code x-request-id}, or {@code null}
   */
  public UnexpectedStatusException(
      String request, int statusCode, String apiMessage, String requestId) {
    this(request, statusCode, apiMessage, requestId, "");
  }

  /**
   * Creates the exception with advice, for subclasses.
   *
   * @param request the request that failed, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param statusCode the status
   * @param apiMessage the error message the API sent, or {@code null}
   * @param requestId the API's {@code x-request-id}, or {@code null}
   * @param advice a sentence on what happened or how to fix it, appended to the message, or {@code
   *     ""}
   */
  protected UnexpectedStatusException(
      String request, int statusCode, String apiMessage, String requestId, String advice) {
    super(request, statusCode, apiMessage, requestId, advice);
  }
}
