package dev.benchgate.junit.report;

import com.squareup.moshi.Json;
import dev.benchgate.core.compare.MeanScore;
import dev.benchgate.core.repeated.PassAtK;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.repeated.RepeatedScenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Repeated runs of one agent as the end-of-run report shows them: pass@k and pass^k for every k the
 * runs can estimate, the mean score with its standard error clustered by scenario, and the
 * scenarios that passed in some runs and not in others. Each run is among {@link
 * BenchgateReport#runs()} as well.
 *
 * @param runIds the runs' ids, oldest first
 * @param n how many runs: every run is one try at each scenario
 * @param benchmarkId the benchmark they ran, {@code null} when they do not share one
 * @param passThreshold the score at which a scenario counts as passed
 * @param scenarios how many scenarios the runs have results for
 * @param passAtK pass@k for k from 1 to n, element k − 1 being pass@k; empty without scenarios
 * @param passHatK pass^k for k from 1 to n, the same way
 * @param meanScore the mean score over every scenario run, one without a score counting as 0;
 *     {@code null} without scenario runs
 * @param meanScoreStandardError its standard error clustered by scenario, {@code null} without
 * @param flaky the flaky scenarios, the fewest passes first, then by name
 */
public record RepeatedReport(
    @Json(name = "run_ids") List<String> runIds,
    int n,
    @Json(name = "benchmark_id") String benchmarkId,
    @Json(name = "pass_threshold") double passThreshold,
    int scenarios,
    @Json(name = "pass_at_k") List<Double> passAtK,
    @Json(name = "pass_hat_k") List<Double> passHatK,
    @Json(name = "mean_score") Double meanScore,
    @Json(name = "mean_score_standard_error") Double meanScoreStandardError,
    List<FlakyScenarioReport> flaky) {

  /** Copies the lists; absent ones, in a report read back, are empty. */
  public RepeatedReport {
    runIds = runIds == null ? List.of() : List.copyOf(runIds);
    passAtK = passAtK == null ? List.of() : unmodifiable(passAtK);
    passHatK = passHatK == null ? List.of() : unmodifiable(passHatK);
    flaky = flaky == null ? List.of() : List.copyOf(flaky);
  }

  /**
   * Summarises repeated runs in time linear in their scenario runs times n.
   *
   * @param repeated the runs
   * @param passThreshold the score at which a scenario counts as passed, from 0 to 1
   * @return their report
   */
  public static RepeatedReport of(RepeatedOutcome repeated, double passThreshold) {
    List<RepeatedScenario> all = repeated.scenarios(passThreshold);
    int n = repeated.runCount();
    List<Double> passAtK = new ArrayList<>(n);
    List<Double> passHatK = new ArrayList<>(n);
    List<FlakyScenarioReport> flaky = new ArrayList<>();
    int[] passed = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      RepeatedScenario scenario = all.get(i);
      passed[i] = scenario.passed();
      if (passed[i] > 0 && passed[i] < scenario.runs()) {
        flaky.add(
            new FlakyScenarioReport(
                scenario.scenarioId(),
                scenario.scenarioName(),
                passed[i],
                scenario.runs(),
                scenario.infrastructureFailures()));
      }
    }
    if (!all.isEmpty()) {
      for (int k = 1; k <= n; k++) {
        double atK = 0;
        double hatK = 0;
        for (int i = 0; i < all.size(); i++) {
          atK += PassAtK.passAtK(n, passed[i], k);
          hatK += PassAtK.passHatK(n, passed[i], k);
        }
        passAtK.add(atK / all.size());
        passHatK.add(hatK / all.size());
      }
    }
    // Stable: the scenarios come by name, then id.
    flaky.sort(Comparator.comparingInt(FlakyScenarioReport::passed));
    Double mean = null;
    Double standardError = null;
    if (repeated.runs().stream().anyMatch(run -> !run.scenarioRuns().isEmpty())) {
      try {
        MeanScore score = repeated.meanScore();
        mean = score.mean();
        standardError = score.standardError();
      } catch (IllegalArgumentException noMean) {
        // No figure rather than no report: the mean stays null.
      }
    }
    return new RepeatedReport(
        repeated.runIds(),
        n,
        repeated.benchmarkId().orElse(null),
        passThreshold,
        all.size(),
        passAtK,
        passHatK,
        mean,
        standardError,
        flaky);
  }

  /**
   * Returns pass@k.
   *
   * @param k from 1 to {@link #n()}
   * @return the estimate, or {@code null} when the report has none for k
   */
  public Double passAt(int k) {
    return k >= 1 && k <= passAtK.size() ? passAtK.get(k - 1) : null;
  }

  /**
   * Returns pass^k.
   *
   * @param k from 1 to {@link #n()}
   * @return the estimate, or {@code null} when the report has none for k
   */
  public Double passHat(int k) {
    return k >= 1 && k <= passHatK.size() ? passHatK.get(k - 1) : null;
  }

  /**
   * Returns a short name for people.
   *
   * @return e.g. {@code 5 runs: bmr_1, bmr_2, …}
   */
  public String displayName() {
    return n + (n == 1 ? " run: " : " runs: ") + String.join(", ", runIds);
  }

  // A list may hold nulls (a figure JSON could not hold), which List.copyOf refuses.
  private static List<Double> unmodifiable(List<Double> values) {
    return Collections.unmodifiableList(new ArrayList<>(values));
  }
}
