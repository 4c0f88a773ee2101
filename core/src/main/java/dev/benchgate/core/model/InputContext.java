package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * What the agent is given to work on.
 *
 * @param problemStatement the task, in prose
 * @param additionalContext any JSON the scenario adds, parsed: a {@code Map<String, Object>},
 *     {@code List<Object>}, {@code String}, {@code Double}, {@code Boolean}, or {@code null}; maps
 *     and lists are unmodifiable, and maps have their keys sorted and no {@code null} values
 */
public record InputContext(
    @Json(name = "problem_statement") String problemStatement,
    @Json(name = "additional_context") Object additionalContext) {

  /**
   * Copies the additional context into unmodifiable JSON values.
   *
   * @throws IllegalArgumentException when it holds something JSON cannot
   */
  public InputContext {
    additionalContext = FreeFormJson.of(additionalContext);
  }
}
