package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Optional;

/**
 * The scored result of one scenario run ({@code ScoringContractResultView}): the weighted total and
 * one result per scoring function.
 *
 * @param score the total score from 0 to 1; {@code null} when the API sent none
 * @param scoringFunctionResults the per-function results, never {@code null}
 */
public record ScoringContractResult(
    Double score,
    @Json(name = "scoring_function_results") List<ScoringFunctionResult> scoringFunctionResults) {

  /** Normalises an absent list to an empty one. */
  public ScoringContractResult {
    scoringFunctionResults = ApiValues.list(scoringFunctionResults);
  }

  /**
   * Finds the result of a scoring function by name.
   *
   * @param name the scoring function's name
   * @return its result, or empty when this result has none by that name
   */
  public Optional<ScoringFunctionResult> scoringFunctionResult(String name) {
    return scoringFunctionResults.stream()
        .filter(result -> name.equals(result.scoringFunctionName()))
        .findFirst();
  }

  /**
   * Tells whether any scorer failed to run.
   *
   * @return {@code true} when at least one scoring function result is in state {@code error}
   */
  public boolean hasScoringErrors() {
    return scoringFunctionResults.stream().anyMatch(ScoringFunctionResult::isError);
  }
}
