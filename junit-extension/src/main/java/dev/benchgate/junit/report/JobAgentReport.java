package dev.benchgate.junit.report;

import com.squareup.moshi.Json;

/**
 * One agent of a benchmark job as the end-of-run report shows it: its run's summary, a row of the
 * job's table. Its run is among {@link BenchgateReport#runs()} too, with every scenario.
 *
 * @param name the name the job knows the agent by (see {@code JobAgent#name()} in core)
 * @param model the model it used, {@code null} when the job gives none
 * @param runId the id of its benchmark run
 * @param state its run's state
 * @param score its run's score as the API computed it, {@code null} without one
 * @param scenarios how many scenarios its run has results for
 * @param passed how many scenarios scored at least the pass threshold
 * @param failed how many scenarios did not pass for any other reason than infrastructure (a low
 *     score, no score)
 * @param infrastructureFailures how many scenarios ended without a score because of infrastructure
 *     (failed, timed out, canceled, failed in setup)
 * @param setupFailures how many scenarios failed in setup, before a scenario run existed
 * @param finished whether the job reports an outcome for the agent; {@code false} while its run is
 *     in progress
 */
public record JobAgentReport(
    String name,
    String model,
    @Json(name = "run_id") String runId,
    String state,
    Double score,
    int scenarios,
    int passed,
    int failed,
    @Json(name = "infrastructure_failures") int infrastructureFailures,
    @Json(name = "setup_failures") int setupFailures,
    boolean finished) {}
