package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.Scores;
import java.util.Objects;
import java.util.function.DoublePredicate;
import org.assertj.core.data.Offset;

/**
 * What a score must be, both checked by the assertions and phrased by their messages, so the two
 * never disagree. Scores run from 0 to 1; thresholds outside that range are rejected as the mistake
 * they almost always are ({@code 80} meant as 80 %). Every comparison allows core's one score
 * tolerance, {@link Scores#TOLERANCE}, so a threshold means the same here as in a comparison with a
 * baseline: a mean of three runs of 0.7 ({@code 0.6999999999999998}) is at least 0.7.
 *
 * <pre>{@code
 * ScoreRequirement requirement = ScoreRequirement.atLeast(0.8);
 * if (!requirement.isMetBy(run.score())) {
 *   throwAssertionError(shouldHaveScore(run, requirement, Offenders.none()));
 * }
 * }</pre>
 */
public final class ScoreRequirement {
  private static final ScoreRequirement ANY = new ScoreRequirement("", score -> true);

  private final String phrase;
  private final DoublePredicate test;

  private ScoreRequirement(String phrase, DoublePredicate test) {
    this.phrase = phrase;
    this.test = test;
  }

  /**
   * Requires a score, of any value.
   *
   * <pre>{@code
   * ScoreRequirement.any().isMetBy(0.0); // true
   * }</pre>
   *
   * @return the requirement
   */
  public static ScoreRequirement any() {
    return ANY;
  }

  /**
   * Requires a score of at least a threshold.
   *
   * <pre>{@code
   * ScoreRequirement.atLeast(0.8).isMetBy(0.8); // true
   * }</pre>
   *
   * @param threshold the lowest passing score, from 0 to 1
   * @return the requirement
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public static ScoreRequirement atLeast(double threshold) {
    checkScore("threshold", threshold);
    return new ScoreRequirement(
        "of at least " + Format.score(threshold), score -> Scores.isAtLeast(score, threshold));
  }

  /**
   * Requires a score above a threshold.
   *
   * <pre>{@code
   * ScoreRequirement.greaterThan(0.8).isMetBy(0.8); // false
   * }</pre>
   *
   * @param threshold the highest failing score, from 0 to 1
   * @return the requirement
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public static ScoreRequirement greaterThan(double threshold) {
    checkScore("threshold", threshold);
    return new ScoreRequirement(
        "greater than " + Format.score(threshold), score -> Scores.isAbove(score, threshold));
  }

  /**
   * Requires a score within a range, both ends included.
   *
   * <pre>{@code
   * ScoreRequirement.between(0.6, 0.9).isMetBy(0.9); // true
   * }</pre>
   *
   * @param min the lowest passing score, from 0 to 1
   * @param max the highest passing score, from {@code min} to 1
   * @return the requirement
   * @throws IllegalArgumentException if an end is not between 0 and 1, or {@code min > max}
   */
  public static ScoreRequirement between(double min, double max) {
    checkScore("min", min);
    checkScore("max", max);
    if (min > max) {
      throw new IllegalArgumentException(
          "min must not be greater than max, but was %s > %s"
              .formatted(Format.score(min), Format.score(max)));
    }
    return new ScoreRequirement(
        "between %s and %s".formatted(Format.score(min), Format.score(max)),
        score -> Scores.isAtLeast(score, min) && Scores.isAtMost(score, max));
  }

  /**
   * Requires a score close to an expected value, give or take {@link Scores#TOLERANCE}, so {@code
   * 0.75} is within {@code 0.05} of {@code 0.8} although their binary difference is not.
   *
   * <pre>{@code
   * ScoreRequirement.closeTo(0.8, Offset.offset(0.05)).isMetBy(0.75); // true
   * ScoreRequirement.closeTo(0.8, Offset.strictOffset(0.05)).isMetBy(0.75); // false
   * }</pre>
   *
   * @param expected the expected score, from 0 to 1
   * @param offset how far the score may be from it; a strict offset excludes the bounds
   * @return the requirement
   * @throws IllegalArgumentException if the expected score is not between 0 and 1
   */
  public static ScoreRequirement closeTo(double expected, Offset<Double> offset) {
    checkScore("expected score", expected);
    Objects.requireNonNull(offset, "offset must not be null");
    return new ScoreRequirement(
        "close to %s (%swithin %s)"
            .formatted(
                Format.score(expected),
                offset.strict ? "strictly " : "",
                Format.score(offset.value)),
        score -> Scores.isWithin(score, expected, offset.value, offset.strict));
  }

  /**
   * Tells whether a score meets this requirement.
   *
   * <pre>{@code
   * boolean passed = ScoreRequirement.atLeast(0.5).isMetBy(scenarioRun.score());
   * }</pre>
   *
   * @param score the score, or {@code null} when there is none
   * @return {@code true} when there is a score and it meets the requirement
   */
  public boolean isMetBy(Double score) {
    return score != null && test.test(score);
  }

  /**
   * Phrases a score with this requirement: {@code a score of at least 0.8}, or {@code a score} for
   * {@link #any()}.
   */
  String qualify(String score) {
    return phrase.isEmpty() ? score : score + " " + phrase;
  }

  /**
   * Returns the requirement as messages phrase it.
   *
   * @return e.g. {@code "of at least 0.8"}; empty for {@link #any()}
   */
  @Override
  public String toString() {
    return phrase;
  }

  private static void checkScore(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          "The %s must be a score between 0 and 1, but was %s".formatted(name, value));
    }
  }
}
