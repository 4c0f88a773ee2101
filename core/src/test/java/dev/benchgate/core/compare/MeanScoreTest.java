package dev.benchgate.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link MeanScore} to an independent numpy implementation of Miller's clustered standard
 * error (arXiv:2411.00640, §2.2), {@code se = sqrt(sum(r**2)/(n-1)/n + cross/n**2)} with {@code
 * cross} the sum over scenarios of {@code sum(outer(r_c, r_c)) - sum(r_c**2)}, and of the one-sided
 * bound, computed with {@code scipy.stats.t.ppf(0.95, G - 1)}.
 */
class MeanScoreTest {
  private static final BenchmarkRunView RUN =
      new BenchmarkRunView(
          "bmr_1", null, null, null, 0L, null, "completed", null, null, null, null, null, null);

  @Test
  void is_the_usual_standard_error_when_each_scenario_ran_once() {
    // scores [1, 1, 0.8, 0.9, 1, 0.6, 1, 1, 0.7, 1]: numpy.std(ddof=1)/sqrt(10) =
    // 0.04714045207910317; the skewed lower bound (Hall's side) is 0.787757286159733
    MeanScore score =
        MeanScore.of(
            outcome(
                run(1, 1),
                run(2, 1),
                run(3, 0.8),
                run(4, 0.9),
                run(5, 1),
                run(6, 0.6),
                run(7, 1),
                run(8, 1),
                run(9, 0.7),
                run(10, 1)));

    assertThat(score.mean()).isCloseTo(0.9, within(1e-12));
    assertThat(score.standardError()).isCloseTo(0.04714045207910317, within(1e-12));
    assertThat(score.scenarioRuns()).isEqualTo(10);
    assertThat(score.scenarios()).isEqualTo(10);
    assertThat(score.lowerBound(0.95)).isCloseTo(0.787757286159733, within(1e-12));
    assertThat(score.lowerBoundMethod())
        .isEqualTo(ConfidenceInterval.Method.SKEWNESS_ADJUSTED_STUDENT_T);
  }

  @Test
  void clusters_the_standard_error_by_scenario() {
    // six scenarios of three runs, one of them timed out (a 0):
    // [[1, 1, 0.5], [0.9, 0.8, 0.85], [0, 0.2, 0.1], [1, 0.9, 1], [0.7, 0.6, 0.75], [1, 1, 1]].
    // Miller's clustered se = 0.12525532706420173, against 0.0781 treating the 18 runs as
    // independent; lower bound 0.28394485364080263.
    MeanScore score =
        MeanScore.of(
            outcome(
                run(1, 1),
                run(1, 1),
                run(1, 0.5),
                run(2, 0.9),
                run(2, 0.8),
                run(2, 0.85),
                timedOut(3),
                run(3, 0.2),
                run(3, 0.1),
                run(4, 1),
                run(4, 0.9),
                run(4, 1),
                run(5, 0.7),
                run(5, 0.6),
                run(5, 0.75),
                run(6, 1),
                run(6, 1),
                run(6, 1)));

    assertThat(score.mean()).isCloseTo(0.7388888888888889, within(1e-12));
    assertThat(score.standardError()).isCloseTo(0.12525532706420173, within(1e-12));
    assertThat(score.scenarioRuns()).isEqualTo(18);
    assertThat(score.scenarios()).isEqualTo(6);
    assertThat(score.lowerBound(0.95)).isCloseTo(0.28394485364080263, within(1e-12));
  }

  @Test
  void bounds_perfect_scores_like_clopper_pearson() {
    // 16 perfect scenarios: no spread; 0.05^(1/16) = 0.8292502770175191, which is also
    // scipy.stats.beta.ppf(0.05, 16, 1), the exact binomial bound for 16 successes in 16
    MeanScore score = MeanScore.of(perfect(16));

    assertThat(score.mean()).isEqualTo(1.0);
    assertThat(score.standardError()).isZero();
    assertThat(score.lowerBoundMethod()).isEqualTo(ConfidenceInterval.Method.NO_SPREAD);
    assertThat(score.lowerBound(0.95)).isCloseTo(0.8292502770175191, within(1e-12));
  }

  @Test
  void has_no_spread_when_scenarios_differ_only_within() {
    // Each scenario scores 0 and 1: every scenario mean is 0.5, so nothing tells how scenarios
    // differ, and the bound is 0.5 * 0.05^(1/2).
    MeanScore score = MeanScore.of(outcome(run(1, 0), run(1, 1), run(2, 1), run(2, 0)));

    assertThat(score.lowerBoundMethod()).isEqualTo(ConfidenceInterval.Method.NO_SPREAD);
    assertThat(score.lowerBound(0.95)).isCloseTo(0.5 * Math.sqrt(0.05), within(1e-12));
  }

  @Test
  void bounds_a_single_run_by_its_score_alone() {
    MeanScore score = MeanScore.of(outcome(run(1, 0.9)));

    assertThat(score.standardError()).isZero();
    assertThat(score.lowerBound(0.95)).isCloseTo(0.9 * 0.05, within(1e-12));
    assertThat(score)
        .hasToString("MeanScore{mean=0.9000, standardError=0.0000, scenarioRuns=1, scenarios=1}");
  }

  @Test
  void refuses_an_outcome_without_scenario_runs_and_a_level_outside_0_and_1() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MeanScore.of(outcome()))
        .withMessage("Benchmark run bmr_1 has no scenario runs to take a mean score of");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MeanScore.of(outcome(run(1, 0.9))).lowerBound(1));
  }

  private static int nextRun;

  private static ScenarioRunView run(int scenario, double score) {
    return scenarioRun(scenario, "scored", new ScoringContractResult(score, List.of()));
  }

  private static ScenarioRunView timedOut(int scenario) {
    return scenarioRun(scenario, "timeout", null);
  }

  private static synchronized ScenarioRunView scenarioRun(
      int scenario, String state, ScoringContractResult result) {
    return new ScenarioRunView(
        "scr_" + nextRun++,
        "scn_" + scenario,
        "dbx",
        null,
        null,
        null,
        state,
        null,
        null,
        null,
        result,
        null,
        null);
  }

  private static BenchmarkOutcome perfect(int scenarios) {
    ScenarioRunView[] runs = new ScenarioRunView[scenarios];
    for (int i = 0; i < scenarios; i++) {
      runs[i] = run(i, 1);
    }
    return outcome(runs);
  }

  private static BenchmarkOutcome outcome(ScenarioRunView... runs) {
    return BenchmarkOutcome.of(RUN, List.of(runs), List.of(), null);
  }
}
