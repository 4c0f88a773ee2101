package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.percent;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;
import static org.assertj.core.api.BDDAssertions.thenNullPointerException;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.ScenarioRunBuilder;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BenchmarkOutcomeAssert_hasInfrastructureFailuresAtMost_Test {

  private final BenchmarkRunView nightly = Models.run("bmr_1").named("nightly").build();

  /**
   * Six scenario runs: three ended in an infrastructure failure, one scored low, one has a scorer
   * in error, one is still running.
   */
  private final BenchmarkOutcome outcome =
      Models.outcome(nightly)
          .scenarioRuns(
              Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.9).build(),
              Models.scenarioRun("scr_2").named("add-cache").failed().build(),
              Models.scenarioRun("scr_3").named("refactor-db").timeout().build(),
              Models.scenarioRun("scr_4").named("bump-deps").canceled().score(0.4).build(),
              Models.scenarioRun("scr_5")
                  .named("lint")
                  .scored(0.1)
                  .scoringFunction("unit-tests", null, "error", "")
                  .build(),
              Models.scenarioRun("scr_6").named("slow").running().build())
          .build();

  @Test
  void passes_within_the_budget() {
    // WHEN/THEN a low score, a scorer in error and a running scenario run are not counted
    assertThat(outcome).hasInfrastructureFailuresAtMost(3);
  }

  @Test
  void fails_over_the_budget_listing_the_failures_worst_first() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).hasInfrastructureFailuresAtMost(2));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have at most 2 infrastructure failures"
                    + " (scenario runs that failed, timed out or were canceled)",
                "but 3 of its 6 scenario runs did, worst first:",
                "  - add-cache (scr_2): failed, no score [infrastructure outcome]",
                "  - refactor-db (scr_3): timeout, no score [infrastructure outcome]",
                "  - bump-deps (scr_4): canceled, score 0.4 [infrastructure outcome]"));
  }

  @Test
  void fails_a_budget_of_none_on_one_failure() {
    // GIVEN
    BenchmarkOutcome oneFailed =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.9).build(),
                Models.scenarioRun("scr_2").named("add-cache").failed().build())
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(oneFailed).hasInfrastructureFailuresAtMost(0));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have no infrastructure failures"
                    + " (scenario runs that failed, timed out or were canceled)",
                "but 1 of its 2 scenario runs did, worst first:",
                "  - add-cache (scr_2): failed, no score [infrastructure outcome]"));
  }

  @ParameterizedTest(name = "{0} % of {1} scenario runs allows {2}")
  @CsvSource({
    "10, 48, 4", // 4.8
    "10, 50, 5", // exactly 5: a share that is met is within the budget
    "10, 9, 0",
    "12.5, 8, 1",
    "0, 10, 0",
    "100, 7, 7",
    "33.3, 3, 0", // 0.999
    "0.1, 1000, 1"
  })
  void allows_exactly_the_share_of_the_scenario_runs(double share, int total, int allowed) {
    // GIVEN
    BenchmarkOutcome atBudget = withFailures(total, allowed);
    BenchmarkOutcome overBudget = withFailures(total, allowed + 1);
    // WHEN/THEN
    assertThat(atBudget).hasInfrastructureFailuresAtMost(percent(share));
    if (allowed < total) {
      expectAssertionError(
          () -> assertThat(overBudget).hasInfrastructureFailuresAtMost(percent(share)));
    }
  }

  @Test
  void fails_over_a_share_saying_how_many_it_allows() {
    // GIVEN five of 48 scenario runs failed, one more than 10 % allows
    BenchmarkOutcome fiveOf48 = withFailures(48, 5);
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(fiveOf48).hasInfrastructureFailuresAtMost(percent(10)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have infrastructure failures (scenario"
                    + " runs that failed, timed out or were canceled) in at most 10 % of its"
                    + " scenario runs: at most 4 of its 48",
                "but 5 did, worst first:",
                "  - scenario-01 (scr_01): failed, no score [infrastructure outcome]",
                "  - scenario-02 (scr_02): failed, no score [infrastructure outcome]",
                "  - scenario-03 (scr_03): failed, no score [infrastructure outcome]",
                "  - scenario-04 (scr_04): failed, no score [infrastructure outcome]",
                "  - scenario-05 (scr_05): failed, no score [infrastructure outcome]"));
  }

  @Test
  void fails_without_scenario_runs_since_nothing_was_judged() {
    // GIVEN
    BenchmarkOutcome empty = Models.outcome(nightly).build();
    // WHEN
    AssertionError byCount =
        expectAssertionError(() -> assertThat(empty).hasInfrastructureFailuresAtMost(5));
    AssertionError byShare =
        expectAssertionError(() -> assertThat(empty).hasInfrastructureFailuresAtMost(percent(10)));
    // THEN
    then(byCount)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have at most 5 infrastructure failures"
                    + " (scenario runs that failed, timed out or were canceled)",
                "but it has no scenario runs, so its infrastructure could not be judged."));
    then(byShare)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have infrastructure failures (scenario"
                    + " runs that failed, timed out or were canceled) in at most 10 % of its"
                    + " scenario runs",
                "but it has no scenario runs, so its infrastructure could not be judged."));
  }

  @Test
  void rejects_a_negative_count() {
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(outcome).hasInfrastructureFailuresAtMost(-1))
        .withMessage("The most infrastructure failures allowed must not be negative, but was -1");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, 100.5, Double.NaN})
  void rejects_a_percentage_out_of_range(double value) {
    thenIllegalArgumentException()
        .isThrownBy(() -> percent(value))
        .withMessage("A percentage must be between 0 and 100, but was " + value);
  }

  @Test
  void rejects_a_missing_percentage() {
    // GIVEN
    Percent missing = null;
    // WHEN/THEN
    thenNullPointerException()
        .isThrownBy(() -> assertThat(outcome).hasInfrastructureFailuresAtMost(missing))
        .withMessage("The percentage must not be null");
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome missing = null;
    // WHEN
    AssertionError byCount =
        expectAssertionError(() -> assertThat(missing).hasInfrastructureFailuresAtMost(1));
    AssertionError byShare =
        expectAssertionError(
            () -> assertThat(missing).hasInfrastructureFailuresAtMost(percent(10)));
    // THEN
    then(byCount).hasMessage(ACTUAL_IS_NULL);
    then(byShare).hasMessage(ACTUAL_IS_NULL);
  }

  /** An outcome of {@code total} scenario runs, the first {@code failed} of which failed. */
  private BenchmarkOutcome withFailures(int total, int failed) {
    ScenarioRunView[] scenarioRuns =
        IntStream.rangeClosed(1, total)
            .mapToObj(
                i -> {
                  ScenarioRunBuilder run =
                      Models.scenarioRun("scr_%02d".formatted(i))
                          .named("scenario-%02d".formatted(i));
                  UnaryOperator<ScenarioRunBuilder> outcome =
                      i <= failed ? ScenarioRunBuilder::failed : r -> r.scored(0.9);
                  return outcome.apply(run).build();
                })
            .toArray(ScenarioRunView[]::new);
    return Models.outcome(nightly).scenarioRuns(scenarioRuns).build();
  }
}
