package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Optional;

/**
 * How a scenario is scored: a weighted set of scoring functions.
 *
 * @param scoringFunctionParameters the scoring functions, never {@code null}
 */
public record ScoringContract(
    @Json(name = "scoring_function_parameters") List<ScoringFunction> scoringFunctionParameters) {

  /** Normalises an absent list to an empty one. */
  public ScoringContract {
    scoringFunctionParameters = ApiValues.list(scoringFunctionParameters);
  }

  /**
   * Finds a scoring function by name.
   *
   * @param name the function's name
   * @return the function, or empty when the contract has none by that name
   */
  public Optional<ScoringFunction> scoringFunction(String name) {
    return scoringFunctionParameters.stream().filter(f -> name.equals(f.name())).findFirst();
  }

  /**
   * Returns the sum of the functions' weights.
   *
   * @return the total weight; 1.0 for a well-formed contract
   */
  public double totalWeight() {
    return scoringFunctionParameters.stream().mapToDouble(ScoringFunction::weight).sum();
  }
}
