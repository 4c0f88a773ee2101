package dev.benchgate.testing;

import dev.benchgate.core.model.InputContext;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.Scorer;
import dev.benchgate.core.model.ScoringContract;
import dev.benchgate.core.model.ScoringFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ScenarioView} for tests; start with {@link Models#scenario(String)}.
 *
 * <pre>{@code
 * ScenarioView scenario =
 *     Models.scenario("scn_1").named("fix-login-bug")
 *         .scoringFunction("unit-tests", 1.0, new TestBasedScorer("pytest", List.of()))
 *         .build();
 * }</pre>
 */
public final class ScenarioBuilder {
  private final String id;
  private String name;
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private String problemStatement = "Make the tests pass.";
  private final List<ScoringFunction> scoringFunctions = new ArrayList<>();
  private String status = "active";
  private String validationType;

  ScenarioBuilder(String id) {
    this.id = id;
  }

  /**
   * Sets the scenario's name.
   *
   * @param name the name
   * @return this builder
   */
  public ScenarioBuilder named(String name) {
    this.name = name;
    return this;
  }

  /**
   * Adds a weighted scoring function to the scoring contract.
   *
   * @param functionName the function's name
   * @param weight its weight
   * @param scorer how it scores
   * @return this builder
   */
  public ScenarioBuilder scoringFunction(String functionName, double weight, Scorer scorer) {
    scoringFunctions.add(new ScoringFunction(functionName, weight, scorer));
    return this;
  }

  /**
   * Sets the status as the API spells it, including values the model does not know.
   *
   * @param status e.g. {@code "archived"}
   * @return this builder
   */
  public ScenarioBuilder status(String status) {
    this.status = status;
    return this;
  }

  /**
   * Sets the status to {@code archived}.
   *
   * @return this builder
   */
  public ScenarioBuilder archived() {
    return status("archived");
  }

  /**
   * Sets the task given to the agent.
   *
   * @param problemStatement the task, in prose
   * @return this builder
   */
  public ScenarioBuilder problemStatement(String problemStatement) {
    this.problemStatement = problemStatement;
    return this;
  }

  /**
   * Adds a metadata entry.
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public ScenarioBuilder metadata(String key, String value) {
    metadata.put(key, value);
    return this;
  }

  /**
   * Sets the validation type as the API spells it, including values the model does not know.
   *
   * @param validationType e.g. {@code "FORWARD"}
   * @return this builder
   */
  public ScenarioBuilder validationType(String validationType) {
    this.validationType = validationType;
    return this;
  }

  /**
   * Builds the scenario.
   *
   * @return the scenario
   */
  public ScenarioView build() {
    return new ScenarioView(
        id,
        name,
        metadata,
        new InputContext(problemStatement, null),
        new ScoringContract(scoringFunctions),
        status,
        null,
        null,
        List.of(),
        List.of(),
        null,
        null,
        validationType);
  }
}
