package dev.benchgate.core.error;

import java.util.Optional;

/**
 * The API answered with an error status. There is one subclass per status class, so that callers
 * can catch exactly what they handle, e.g. {@link NotFoundException} for a run id that does not
 * exist. The message reads like
 *
 * <pre>
 * GET /v1/benchmark_runs/bmr_1 failed: 404 Not Found: benchmark run not found (request id: req_9)
 * </pre>
 *
 * <pre>{@code
 * try {
 *   client.benchmarkRun(runId);
 * } catch (RunloopApiException e) {
 *   log(e.statusCode() + " " + e.requestId().orElse("(no request id)"));
 * }
 * }</pre>
 */
public abstract class RunloopApiException extends RunloopException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String apiMessage;
  private final String requestId;

  /**
   * Creates the exception and its message.
   *
   * @param request the request that failed, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param statusCode the HTTP status
   * @param apiMessage the error message the API sent, or {@code null}
   * @param requestId the API's {@code x-request-id}, or {@code null}
   * @param advice a sentence on how to fix it, appended to the message, or {@code ""}
   */
  protected RunloopApiException(
      String request, int statusCode, String apiMessage, String requestId, String advice) {
    super(message(request, statusCode, apiMessage, requestId, advice));
    this.statusCode = statusCode;
    this.apiMessage = apiMessage;
    this.requestId = requestId;
  }

  private static String message(
      String request, int statusCode, String apiMessage, String requestId, String advice) {
    StringBuilder message =
        new StringBuilder(request).append(" failed: ").append(StatusPhrases.statusLine(statusCode));
    if (apiMessage != null && !apiMessage.isBlank()) {
      message.append(": ").append(apiMessage);
    }
    if (requestId != null && !requestId.isBlank()) {
      message.append(" (request id: ").append(requestId).append(')');
    }
    if (!advice.isEmpty()) {
      message.append(". ").append(advice);
    }
    return message.toString();
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return e.g. {@code 404}
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the error message the API sent: the {@code message} of a JSON error body, else the
   * start of the body.
   *
   * @return the message, shortened when long; empty when the response had no body
   */
  public Optional<String> apiMessage() {
    return Optional.ofNullable(apiMessage);
  }

  /**
   * Returns the id the API gave the request, for Runloop's support.
   *
   * @return the {@code x-request-id} response header, or empty when absent
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
