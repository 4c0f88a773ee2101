package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * Scores with a scorer registered on the account ({@code custom_scorer}).
 *
 * @param customScorerType the registered scorer's name
 * @param scorerParams its parameters as parsed JSON (see {@link InputContext#additionalContext()}),
 *     may be {@code null}
 */
public record CustomScorer(
    @Json(name = "custom_scorer_type") String customScorerType,
    @Json(name = "scorer_params") Object scorerParams)
    implements Scorer {

  /**
   * Copies the parameters into unmodifiable JSON values.
   *
   * @throws IllegalArgumentException when they hold something JSON cannot
   */
  public CustomScorer {
    scorerParams = FreeFormJson.of(scorerParams);
  }

  /** The API's name of this scorer type. */
  public static final String TYPE = "custom_scorer";

  @Override
  public String type() {
    return TYPE;
  }
}
