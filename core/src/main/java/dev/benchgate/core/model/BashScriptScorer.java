package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * Scores with a bash script ({@code bash_script_scorer}).
 *
 * @param bashScript the script, may be {@code null}
 */
public record BashScriptScorer(@Json(name = "bash_script") String bashScript) implements Scorer {
  /** The API's name of this scorer type. */
  public static final String TYPE = "bash_script_scorer";

  @Override
  public String type() {
    return TYPE;
  }
}
