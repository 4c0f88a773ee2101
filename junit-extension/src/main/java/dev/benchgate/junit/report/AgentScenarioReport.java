package dev.benchgate.junit.report;

import com.squareup.moshi.Json;

/**
 * How one agent of a benchmark job did on one scenario, a cell of {@link JobScenarioReport}.
 *
 * @param agent the agent's name, as {@link JobAgentReport#name()} gives it
 * @param state the state of its scenario run (the least finished of several), {@code null} when the
 *     agent has no run of the scenario
 * @param score its score (the mean of several runs), {@code null} without one
 * @param setupFailure whether the scenario failed in setup, before a scenario run existed, as the
 *     job reported it
 * @param failureReason why the scenario failed as the job reported it (exception type and message),
 *     {@code null} when it gave none
 */
public record AgentScenarioReport(
    String agent,
    String state,
    Double score,
    @Json(name = "setup_failure") boolean setupFailure,
    @Json(name = "failure_reason") String failureReason) {}
