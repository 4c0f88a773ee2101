package dev.benchgate.testing;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.model.ScoringFunctionResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ScenarioRunView} for tests; start with {@link Models#scenarioRun(String)}. The
 * run gets a scoring result as soon as a score or a scoring function result is set.
 *
 * <pre>{@code
 * ScenarioRunView scenarioRun =
 *     Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.4)
 *         .scoringFunction("unit-tests", null, "error", "pytest: command not found")
 *         .build();
 * }</pre>
 */
public final class ScenarioRunBuilder {
  private final String id;
  private String scenarioId;
  private String devboxId;
  private String benchmarkRunId;
  private String name;
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private String state = "running";
  private Long startTimeMs = Models.START_TIME_MS;
  private Long durationMs;
  private String purpose;
  private boolean scoringResult;
  private Double score;
  private final List<ScoringFunctionResult> scoringFunctionResults = new ArrayList<>();

  ScenarioRunBuilder(String id) {
    this.id = id;
    String suffix = id.substring(id.indexOf('_') + 1);
    this.scenarioId = "scn_" + suffix;
    this.devboxId = "dbx_" + suffix;
  }

  /**
   * Sets the scenario this run ran.
   *
   * @param scenarioId e.g. {@code "scn_1"}
   * @return this builder
   */
  public ScenarioRunBuilder scenario(String scenarioId) {
    this.scenarioId = scenarioId;
    return this;
  }

  /**
   * Sets the devbox the agent ran in.
   *
   * @param devboxId e.g. {@code "dbx_1"}
   * @return this builder
   */
  public ScenarioRunBuilder devbox(String devboxId) {
    this.devboxId = devboxId;
    return this;
  }

  /**
   * Sets the benchmark run this scenario run belongs to.
   *
   * @param benchmarkRunId e.g. {@code "bmr_1"}
   * @return this builder
   */
  public ScenarioRunBuilder benchmarkRun(String benchmarkRunId) {
    this.benchmarkRunId = benchmarkRunId;
    return this;
  }

  /**
   * Sets the scenario run's name.
   *
   * @param name the name
   * @return this builder
   */
  public ScenarioRunBuilder named(String name) {
    this.name = name;
    return this;
  }

  /**
   * Sets the state as the API spells it, including values the model does not know.
   *
   * @param state e.g. {@code "scored"} or {@code "paused"}
   * @return this builder
   */
  public ScenarioRunBuilder state(String state) {
    this.state = state;
    return this;
  }

  /**
   * Sets the state to {@code running}.
   *
   * @return this builder
   */
  public ScenarioRunBuilder running() {
    return state("running");
  }

  /**
   * Sets the state to {@code scoring}.
   *
   * @return this builder
   */
  public ScenarioRunBuilder scoring() {
    return state("scoring");
  }

  /**
   * Sets the state to {@code scored} and the total score.
   *
   * @param score the score
   * @return this builder
   */
  public ScenarioRunBuilder scored(double score) {
    return state("scored").score(score);
  }

  /**
   * Sets the state to {@code completed}; the run stays unscored until a score is set.
   *
   * @return this builder
   */
  public ScenarioRunBuilder completed() {
    return state("completed");
  }

  /**
   * Sets the state to {@code canceled}.
   *
   * @return this builder
   */
  public ScenarioRunBuilder canceled() {
    return state("canceled");
  }

  /**
   * Sets the state to {@code timeout}.
   *
   * @return this builder
   */
  public ScenarioRunBuilder timeout() {
    return state("timeout");
  }

  /**
   * Sets the state to {@code failed}.
   *
   * @return this builder
   */
  public ScenarioRunBuilder failed() {
    return state("failed");
  }

  /**
   * Gives the run a scoring result with this total score.
   *
   * @param score the total score, or {@code null} for a result without one
   * @return this builder
   */
  public ScenarioRunBuilder score(Double score) {
    this.scoringResult = true;
    this.score = score;
    return this;
  }

  /**
   * Adds the result of one scoring function, giving the run a scoring result.
   *
   * @param functionName the scoring function's name
   * @param functionScore its score, may be {@code null}
   * @param functionState its state as the API spells it, e.g. {@code "complete"} or {@code "error"}
   * @param output the scorer's log, may be {@code null}
   * @return this builder
   */
  public ScenarioRunBuilder scoringFunction(
      String functionName, Double functionScore, String functionState, String output) {
    this.scoringResult = true;
    scoringFunctionResults.add(
        new ScoringFunctionResult(functionName, functionScore, output, functionState));
    return this;
  }

  /**
   * Sets how long the run took.
   *
   * @param duration the duration, or {@code null} for none
   * @return this builder
   */
  public ScenarioRunBuilder duration(Duration duration) {
    this.durationMs = duration == null ? null : duration.toMillis();
    return this;
  }

  /**
   * Sets when the run started.
   *
   * @param startTimeMs Unix milliseconds, or {@code null} for none
   * @return this builder
   */
  public ScenarioRunBuilder startTimeMs(Long startTimeMs) {
    this.startTimeMs = startTimeMs;
    return this;
  }

  /**
   * Adds a metadata entry.
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public ScenarioRunBuilder metadata(String key, String value) {
    metadata.put(key, value);
    return this;
  }

  /**
   * Sets why the run was made.
   *
   * @param purpose the purpose
   * @return this builder
   */
  public ScenarioRunBuilder purpose(String purpose) {
    this.purpose = purpose;
    return this;
  }

  /**
   * Builds the scenario run.
   *
   * @return the scenario run
   */
  public ScenarioRunView build() {
    ScoringContractResult result =
        scoringResult ? new ScoringContractResult(score, scoringFunctionResults) : null;
    return new ScenarioRunView(
        id,
        scenarioId,
        devboxId,
        benchmarkRunId,
        name,
        metadata,
        state,
        startTimeMs,
        durationMs,
        purpose,
        result,
        Map.of(),
        Map.of());
  }
}
