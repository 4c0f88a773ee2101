package dev.benchgate.core.repeated;

import static dev.benchgate.core.repeated.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.benchgate.core.compare.MeanScore;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Five runs of one agent, given out of order: scenario a passes in every run, b in two (and times
 * out in one), c in none, d in three (once a billionth below the passing score, and missing from
 * the last run). Reference values from scipy 1.17.1, exactly as in {@link PassAtKTest}, averaged
 * over the four scenarios with c = 5, 2, 0, 3 and n = 5:
 *
 * <pre>
 * sum(1 - Fraction(comb(5 - c, k, exact=True), comb(5, k, exact=True)) for c in (5, 2, 0, 3)) / 4
 * sum(Fraction(comb(c, k, exact=True), comb(5, k, exact=True)) for c in (5, 2, 0, 3)) / 4
 * </pre>
 */
class RepeatedOutcomeTest {
  private static final BenchmarkOutcome FIRST =
      run("bmr_1", 1, "scn_a=1", "scn_b=1", "scn_c=0.1", "scn_d=0.8");
  private static final BenchmarkOutcome SECOND =
      run("bmr_2", 2, "scn_a=1", "scn_b=0.2", "scn_c=0.1", "scn_d=0.5");
  private static final BenchmarkOutcome THIRD =
      run("bmr_3", 3, "scn_a=1", "scn_b=0.9", "scn_c=0.1", "scn_d=0.4999999999");
  private static final BenchmarkOutcome FOURTH =
      run("bmr_4", 4, "scn_a=1", "scn_b=0.1", "scn_c=0.1", "scn_d=0.3");
  private static final BenchmarkOutcome FIFTH =
      run("bmr_5", 5, "scn_a=1", "scn_b=timeout", "scn_c=0.1");

  private static final RepeatedOutcome RUNS =
      RepeatedOutcome.of(List.of(THIRD, FIFTH, FIRST, FOURTH, SECOND));

  @Test
  void orders_the_runs_by_start_time() {
    assertThat(RUNS.runIds()).containsExactly("bmr_1", "bmr_2", "bmr_3", "bmr_4", "bmr_5");
    assertThat(RUNS.runCount()).isEqualTo(5);
    assertThat(RUNS.benchmarkId()).contains("bmd_1");
    assertThat(RUNS).isEqualTo(RepeatedOutcome.of(FIRST, SECOND, THIRD, FOURTH, FIFTH));
  }

  @Test
  void counts_each_run_as_one_try_at_every_scenario() {
    assertThat(RUNS.scenarios(0.5))
        .extracting(
            RepeatedScenario::scenarioName,
            RepeatedScenario::runs,
            RepeatedScenario::passed,
            RepeatedScenario::infrastructureFailures,
            RepeatedScenario::missing,
            RepeatedScenario::isFlaky)
        .containsExactly(
            tuple("a", 5, 5, 0, 0, false),
            tuple("b", 5, 2, 1, 0, true),
            tuple("c", 5, 0, 0, 0, false),
            tuple("d", 5, 3, 0, 1, true));
  }

  @Test
  void a_passing_score_is_reached_give_or_take_the_tolerance() {
    RepeatedScenario d = RUNS.scenarios(0.5).get(3);

    assertThat(d.attempts())
        .extracting(attempt -> attempt.passes(0.5))
        .containsExactly(true, true, true, false, false);
    assertThat(d.attempts().get(4).isMissing()).isTrue();
    assertThat(d.attempts().get(4).scenarioRuns()).isEmpty();
    assertThat(d.attempts().get(4).score()).isEmpty();
  }

  @ParameterizedTest(name = "k={0}")
  @CsvSource({
    "1, 0.5, 0.5",
    "2, 0.65, 0.35",
    "3, 0.725, 0.275",
    "4, 0.75, 0.25",
    "5, 0.75, 0.25",
  })
  void estimates_pass_at_k_and_pass_hat_k_averaged_over_scenarios(
      int k, double passAtK, double passHatK) {
    assertThat(RUNS.passAtK(k, 0.5)).isCloseTo(passAtK, within(1e-12));
    assertThat(RUNS.passHatK(k, 0.5)).isCloseTo(passHatK, within(1e-12));
  }

  @Test
  void judges_at_the_passing_score_it_is_given() {
    // At 0.1 every scored try passes: only b's timeout and d's missing try do not.
    assertThat(RUNS.passAtK(1, 0.1)).isCloseTo((5 + 4 + 5 + 4) / 20.0, within(1e-12));
    assertThat(RUNS.flakyScenarios(0.1))
        .extracting(RepeatedScenario::describe)
        .containsExactly("b: 4 of 5 runs passed", "d: 4 of 5 runs passed");
  }

  @Test
  void lists_the_flaky_scenarios_worst_first() {
    assertThat(RUNS.flakyScenarios(0.5))
        .extracting(RepeatedScenario::describe)
        .containsExactly("b: 2 of 5 runs passed", "d: 3 of 5 runs passed");
  }

  @ParameterizedTest(name = "k={0}")
  @CsvSource({
    "6, 'pass@6 needs at least 6 runs of each scenario, but there are 5 runs (bmr_1, bmr_2,"
        + " bmr_3, bmr_4, bmr_5): estimate k from 1 to 5, or repeat the benchmark more often'",
    "0, 'pass@k needs k of at least 1, but k was 0'",
  })
  void refuses_k_beyond_the_runs_it_has(int k, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RUNS.passAtK(k, 0.5))
        .withMessage(message);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RUNS.passHatK(k, 0.5))
        .withMessage(message.replace("pass@", "pass^"));
  }

  @Test
  void refuses_a_passing_score_that_is_no_score() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RUNS.passAtK(1, 1.5))
        .withMessage("The passing score must be between 0 and 1, but was 1.5");
  }

  @Test
  void has_nothing_to_estimate_without_scenario_runs() {
    RepeatedOutcome empty = RepeatedOutcome.of(run("bmr_1", 1), run("bmr_2", 2));

    assertThat(empty.scenarios(0.5)).isEmpty();
    assertThatIllegalStateException()
        .isThrownBy(() -> empty.passAtK(1, 0.5))
        .withMessage("The benchmark runs [bmr_1, bmr_2] have no scenario runs: there is no pass@1");
  }

  @Test
  void takes_the_mean_score_of_every_scenario_run_clustered_by_scenario() {
    // numpy over the 19 scenario runs, the timeout as 0:
    // r = s - s.mean(); se = sqrt((r**2).sum()/((n-1)*n) + sum(rc.sum()**2 - (rc**2).sum())/n**2)
    MeanScore score = RUNS.meanScore();

    assertThat(score.scenarioRuns()).isEqualTo(19);
    assertThat(score.scenarios()).isEqualTo(4);
    assertThat(score.mean()).isCloseTo(0.5157894736789475, within(1e-12));
    assertThat(score.standardError()).isCloseTo(0.1705448330025642, within(1e-12));
  }

  @Test
  void refuses_runs_of_different_benchmarks_and_says_which() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                RepeatedOutcome.of(
                    FIRST, run("bmr_x", "bmd_2", 9, "scn_a=1"), run("bmr_y", null, 8)))
        .withMessage(
            "Repeated runs must be of one benchmark, as each run is a try at the same scenarios,"
                + " but bmr_y ran no benchmark; bmr_1 ran benchmark bmd_1; bmr_x ran benchmark"
                + " bmd_2. Compare runs of different benchmarks with OutcomeComparison, or judge"
                + " each run on its own.");
  }

  @Test
  void refuses_a_run_given_twice_and_no_run_at_all() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RepeatedOutcome.of(FIRST, SECOND, FIRST))
        .withMessageStartingWith("Benchmark run bmr_1 is given twice: each run is one try");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RepeatedOutcome.of(List.of()))
        .withMessage("Repeated runs need at least one run");
  }

  @Test
  void a_run_of_a_job_takes_the_benchmark_it_was_joined_with() {
    BenchmarkOutcome ofAJob = run("bmr_j", null, 7, "scn_a=1");
    BenchmarkOutcome joined =
        BenchmarkOutcome.of(
            ofAJob.run(), ofAJob.scenarioRuns(), RunFixtures.SCENARIOS, RunFixtures.BENCHMARK);

    assertThat(RepeatedOutcome.of(FIRST, joined).benchmarkId()).contains("bmd_1");
  }
}
