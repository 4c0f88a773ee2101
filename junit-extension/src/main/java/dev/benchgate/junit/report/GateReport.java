package dev.benchgate.junit.report;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * One test of the plan that used, or needed, a benchmark run: a gate, and how it ended.
 *
 * @param uniqueId the test's JUnit unique id
 * @param name the test's display name, with its class
 * @param status {@code passed}, {@code failed}, {@code aborted} or {@code skipped}
 * @param message why it failed or was aborted, {@code null} when it passed
 * @param runIds the runs it received, candidates and baselines alike
 * @param couldNotJudge why it could not be given a run it needed (the run could not be fetched or
 *     did not finish, a baseline was missing), {@code null} when it received every run it needed
 */
public record GateReport(
    @Json(name = "unique_id") String uniqueId,
    String name,
    String status,
    String message,
    @Json(name = "run_ids") List<String> runIds,
    @Json(name = "could_not_judge") String couldNotJudge) {

  /** The status of a gate that passed. */
  public static final String PASSED = "passed";

  /** The status of a gate that failed. */
  public static final String FAILED = "failed";

  /** Copies the run ids. */
  public GateReport {
    runIds = runIds == null ? List.of() : List.copyOf(runIds);
  }

  /**
   * Creates the report of a gate that received every run it needed.
   *
   * <pre>{@code
   * new GateReport(uniqueId, "Gates > overall()", GateReport.PASSED, null, List.of("bmr_1"));
   * }</pre>
   *
   * @param uniqueId the test's JUnit unique id
   * @param name the test's display name, with its class
   * @param status {@code passed}, {@code failed}, {@code aborted} or {@code skipped}
   * @param message why it failed or was aborted, {@code null} when it passed
   * @param runIds the runs it received
   */
  public GateReport(
      String uniqueId, String name, String status, String message, List<String> runIds) {
    this(uniqueId, name, status, message, runIds, null);
  }

  /**
   * Tells whether the gate failed.
   *
   * @return {@code true} for status {@value #FAILED}
   */
  public boolean isFailed() {
    return FAILED.equals(status);
  }

  /**
   * Tells whether the gate passed.
   *
   * @return {@code true} for status {@value #PASSED}
   */
  public boolean isPassed() {
    return PASSED.equals(status);
  }

  /**
   * Tells whether the gate received every run it needed, so that it could judge.
   *
   * @return {@code false} when {@link #couldNotJudge()} says why it could not
   */
  public boolean judged() {
    return couldNotJudge == null;
  }
}
