package dev.benchgate.assertj.internal;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;
import static org.assertj.core.api.BDDAssertions.thenNullPointerException;

import dev.benchgate.core.compare.Scores;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ScoreRequirementTest {

  @Test
  void is_never_met_without_a_score() {
    then(ScoreRequirement.any().isMetBy(null)).isFalse();
    then(ScoreRequirement.atLeast(0).isMetBy(null)).isFalse();
  }

  @Test
  void any_score_meets_any() {
    then(ScoreRequirement.any().isMetBy(0.0)).isTrue();
    then(ScoreRequirement.any()).hasToString("");
  }

  @Test
  void at_least_includes_the_threshold() {
    ScoreRequirement requirement = ScoreRequirement.atLeast(0.8);

    then(requirement.isMetBy(0.8)).isTrue();
    then(requirement.isMetBy(0.7999)).isFalse();
    then(requirement).hasToString("of at least 0.8");
  }

  @Test
  void at_least_allows_cores_one_score_tolerance() {
    // three runs of 0.7 average 0.6999999999999998: they meet 0.7, as they pass it in a comparison
    double meanOfThreeRuns = (0.7 + 0.7 + 0.7) / 3;

    then(meanOfThreeRuns).isLessThan(0.7);
    then(ScoreRequirement.atLeast(0.7).isMetBy(meanOfThreeRuns)).isTrue();
    then(ScoreRequirement.atLeast(0.7).isMetBy(0.7 - 2 * Scores.TOLERANCE)).isFalse();
    then(ScoreRequirement.between(0.6, 0.7).isMetBy(0.7000000000000001)).isTrue();
    then(ScoreRequirement.greaterThan(0.3).isMetBy(0.1 + 0.2)).isFalse();
  }

  @Test
  void greater_than_excludes_the_threshold() {
    ScoreRequirement requirement = ScoreRequirement.greaterThan(0.8);

    then(requirement.isMetBy(0.8)).isFalse();
    then(requirement.isMetBy(0.8001)).isTrue();
    then(requirement).hasToString("greater than 0.8");
  }

  @Test
  void between_includes_both_ends() {
    ScoreRequirement requirement = ScoreRequirement.between(0.6, 0.9);

    then(requirement.isMetBy(0.6)).isTrue();
    then(requirement.isMetBy(0.9)).isTrue();
    then(requirement.isMetBy(0.91)).isFalse();
    then(requirement).hasToString("between 0.6 and 0.9");
  }

  @Test
  void close_to_allows_the_tolerance_on_the_distance() {
    ScoreRequirement requirement = ScoreRequirement.closeTo(0.8, Offset.offset(0.05));

    then(0.8 - 0.75).isGreaterThan(0.05);
    then(requirement.isMetBy(0.75)).isTrue();
    then(requirement.isMetBy(0.85)).isTrue();
    then(requirement.isMetBy(0.7499)).isFalse();
    then(requirement).hasToString("close to 0.8 (within 0.05)");
  }

  @Test
  void close_to_a_strict_offset_excludes_its_bounds() {
    ScoreRequirement requirement = ScoreRequirement.closeTo(0.8, Offset.strictOffset(0.05));

    then(requirement.isMetBy(0.75)).isFalse();
    then(requirement.isMetBy(0.76)).isTrue();
    then(requirement).hasToString("close to 0.8 (strictly within 0.05)");
  }

  @Test
  void qualifies_a_noun_with_its_phrase() {
    then(ScoreRequirement.atLeast(0.5).qualify("a score")).isEqualTo("a score of at least 0.5");
    then(ScoreRequirement.any().qualify("a score")).isEqualTo("a score");
  }

  @Test
  void rejects_values_that_are_not_scores() {
    thenIllegalArgumentException()
        .isThrownBy(() -> ScoreRequirement.greaterThan(-1))
        .withMessage("The threshold must be a score between 0 and 1, but was -1.0");
    thenIllegalArgumentException()
        .isThrownBy(() -> ScoreRequirement.between(0.5, 2))
        .withMessage("The max must be a score between 0 and 1, but was 2.0");
    thenIllegalArgumentException()
        .isThrownBy(() -> ScoreRequirement.closeTo(Double.NaN, Offset.offset(0.1)))
        .withMessage("The expected score must be a score between 0 and 1, but was NaN");
  }

  @Test
  void rejects_a_missing_offset() {
    thenNullPointerException()
        .isThrownBy(() -> ScoreRequirement.closeTo(0.8, null))
        .withMessage("offset must not be null");
  }
}
