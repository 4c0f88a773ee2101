package dev.benchgate.core.perf;

import dev.benchgate.core.compare.MeanScore;
import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.compare.ScenarioComparison;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures what a regression gate and the report cost on large comparisons: {@link
 * OutcomeComparison#of} (pairing and indexing), the one-sided sign-flip test, the 95 % interval,
 * the McNemar test, looking up every scenario by id (what the report does), the clustered lower
 * bound of {@link MeanScore}, and a second call of each (cached). A harness, not a test: it prints
 * the first round (a fresh JVM, as in a build's single gate) and the median of the rest, and
 * asserts nothing. Run it with
 *
 * <pre>
 * mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.benchgate.core.perf.ComparisonHarness
 * </pre>
 */
public final class ComparisonHarness {
  private static final int ROUNDS = 9;

  private ComparisonHarness() {}

  /**
   * Runs the measurements and prints one line per case.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.printf(
        Locale.ROOT,
        "%-58s %9s %9s %9s %9s %9s %9s %9s %9s%n",
        "case (first round / median of the next " + (ROUNDS - 1) + ", ms)",
        "of",
        "signflip",
        "interval",
        "mcnemar",
        "lookups",
        "bound",
        "again",
        "total");
    for (int scenarios : new int[] {5_000, 50_000}) {
      String size = "%,d scenarios".formatted(scenarios);
      Scores[] noisy = noisyScores(scenarios);
      measure(size + ", scores from 0 to 1", scenarios, noisy[0], noisy[1]);
      measure(
          size + ", pass/fail",
          scenarios,
          i -> noisy[0].of(i) >= 0.5 ? 1 : 0,
          i -> noisy[1].of(i) >= 0.5 ? 1 : 0);
    }
    measure(
        "5,000 scenarios, 1,000 changed (Monte Carlo sign flips)",
        5_000,
        i -> 0.6,
        i -> i < 1000 ? 0.6 + ((i * 37) % 21 - 10) / 100.0 : 0.6);
    // A few large changes among many tiny ones defeat the normal approximation, so the sign-flip
    // test draws its 20,000 assignments over all 50,000 changes: the one case that costs more.
    measure(
        "50,000 scenarios, 10 drops among tiny changes (worst case)",
        50_000,
        i -> 0.6,
        i -> i < 10 ? 0.1 : 0.6 + 1e-6);
  }

  /** Scenario difficulty uniform, each run's score within ±0.1 of it, the candidate a bit worse. */
  private static Scores[] noisyScores(int scenarios) {
    SplittableRandom random = new SplittableRandom(7);
    double[] before = new double[scenarios];
    double[] after = new double[scenarios];
    for (int i = 0; i < scenarios; i++) {
      double difficulty = random.nextDouble();
      before[i] = clamp(difficulty + random.nextGaussian(0, 0.1));
      after[i] = clamp(difficulty + random.nextGaussian(-0.002, 0.1));
    }
    return new Scores[] {i -> before[i], i -> after[i]};
  }

  private static void measure(String name, int scenarios, Scores before, Scores after) {
    BenchmarkOutcome baseline = outcome("bmr_base", scenarios, before);
    BenchmarkOutcome candidate = outcome("bmr_cand", scenarios, after);
    double[][] rounds = new double[ROUNDS][];
    for (int round = 0; round < ROUNDS; round++) {
      rounds[round] = oneRound(baseline, candidate);
    }
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-58s", name));
    for (int column = 0; column < rounds[0].length; column++) {
      double[] rest = new double[ROUNDS - 1];
      for (int round = 1; round < ROUNDS; round++) {
        rest[round - 1] = rounds[round][column];
      }
      Arrays.sort(rest);
      line.append(
          String.format(
              Locale.ROOT,
              " %9s",
              String.format(Locale.ROOT, "%.0f/%.1f", rounds[0][column], rest[rest.length / 2])));
    }
    System.out.println(line);
  }

  private static double[] oneRound(BenchmarkOutcome baseline, BenchmarkOutcome candidate) {
    long start = System.nanoTime();
    OutcomeComparison comparison = OutcomeComparison.of(baseline, candidate);
    long paired = System.nanoTime();
    comparison.scoreRegressionTest();
    long signFlip = System.nanoTime();
    comparison.meanScoreDeltaInterval();
    long interval = System.nanoTime();
    comparison.flipRegressionTest(0.5);
    long mcNemar = System.nanoTime();
    int found = 0;
    for (ScenarioComparison scenario : comparison.scenarios()) {
      found += comparison.scenario(scenario.scenarioId()).isPresent() ? 1 : 0;
    }
    long lookups = System.nanoTime();
    MeanScore.of(candidate).lowerBound(0.95);
    long bound = System.nanoTime();
    comparison.scoreRegressionTest();
    comparison.meanScoreDeltaInterval();
    comparison.flipRegressionTest(0.5);
    comparison.scoreChangeTwoSidedPValue();
    long again = System.nanoTime();
    if (found != comparison.scenarios().size()) {
      throw new IllegalStateException("lost a scenario");
    }
    return new double[] {
      millis(paired - start),
      millis(signFlip - paired),
      millis(interval - signFlip),
      millis(mcNemar - interval),
      millis(lookups - mcNemar),
      millis(bound - lookups),
      millis(again - bound),
      millis(again - start)
    };
  }

  private static double clamp(double score) {
    return Math.max(0, Math.min(1, score));
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private interface Scores {
    double of(int scenario);
  }

  private static BenchmarkOutcome outcome(String runId, int scenarios, Scores scores) {
    List<ScenarioRunView> runs = new ArrayList<>(scenarios);
    List<ScenarioView> definitions = new ArrayList<>(scenarios);
    for (int i = 0; i < scenarios; i++) {
      String scenarioId = "scn_" + i;
      runs.add(
          new ScenarioRunView(
              runId + "_scr_" + i,
              scenarioId,
              "dbx_" + i,
              runId,
              null,
              null,
              "scored",
              null,
              null,
              null,
              new ScoringContractResult(scores.of(i), List.of()),
              null,
              null));
      definitions.add(
          new ScenarioView(
              scenarioId,
              "scenario-" + i,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null));
    }
    BenchmarkRunView run =
        new BenchmarkRunView(
            runId, null, null, null, 0L, null, "completed", null, null, null, null, null, null);
    return BenchmarkOutcome.of(run, runs, definitions, null);
  }
}
