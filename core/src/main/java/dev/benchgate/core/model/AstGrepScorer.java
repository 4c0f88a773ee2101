package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * Scores by matching an ast-grep pattern over the agent's files ({@code ast_grep_scorer}).
 *
 * @param pattern the ast-grep pattern
 * @param searchDirectory where to search
 * @param lang the source language, may be {@code null}
 */
public record AstGrepScorer(
    String pattern, @Json(name = "search_directory") String searchDirectory, String lang)
    implements Scorer {
  /** The API's name of this scorer type. */
  public static final String TYPE = "ast_grep_scorer";

  @Override
  public String type() {
    return TYPE;
  }
}
