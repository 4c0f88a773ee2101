package dev.benchgate.core;

/**
 * Which generation of the benchmark-run endpoints a client speaks. Runloop renamed them in 2026-01:
 * the current API serves {@code /v1/benchmark_runs}, {@code /v1/benchmark_runs/{id}} and {@code
 * /v1/benchmark_runs/{id}/scenario_runs}; the legacy API served the same under {@code
 * /v1/benchmarks/runs}. All other endpoints are the same in both. Servers of either generation are
 * in use, so {@link #AUTO} is the default.
 *
 * <pre>{@code
 * RunloopClient client = RunloopClient.builder()
 *     .apiKey(key)
 *     .apiGeneration(ApiGeneration.LEGACY)   // an on-premises server that predates the rename
 *     .build();
 * }</pre>
 */
public enum ApiGeneration {
  /**
   * Finds out, once per client. The first benchmark-run request goes to the current path. When it
   * answers, the client uses the current paths from then on. When it answers {@code 404 Not Found},
   * the same request is repeated once on the legacy path; when that answers, the client uses the
   * legacy paths from then on. When the legacy path does not answer successfully either (a {@code
   * 404} for a run id that does not exist, any other error status, or a body this client cannot
   * read), the current path's {@link dev.benchgate.core.error.NotFoundException} is thrown, with
   * the legacy failure suppressed, and the next request finds out again; a connection failure on
   * the legacy path is thrown as it is. Costs one extra request on a legacy server, none on a
   * current one.
   */
  AUTO,

  /** Only the current paths, {@code /v1/benchmark_runs/…}. */
  CURRENT,

  /**
   * Only the legacy paths, {@code /v1/benchmarks/runs/…}. A legacy run embeds its finished scenario
   * runs; when the server also lacks the legacy scenario-run list, {@link
   * RunloopClient#outcome(String)} builds the scenario runs from those embedded ones (see there),
   * and the client, having seen the list answer {@code 404} once, does not ask for it again.
   */
  LEGACY
}
