package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * The result of one scoring function of a scenario run ({@code ScoringFunctionResultView}).
 *
 * <pre>{@code
 * ScoringFunctionResult tests = scenarioRun.scoringFunctionResult("unit-tests").orElseThrow();
 * if (tests.state() == ScoringFunctionState.ERROR) { ... }
 * }</pre>
 *
 * @param scoringFunctionName the name of the scoring function, as in the scenario's scoring
 *     contract
 * @param score the score from 0 to 1; {@code null} when the API sent none
 * @param output the scorer's log; can be long
 * @param stateValue the state as the API spelled it; see {@link #state()}
 */
public record ScoringFunctionResult(
    @Json(name = "scoring_function_name") String scoringFunctionName,
    Double score,
    String output,
    @Json(name = "state") String stateValue) {

  /**
   * Returns the state of this result.
   *
   * @return the state, {@link ScoringFunctionState#UNRECOGNIZED} for a value this version does not
   *     know
   */
  public ScoringFunctionState state() {
    return ScoringFunctionState.fromApiValue(stateValue);
  }

  /**
   * Tells whether the scorer itself failed, as opposed to scoring the agent's work low.
   *
   * @return {@code true} when the state is {@code error}
   */
  public boolean isError() {
    return state() == ScoringFunctionState.ERROR;
  }
}
