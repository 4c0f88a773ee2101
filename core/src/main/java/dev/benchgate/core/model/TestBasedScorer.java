package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * Scores by running tests, optionally written into the devbox first ({@code test_based_scorer}).
 *
 * @param testCommand the command that runs the tests, may be {@code null}
 * @param testFiles files written before the tests run, never {@code null}
 */
public record TestBasedScorer(
    @Json(name = "test_command") String testCommand,
    @Json(name = "test_files") List<TestFile> testFiles)
    implements Scorer {
  /** The API's name of this scorer type. */
  public static final String TYPE = "test_based_scorer";

  /** Normalises an absent list to an empty one. */
  public TestBasedScorer {
    testFiles = ApiValues.list(testFiles);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
