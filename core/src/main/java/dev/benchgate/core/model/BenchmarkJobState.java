package dev.benchgate.core.model;

/**
 * The state of a benchmark job. {@code initializing}, {@code queued} and {@code running} are in
 * progress; {@code completed}, {@code failed}, {@code cancelled} and {@code timeout} are final. A
 * state this version does not know is neither known to be final nor known to be running.
 *
 * <p>The API spells the job's cancellation {@code cancelled}, with two L, where runs have {@code
 * canceled}; both spellings parse as {@link #CANCELLED}.
 *
 * <pre>{@code
 * BenchmarkJobState state = BenchmarkJobState.fromApiValue("cancelled");
 * }</pre>
 */
public enum BenchmarkJobState implements ApiEnum {
  /** The API's {@code "initializing"}. */
  INITIALIZING("initializing"),
  /** The API's {@code "queued"}. */
  QUEUED("queued"),
  /** The API's {@code "running"}. */
  RUNNING("running"),
  /** The API's {@code "completed"}. */
  COMPLETED("completed"),
  /** The API's {@code "failed"}. */
  FAILED("failed"),
  /** The API's {@code "cancelled"} (also read as {@code "canceled"}). */
  CANCELLED("cancelled"),
  /** The API's {@code "timeout"}. */
  TIMEOUT("timeout"),
  /** A value this version of Benchgate does not know; the raw string stays on the record. */
  UNRECOGNIZED(null);

  private final String apiValue;

  BenchmarkJobState(String apiValue) {
    this.apiValue = apiValue;
  }

  @Override
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses the API's string, case-insensitively and in either spelling of "cancelled".
   *
   * @param value the raw value, may be {@code null}
   * @return the constant, or {@link #UNRECOGNIZED} for an unknown or missing value
   */
  public static BenchmarkJobState fromApiValue(String value) {
    return ApiValues.lookup(BenchmarkJobState.class, value, UNRECOGNIZED);
  }

  /**
   * Tells whether the job has reached a final state the API documents (those rl-cli stops watching
   * at). A state added by the API later is not taken as final: waiting for a job in such a state
   * goes on until its deadline and then says that the state was unknown.
   *
   * @return {@code true} for {@link #COMPLETED}, {@link #FAILED}, {@link #CANCELLED} and {@link
   *     #TIMEOUT}
   */
  public boolean isFinal() {
    return this == COMPLETED || this == FAILED || this == CANCELLED || this == TIMEOUT;
  }
}
