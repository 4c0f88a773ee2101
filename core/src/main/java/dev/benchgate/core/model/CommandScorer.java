package dev.benchgate.core.model;

/**
 * Scores with a shell command ({@code command_scorer}).
 *
 * @param command the command, may be {@code null}
 */
public record CommandScorer(String command) implements Scorer {
  /** The API's name of this scorer type. */
  public static final String TYPE = "command_scorer";

  @Override
  public String type() {
    return TYPE;
  }
}
