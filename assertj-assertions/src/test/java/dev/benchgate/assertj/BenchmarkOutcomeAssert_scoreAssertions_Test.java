package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.within;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The score assertions besides {@code hasScoreAtLeast} (tested on its own) on an outcome: each
 * lists the scenario runs that miss the same requirement, under a heading that names it.
 */
class BenchmarkOutcomeAssert_scoreAssertions_Test {

  private final BenchmarkOutcome outcome =
      Models.outcome(Models.run("bmr_1").named("nightly").completed().score(0.5).build())
          .scenarioRuns(
              Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.5).build(),
              Models.scenarioRun("scr_2").named("add-cache").scored(0.95).build(),
              Models.scenarioRun("scr_3").named("bump-deps").running().build())
          .build();

  static Stream<Arguments> scoreAssertions() {
    return Stream.of(
        Arguments.of(
            "greater than 0.6",
            (Consumer<BenchmarkOutcomeAssert>) a -> a.hasScoreGreaterThan(0.6),
            "  - bump-deps (scr_3): running, no score"
                + System.lineSeparator()
                + "  - fix-login-bug (scr_1): scored, score 0.5",
            2),
        Arguments.of(
            "between 0.6 and 0.9",
            (Consumer<BenchmarkOutcomeAssert>) a -> a.hasScoreBetween(0.6, 0.9),
            "  - bump-deps (scr_3): running, no score"
                + System.lineSeparator()
                + "  - fix-login-bug (scr_1): scored, score 0.5"
                + System.lineSeparator()
                + "  - add-cache (scr_2): scored, score 0.95",
            3),
        Arguments.of(
            "close to 0.9 (within 0.1)",
            (Consumer<BenchmarkOutcomeAssert>) a -> a.hasScoreCloseTo(0.9, within(0.1)),
            "  - bump-deps (scr_3): running, no score"
                + System.lineSeparator()
                + "  - fix-login-bug (scr_1): scored, score 0.5",
            2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scoreAssertions")
  void lists_the_scenario_runs_missing_the_same_requirement(
      String requirement, Consumer<BenchmarkOutcomeAssert> check, String offenders, int count) {
    // WHEN
    AssertionError error = expectAssertionError(() -> check.accept(assertThat(outcome)));
    // THEN
    then(error)
        .hasMessage(
            message(
                    "Expecting benchmark run nightly (bmr_1) to have an aggregate score (mean over"
                        + " its finished scenario runs) "
                        + requirement,
                    "but it was 0.5.",
                    "Scenario runs without a score "
                        + requirement
                        + ", worst first ("
                        + count
                        + " of 3):")
                + System.lineSeparator()
                + offenders);
  }
}
