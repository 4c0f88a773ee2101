package dev.benchgate.junit.report;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * One test of the plan that used a benchmark run: a gate, and how it ended.
 *
 * @param uniqueId the test's JUnit unique id
 * @param name the test's display name, with its class
 * @param status {@code passed}, {@code failed}, {@code aborted} or {@code skipped}
 * @param message why it failed or was aborted, {@code null} when it passed
 * @param runIds the runs it received, candidates and baselines alike
 */
public record GateReport(
    @Json(name = "unique_id") String uniqueId,
    String name,
    String status,
    String message,
    @Json(name = "run_ids") List<String> runIds) {

  /** The status of a gate that failed. */
  public static final String FAILED = "failed";

  /** Copies the run ids. */
  public GateReport {
    runIds = runIds == null ? List.of() : List.copyOf(runIds);
  }

  /**
   * Tells whether the gate failed.
   *
   * @return {@code true} for status {@value #FAILED}
   */
  public boolean isFailed() {
    return FAILED.equals(status);
  }
}
