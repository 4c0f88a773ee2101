package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.within;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The run assertions an outcome shares with a run alone: on an outcome they judge its run, and fail
 * with the run's message when there are no scenario runs to list.
 */
class BenchmarkOutcomeAssert_runAssertions_Test {

  static Stream<Arguments> runAssertions() {
    return Stream.of(
        assertion("isCompleted", AbstractBenchmarkRunLevelAssert::isCompleted),
        assertion("hasState", a -> a.hasState(BenchmarkRunState.COMPLETED)),
        assertion("isNotRunning", AbstractBenchmarkRunLevelAssert::isNotRunning),
        assertion("hasScore", AbstractBenchmarkRunLevelAssert::hasScore),
        assertion("hasScoreAtLeast", a -> a.hasScoreAtLeast(0.8)),
        assertion("hasScoreGreaterThan", a -> a.hasScoreGreaterThan(0.8)),
        assertion("hasScoreBetween", a -> a.hasScoreBetween(0.8, 1)),
        assertion("hasScoreCloseTo", a -> a.hasScoreCloseTo(0.9, within(0.05))),
        assertion("hasDurationAtMost", a -> a.hasDurationAtMost(Duration.ofHours(1))),
        assertion("hasMetadataEntry", a -> a.hasMetadataEntry("branch", "main")),
        assertion("hasName", a -> a.hasName("nightly")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runAssertions")
  void passes_when_the_run_passes(
      String name, Consumer<AbstractBenchmarkRunLevelAssert<?, ?>> check) {
    // GIVEN
    BenchmarkRunView run =
        Models.run("bmr_1")
            .named("nightly")
            .completed()
            .score(0.9)
            .duration(Duration.ofMinutes(10))
            .metadata("branch", "main")
            .build();
    BenchmarkOutcome outcome = Models.outcome(run).build();
    // WHEN/THEN
    check.accept(assertThat(outcome));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runAssertions")
  void fails_with_the_message_of_the_run(
      String name, Consumer<AbstractBenchmarkRunLevelAssert<?, ?>> check) {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("weekly").running().build();
    BenchmarkOutcome outcome = Models.outcome(run).build();
    AssertionError onRun = expectAssertionError(() -> check.accept(assertThat(run)));
    // WHEN
    AssertionError onOutcome = expectAssertionError(() -> check.accept(assertThat(outcome)));
    // THEN
    then(onOutcome).hasMessage(onRun.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runAssertions")
  void fails_for_a_null_outcome(
      String name, Consumer<AbstractBenchmarkRunLevelAssert<?, ?>> check) {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> check.accept(assertThat(outcome)));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }

  private static Arguments assertion(
      String name, Consumer<AbstractBenchmarkRunLevelAssert<?, ?>> check) {
    return Arguments.of(name, check);
  }
}
