package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * Why a scenario of a benchmark job did not end with a score, as the job reports it ({@code
 * ScenarioOutcome.failure_reason}): the exception the orchestrator caught.
 *
 * <pre>{@code
 * scenarioOutcome.failure().ifPresent(reason -> System.out.println(reason.describe()));
 * // EnvironmentSetupError: devbox failed to start
 * }</pre>
 *
 * @param exceptionType the exception's type, e.g. {@code AgentTimeoutError}
 * @param exceptionMessage its message, e.g. {@code agent exceeded 7200s}
 */
public record ScenarioFailureReason(
    @Json(name = "exception_type") String exceptionType,
    @Json(name = "exception_message") String exceptionMessage) {

  /**
   * Describes the failure in one line, as messages and reports print it.
   *
   * @return e.g. {@code "EnvironmentSetupError: devbox failed to start"}; either part alone when
   *     the other is missing or blank
   */
  public String describe() {
    boolean hasType = exceptionType != null && !exceptionType.isBlank();
    boolean hasMessage = exceptionMessage != null && !exceptionMessage.isBlank();
    if (hasType && hasMessage) {
      return exceptionType + ": " + exceptionMessage;
    }
    return hasType ? exceptionType : hasMessage ? exceptionMessage : "no reason given";
  }
}
