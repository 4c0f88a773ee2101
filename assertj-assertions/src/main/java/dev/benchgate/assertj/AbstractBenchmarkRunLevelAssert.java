package dev.benchgate.assertj;

import static dev.benchgate.assertj.internal.ShouldHaveDurationAtMost.shouldHaveDurationAtMost;
import static dev.benchgate.assertj.internal.ShouldHaveMetadataEntry.shouldHaveMetadataEntry;
import static dev.benchgate.assertj.internal.ShouldHaveName.shouldHaveName;
import static dev.benchgate.assertj.internal.ShouldHaveScore.shouldHaveScore;
import static dev.benchgate.assertj.internal.ShouldHaveState.shouldHaveState;
import static dev.benchgate.assertj.internal.ShouldNotBeRunning.shouldNotBeRunning;
import static java.util.Objects.requireNonNull;

import dev.benchgate.assertj.internal.Offenders;
import dev.benchgate.assertj.internal.ScoreRequirement;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.data.Offset;

/**
 * Assertions on a benchmark run, shared by {@link BenchmarkRunAssert}, which knows the run alone,
 * and {@link BenchmarkOutcomeAssert}, which knows its scenario runs too and therefore lists the
 * worst of them when a score falls short.
 *
 * <p>A run's score is an aggregate: the API's mean over the scenario runs that finished. Failure
 * messages say so, say why a missing score is missing, and tell infrastructure outcomes (a failed
 * or canceled run) apart from low scores.
 *
 * <pre>{@code
 * assertThat(run).isCompleted().hasScoreAtLeast(0.8).hasDurationAtMost(Duration.ofHours(1));
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test, which holds a benchmark run
 */
public abstract class AbstractBenchmarkRunLevelAssert<
        SELF extends AbstractBenchmarkRunLevelAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractBenchgateAssert<SELF, ACTUAL> {

  /**
   * Creates the assertion.
   *
   * @param actual the value under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractBenchmarkRunLevelAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Returns the benchmark run under test. Called only once {@code actual} is known not to be {@code
   * null}.
   *
   * @return the run
   */
  protected abstract BenchmarkRunView run();

  /**
   * Returns the outcome the run under test belongs to, when this assertion knows it: a score that
   * falls short then lists the worst of its scenario runs. Called only once {@code actual} is known
   * not to be {@code null}.
   *
   * @return the run's outcome, or empty when the assertion knows the run alone
   */
  protected abstract Optional<BenchmarkOutcome> outcome();

  /**
   * Verifies that the run completed.
   *
   * <pre>{@code
   * assertThat(run).isCompleted();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the run is {@code null} or not in state {@code completed}
   */
  public SELF isCompleted() {
    return hasState(BenchmarkRunState.COMPLETED);
  }

  /**
   * Verifies that the run is in a state.
   *
   * <pre>{@code
   * assertThat(run).hasState(BenchmarkRunState.CANCELED);
   * }</pre>
   *
   * @param expected the expected state
   * @return this assertion
   * @throws AssertionError if the run is {@code null} or in another state
   */
  public SELF hasState(BenchmarkRunState expected) {
    requireNonNull(expected, "The expected state must not be null");
    isNotNull();
    if (run().state() != expected) {
      throwAssertionError(shouldHaveState(run(), expected));
    }
    return myself;
  }

  /**
   * Verifies that the run is no longer running. A state this version of Benchgate does not know
   * counts as not running.
   *
   * <pre>{@code
   * assertThat(run).isNotRunning();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the run is {@code null} or still running
   */
  public SELF isNotRunning() {
    isNotNull();
    if (run().state() == BenchmarkRunState.RUNNING) {
      throwAssertionError(shouldNotBeRunning(run()));
    }
    return myself;
  }

  /**
   * Verifies that the run has a score, of any value.
   *
   * <pre>{@code
   * assertThat(run).hasScore();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the run is {@code null} or has no score
   */
  public SELF hasScore() {
    return hasScoreMeeting(ScoreRequirement.any());
  }

  /**
   * Verifies that the run's score is at least a threshold.
   *
   * <pre>{@code
   * assertThat(run).hasScoreAtLeast(0.8);
   * }</pre>
   *
   * @param threshold the lowest passing score, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the run is {@code null}, has no score, or scores below the threshold
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF hasScoreAtLeast(double threshold) {
    return hasScoreMeeting(ScoreRequirement.atLeast(threshold));
  }

  /**
   * Verifies that the run's score is above a threshold.
   *
   * <pre>{@code
   * assertThat(run).hasScoreGreaterThan(0.8);
   * }</pre>
   *
   * @param threshold the highest failing score, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the run is {@code null}, has no score, or scores at most the
   *     threshold
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF hasScoreGreaterThan(double threshold) {
    return hasScoreMeeting(ScoreRequirement.greaterThan(threshold));
  }

  /**
   * Verifies that the run's score is within a range, both ends included.
   *
   * <pre>{@code
   * assertThat(run).hasScoreBetween(0.6, 0.9);
   * }</pre>
   *
   * @param min the lowest passing score, from 0 to 1
   * @param max the highest passing score, from {@code min} to 1
   * @return this assertion
   * @throws AssertionError if the run is {@code null}, has no score, or scores outside the range
   * @throws IllegalArgumentException if an end is not between 0 and 1, or {@code min > max}
   */
  public SELF hasScoreBetween(double min, double max) {
    return hasScoreMeeting(ScoreRequirement.between(min, max));
  }

  /**
   * Verifies that the run's score is close to an expected value, the distance computed in decimal
   * rather than binary floating point, so that 0.75 is within 0.05 of 0.8; a strict offset excludes
   * the bounds.
   *
   * <pre>{@code
   * assertThat(run).hasScoreCloseTo(0.8, within(0.05));
   * }</pre>
   *
   * @param expected the expected score, from 0 to 1
   * @param offset how far the score may be from it
   * @return this assertion
   * @throws AssertionError if the run is {@code null}, has no score, or scores too far off
   * @throws IllegalArgumentException if the expected score is not between 0 and 1
   */
  public SELF hasScoreCloseTo(double expected, Offset<Double> offset) {
    return hasScoreMeeting(ScoreRequirement.closeTo(expected, offset));
  }

  /**
   * Verifies that the run took at most a duration.
   *
   * <pre>{@code
   * assertThat(run).hasDurationAtMost(Duration.ofHours(1));
   * }</pre>
   *
   * @param max the longest it may take
   * @return this assertion
   * @throws AssertionError if the run is {@code null}, reports no duration, or took longer
   */
  public SELF hasDurationAtMost(Duration max) {
    requireNonNull(max, "The maximum duration must not be null");
    isNotNull();
    if (run().duration().filter(took -> took.compareTo(max) <= 0).isEmpty()) {
      throwAssertionError(shouldHaveDurationAtMost(run(), max));
    }
    return myself;
  }

  /**
   * Verifies that the run's metadata has an entry.
   *
   * <pre>{@code
   * assertThat(run).hasMetadataEntry("branch", "main");
   * }</pre>
   *
   * @param key the expected key
   * @param value the expected value
   * @return this assertion
   * @throws AssertionError if the run is {@code null} or lacks the entry
   */
  public SELF hasMetadataEntry(String key, String value) {
    requireNonNull(key, "The metadata key must not be null");
    requireNonNull(value, "The metadata value must not be null");
    isNotNull();
    if (!value.equals(run().metadata().get(key))) {
      throwAssertionError(shouldHaveMetadataEntry(run(), key, value));
    }
    return myself;
  }

  /**
   * Verifies that the run has a name.
   *
   * <pre>{@code
   * assertThat(run).hasName("nightly");
   * }</pre>
   *
   * @param expected the expected name
   * @return this assertion
   * @throws AssertionError if the run is {@code null} or named otherwise
   */
  public SELF hasName(String expected) {
    requireNonNull(expected, "The expected name must not be null");
    isNotNull();
    if (!Objects.equals(run().name(), expected)) {
      throwAssertionError(shouldHaveName(run(), expected));
    }
    return myself;
  }

  private SELF hasScoreMeeting(ScoreRequirement requirement) {
    isNotNull();
    if (!requirement.isMetBy(run().score())) {
      Offenders missing =
          outcome()
              .map(
                  outcome ->
                      Offenders.of(
                          outcome, scenarioRun -> !requirement.isMetBy(scenarioRun.score())))
              .orElseGet(Offenders::none);
      throwAssertionError(shouldHaveScore(run(), requirement, missing));
    }
    return myself;
  }
}
