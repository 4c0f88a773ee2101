package dev.benchgate.core.error;

/**
 * The resource does not exist ({@code 404 Not Found}), e.g. a mistyped run id.
 *
 * <pre>{@code
 * Optional<BenchmarkRunView> run;
 * try {
 *   run = Optional.of(client.benchmarkRun(runId));
 * } catch (NotFoundException e) {
 *   run = Optional.empty();
 * }
 * }</pre>
 */
public class NotFoundException extends RunloopApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param request the request that failed, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param apiMessage the error message the API sent, or {@code null}
   * @param requestId the API's {@code x-request-id}, or {@code null}
   */
  public NotFoundException(String request, String apiMessage, String requestId) {
    super(request, 404, apiMessage, requestId, "");
  }
}
