package dev.benchgate.testing;

import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.ScenarioFailureReason;
import java.time.Duration;

/**
 * Builds a {@link JobScenarioOutcomeView}, how one scenario ended for one agent of a benchmark job;
 * start with {@link Models#scenarioOutcome(String)}. States are the API's UPPERCASE strings.
 *
 * <pre>{@code
 * JobScenarioOutcomeView passed = Models.scenarioOutcome("scn_1").named("fix-login").completed(1.0).run("scr_1").build();
 * JobScenarioOutcomeView setup = Models.scenarioOutcome("scn_2").named("add-cache")
 *     .failed("EnvironmentSetupError", "devbox failed to start").build();   // no scenario run
 * }</pre>
 */
public final class JobScenarioOutcomeBuilder {
  private final String scenarioDefinitionId;
  private String scenarioName;
  private String state = "COMPLETED";
  private Double score;
  private String scenarioRunId;
  private Long durationMs;
  private ScenarioFailureReason failureReason;

  JobScenarioOutcomeBuilder(String scenarioDefinitionId) {
    this.scenarioDefinitionId = scenarioDefinitionId;
    this.scenarioName = scenarioDefinitionId;
  }

  /**
   * Sets the scenario's name (its id by default).
   *
   * @param scenarioName the name
   * @return this builder
   */
  public JobScenarioOutcomeBuilder named(String scenarioName) {
    this.scenarioName = scenarioName;
    return this;
  }

  /**
   * Sets the state as the API spells it, including values the model does not know.
   *
   * @param state e.g. {@code "COMPLETED"} or {@code "SKIPPED"}
   * @return this builder
   */
  public JobScenarioOutcomeBuilder state(String state) {
    this.state = state;
    return this;
  }

  /**
   * Sets the state to {@code COMPLETED} with a score, the only state that has one.
   *
   * @param score from 0 to 1
   * @return this builder
   */
  public JobScenarioOutcomeBuilder completed(double score) {
    this.score = score;
    return state("COMPLETED");
  }

  /**
   * Sets the state to {@code FAILED}, with the exception the orchestrator caught.
   *
   * @param exceptionType e.g. {@code EnvironmentSetupError}
   * @param exceptionMessage e.g. {@code devbox failed to start}
   * @return this builder
   */
  public JobScenarioOutcomeBuilder failed(String exceptionType, String exceptionMessage) {
    return failureReason(exceptionType, exceptionMessage).state("FAILED");
  }

  /**
   * Sets the state to {@code TIMEOUT}, with the exception the orchestrator caught.
   *
   * @param exceptionType e.g. {@code AgentTimeoutError}
   * @param exceptionMessage e.g. {@code agent exceeded 7200s}
   * @return this builder
   */
  public JobScenarioOutcomeBuilder timeout(String exceptionType, String exceptionMessage) {
    return failureReason(exceptionType, exceptionMessage).state("TIMEOUT");
  }

  /**
   * Sets the state to {@code CANCELED}.
   *
   * @return this builder
   */
  public JobScenarioOutcomeBuilder canceled() {
    return state("CANCELED");
  }

  /**
   * Sets the score, whatever the state.
   *
   * @param score the score, or {@code null} for none
   * @return this builder
   */
  public JobScenarioOutcomeBuilder score(Double score) {
    this.score = score;
    return this;
  }

  /**
   * Sets the scenario run; without one the scenario failed before a run existed.
   *
   * @param scenarioRunId e.g. {@code "scr_1"}
   * @return this builder
   */
  public JobScenarioOutcomeBuilder run(String scenarioRunId) {
    this.scenarioRunId = scenarioRunId;
    return this;
  }

  /**
   * Sets how long the scenario took.
   *
   * @param duration the duration, or {@code null} for none
   * @return this builder
   */
  public JobScenarioOutcomeBuilder duration(Duration duration) {
    this.durationMs = duration == null ? null : duration.toMillis();
    return this;
  }

  /**
   * Sets why the scenario failed.
   *
   * @param exceptionType the exception's type
   * @param exceptionMessage its message
   * @return this builder
   */
  public JobScenarioOutcomeBuilder failureReason(String exceptionType, String exceptionMessage) {
    this.failureReason = new ScenarioFailureReason(exceptionType, exceptionMessage);
    return this;
  }

  /**
   * Builds the scenario outcome.
   *
   * @return the scenario outcome
   */
  public JobScenarioOutcomeView build() {
    return new JobScenarioOutcomeView(
        scenarioDefinitionId, scenarioName, state, score, scenarioRunId, durationMs, failureReason);
  }
}
