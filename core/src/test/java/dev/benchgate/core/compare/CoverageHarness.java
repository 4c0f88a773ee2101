package dev.benchgate.core.compare;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Prints the coverage of the 95 % intervals and lower bounds for n = 3 to 100, and how often the
 * one-sided regression test fires at α = 0.05 when nothing changed: a harness, not a test. Run it
 * with
 *
 * <pre>
 * mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.benchgate.core.compare.CoverageHarness
 * </pre>
 */
public final class CoverageHarness {
  private static final int REPLICATES = 20_000;
  private static final int[] SIZES = {3, 5, 10, 20, 48, 100};

  private CoverageHarness() {}

  /**
   * Prints the tables.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.printf(
        Locale.ROOT,
        "Coverage of the two-sided 95 %% interval of the mean score change, %,d samples per cell%n",
        REPLICATES);
    header();
    for (CoverageSimulation.Population population : CoverageSimulation.SCORE_CHANGES) {
      row(population.name(), n -> CoverageSimulation.intervalCoverage(population, n, REPLICATES));
    }
    System.out.printf(
        Locale.ROOT, "%nCoverage of the one-sided 95 %% lower bound of the mean score%n");
    header();
    for (CoverageSimulation.Population population : CoverageSimulation.SCORES) {
      row(population.name(), n -> CoverageSimulation.lowerBoundCoverage(population, n, REPLICATES));
    }
    row(
        CoverageSimulation.RUNS_PER_SCENARIO + " pass/fail runs per scenario, clustered",
        n -> CoverageSimulation.clusteredLowerBoundCoverage(n, REPLICATES));
    System.out.printf(
        Locale.ROOT,
        "%nHow often the one-sided sign-flip test fires at alpha 0.05 under no change%n");
    header();
    for (CoverageSimulation.Population population : NO_CHANGE) {
      row(population.name(), n -> falseAlarmRate(population.draw(), n));
    }
  }

  private static final List<CoverageSimulation.Population> NO_CHANGE =
      List.of(
          new CoverageSimulation.Population(
              "normal(0, 0.2)", 0, random -> random.nextGaussian(0, 0.2)),
          new CoverageSimulation.Population(
              "uniform score minus uniform score",
              0,
              random -> random.nextDouble() - random.nextDouble()),
          new CoverageSimulation.Population(
              "pass/fail: Bernoulli(0.7) minus Bernoulli(0.7)",
              0,
              random -> (random.nextDouble() < 0.7 ? 1 : 0) - (random.nextDouble() < 0.7 ? 1 : 0)));

  private static double falseAlarmRate(ToDoubleFunction<SplittableRandom> draw, int n) {
    SplittableRandom random = new SplittableRandom(CoverageSimulation.SEED);
    int samples = n <= PairedStatistics.EXACT_PERMUTATION_LIMIT ? REPLICATES : REPLICATES / 20;
    int fired = 0;
    double[] deltas = new double[n];
    for (int sample = 0; sample < samples; sample++) {
      for (int i = 0; i < n; i++) {
        deltas[i] = draw.applyAsDouble(random);
      }
      if (PairedStatistics.signFlip(deltas).worsePValue() <= 0.05) {
        fired++;
      }
    }
    return (double) fired / samples;
  }

  private static void header() {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-48s", "population"));
    for (int n : SIZES) {
      line.append(String.format(Locale.ROOT, " %7s", "n = " + n));
    }
    System.out.println(line);
  }

  private static void row(String name, java.util.function.IntToDoubleFunction figure) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-48s", name));
    for (int n : SIZES) {
      line.append(String.format(Locale.ROOT, " %6.1f%%", 100 * figure.applyAsDouble(n)));
    }
    System.out.println(line);
  }
}
