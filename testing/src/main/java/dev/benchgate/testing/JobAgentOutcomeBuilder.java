package dev.benchgate.testing;

import dev.benchgate.core.model.JobAgentOutcomeView;
import dev.benchgate.core.model.JobScenarioOutcomeState;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a {@link JobAgentOutcomeView}, what one agent of a benchmark job achieved; start with
 * {@link Models#agentOutcome(String, BenchmarkOutcome)}, which reports each scenario run of the
 * agent's run as the job would, or with {@link Models#agentOutcome(String, String)} and add the
 * scenario outcomes yourself. The API's counts ({@code n_completed}, {@code n_failed}, {@code
 * n_timeout}) and {@code average_score} (over completed scenarios only) follow from the scenario
 * outcomes unless set.
 *
 * <pre>{@code
 * JobAgentOutcomeView candidate = Models.agentOutcome("candidate", candidateRun)
 *     .model("gpt-5")
 *     .setupFailure("scn_9", "add-cache", "EnvironmentSetupError", "devbox failed to start")
 *     .build();
 * }</pre>
 */
public final class JobAgentOutcomeBuilder {
  private final String agentName;
  private final String benchmarkRunId;
  private final List<JobScenarioOutcomeView> scenarioOutcomes = new ArrayList<>();
  private String modelName;
  private Long durationMs;
  private Double averageScore;
  private boolean averageScoreSet;
  private int[] counts;

  JobAgentOutcomeBuilder(String agentName, String benchmarkRunId) {
    this.agentName = agentName;
    this.benchmarkRunId = benchmarkRunId;
  }

  /** Reports each scenario run of a run's outcome as the job's orchestrator would. */
  JobAgentOutcomeBuilder(String agentName, BenchmarkOutcome run) {
    this(agentName, run.runId());
    this.durationMs = run.run().durationMs();
    for (ScenarioRunView scenarioRun : run.scenarioRuns()) {
      if (!run.isSynthesized(scenarioRun)) {
        scenarioOutcomes.add(reported(run, scenarioRun));
      }
    }
  }

  private static JobScenarioOutcomeView reported(
      BenchmarkOutcome run, ScenarioRunView scenarioRun) {
    ScenarioRunState state = scenarioRun.state();
    String reported =
        switch (state) {
          case SCORED, COMPLETED -> JobScenarioOutcomeState.COMPLETED.apiValue();
          case FAILED -> JobScenarioOutcomeState.FAILED.apiValue();
          case TIMEOUT -> JobScenarioOutcomeState.TIMEOUT.apiValue();
          case CANCELED -> JobScenarioOutcomeState.CANCELED.apiValue();
          default ->
              scenarioRun.stateValue() == null
                  ? null
                  : scenarioRun.stateValue().toUpperCase(Locale.ROOT);
        };
    return new JobScenarioOutcomeView(
        scenarioRun.scenarioId(),
        run.scenarioName(scenarioRun),
        reported,
        JobScenarioOutcomeState.COMPLETED.apiValue().equals(reported) ? scenarioRun.score() : null,
        scenarioRun.id(),
        scenarioRun.durationMs(),
        null);
  }

  /**
   * Sets the model the agent used.
   *
   * @param modelName e.g. {@code gpt-5}, or {@code null} for none
   * @return this builder
   */
  public JobAgentOutcomeBuilder model(String modelName) {
    this.modelName = modelName;
    return this;
  }

  /**
   * Adds scenario outcomes.
   *
   * @param added the scenario outcomes, e.g. from {@link Models#scenarioOutcome(String)}
   * @return this builder
   */
  public JobAgentOutcomeBuilder scenarios(JobScenarioOutcomeView... added) {
    scenarioOutcomes.addAll(List.of(added));
    return this;
  }

  /**
   * Adds a scenario that failed in setup, before a scenario run existed: {@code FAILED}, without a
   * scenario run, with the exception the orchestrator caught.
   *
   * @param scenarioId the scenario ({@code scn_…})
   * @param scenarioName its name
   * @param exceptionType e.g. {@code EnvironmentSetupError}
   * @param exceptionMessage e.g. {@code devbox failed to start}
   * @return this builder
   */
  public JobAgentOutcomeBuilder setupFailure(
      String scenarioId, String scenarioName, String exceptionType, String exceptionMessage) {
    return scenarios(
        new JobScenarioOutcomeBuilder(scenarioId)
            .named(scenarioName)
            .failed(exceptionType, exceptionMessage)
            .build());
  }

  /**
   * Sets how long the agent's run took.
   *
   * @param duration the duration, or {@code null} for none
   * @return this builder
   */
  public JobAgentOutcomeBuilder duration(Duration duration) {
    this.durationMs = duration == null ? null : duration.toMillis();
    return this;
  }

  /**
   * Sets the API's {@code average_score} instead of the mean of the completed scenarios' scores.
   *
   * @param averageScore the score, or {@code null} for none
   * @return this builder
   */
  public JobAgentOutcomeBuilder averageScore(Double averageScore) {
    this.averageScore = averageScore;
    this.averageScoreSet = true;
    return this;
  }

  /**
   * Sets the API's counts instead of counting the scenario outcomes: they may disagree with the
   * scenario outcomes on a real server (JOBS.md, pitfall 6).
   *
   * @param completed {@code n_completed}
   * @param failed {@code n_failed}
   * @param timedOut {@code n_timeout}
   * @return this builder
   */
  public JobAgentOutcomeBuilder counts(int completed, int failed, int timedOut) {
    this.counts = new int[] {completed, failed, timedOut};
    return this;
  }

  /**
   * Builds the agent's outcome.
   *
   * @return the outcome
   */
  public JobAgentOutcomeView build() {
    int[] n = counts == null ? counted() : counts;
    return new JobAgentOutcomeView(
        agentName,
        benchmarkRunId,
        n[0],
        n[1],
        n[2],
        scenarioOutcomes,
        averageScoreSet ? averageScore : completedMean(),
        durationMs,
        modelName);
  }

  private int[] counted() {
    int[] n = new int[3];
    for (JobScenarioOutcomeView scenario : scenarioOutcomes) {
      switch (scenario.state()) {
        case COMPLETED -> n[0]++;
        case FAILED -> n[1]++;
        case TIMEOUT -> n[2]++;
        default -> {
          // The API has no count of canceled or unknown outcomes.
        }
      }
    }
    return n;
  }

  /** The API's average_score: the mean over completed scenarios only. */
  private Double completedMean() {
    double[] scores =
        scenarioOutcomes.stream()
            .filter(scenario -> scenario.state() == JobScenarioOutcomeState.COMPLETED)
            .filter(scenario -> scenario.score() != null)
            .mapToDouble(JobScenarioOutcomeView::score)
            .toArray();
    return scores.length == 0 ? null : java.util.Arrays.stream(scores).average().orElseThrow();
  }
}
