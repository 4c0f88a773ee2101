package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * Scores with a Python script ({@code python_script_scorer}).
 *
 * @param pythonScript the script
 * @param pythonVersionConstraint the Python version it needs, may be {@code null}
 * @param requirementsContents its requirements.txt, may be {@code null}
 */
public record PythonScriptScorer(
    @Json(name = "python_script") String pythonScript,
    @Json(name = "python_version_constraint") String pythonVersionConstraint,
    @Json(name = "requirements_contents") String requirementsContents)
    implements Scorer {
  /** The API's name of this scorer type. */
  public static final String TYPE = "python_script_scorer";

  @Override
  public String type() {
    return TYPE;
  }
}
