package dev.benchgate.core.repeated;

import dev.benchgate.core.compare.MeanScore;
import dev.benchgate.core.compare.ScenarioResult;
import dev.benchgate.core.compare.Scores;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Several runs of one agent on one benchmark, judged as one subject: agents are noisy, and one run
 * says little about how often the agent solves a scenario. Per scenario it counts the runs that
 * passed at a passing score, and from those it estimates pass@k and pass^k ({@link PassAtK}), finds
 * the flaky scenarios, and gives the mean score with a standard error clustered by scenario ({@link
 * MeanScore}). Immutable and safe to share between threads.
 *
 * <p><b>What counts.</b> Every run is one try at every scenario any of the runs ran: n is the
 * number of runs, for each scenario. A run whose try passed has a scenario run of the scenario
 * whose score reaches the passing score, give or take {@link Scores#TOLERANCE} (several scenario
 * runs of one scenario in one run are averaged, as {@link ScenarioResult} averages them). A try
 * without a score does not pass, whatever the reason: a scenario run that failed, timed out or was
 * canceled (an infrastructure outcome, a setup failure of a benchmark job included) or a run that
 * did not run the scenario at all. So pass@k is never judged on the runs that happened to work, and
 * a scenario whose devbox fails to start every fifth run is as {@linkplain
 * RepeatedScenario#isFlaky() flaky} as one the agent fails every fifth run: to a build both are
 * unreliable. Messages and reports show which tries were infrastructure outcomes.
 *
 * <p><b>The figures</b>, over the G scenarios, each with n runs of which c passed:
 *
 * <ul>
 *   <li>{@link #passAtK(int, double)}: the mean over scenarios of 1 − C(n−c, k)/C(n, k), the
 *       unbiased estimate of the chance that at least one of k tries solves a scenario (Chen et al.
 *       2021, "Evaluating Large Language Models Trained on Code", arXiv:2107.03374, §2.1);
 *   <li>{@link #passHatK(int, double)}: the mean over scenarios of C(c, k)/C(n, k), the chance that
 *       all k tries solve it (Yao et al. 2024, "τ-bench", arXiv:2406.12045, §4);
 *   <li>{@link #flakyScenarios(double)}: the scenarios with 0 &lt; c &lt; n;
 *   <li>{@link #meanScore()}: the mean score over every scenario run of every run (a scenario run
 *       without a score counting as 0), with a standard error clustered by scenario, as the runs of
 *       one scenario are not independent (Miller 2024, "Adding Error Bars to Evals",
 *       arXiv:2411.00640, §2.2).
 * </ul>
 *
 * <pre>{@code
 * RepeatedOutcome runs = client.repeatedOutcome("bmr_a", "bmr_b", "bmr_c", "bmr_d", "bmr_e");
 * double passAt1 = runs.passAtK(1, 0.5);
 * runs.flakyScenarios(0.5).forEach(scenario -> System.out.println(scenario.describe()));
 * }</pre>
 */
public final class RepeatedOutcome {
  /**
   * The passing score of gates and reports that name none: half marks, the line Benchgate's
   * comparisons and reports draw between a solved and an unsolved scenario.
   */
  public static final double DEFAULT_PASSING_SCORE = 0.5;

  private final List<BenchmarkOutcome> runs;
  private final String benchmarkId;

  /** Each scenario's result in each run, by scenario id in name order; null where it is missing. */
  private final Map<String, ScenarioResult[]> resultsByScenario;

  private final Map<String, String> scenarioNames;

  private RepeatedOutcome(List<BenchmarkOutcome> runs, String benchmarkId) {
    this.runs = runs;
    this.benchmarkId = benchmarkId;
    Map<String, ScenarioResult[]> results = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (int index = 0; index < runs.size(); index++) {
      for (ScenarioResult result : ScenarioResult.byScenario(runs.get(index)).values()) {
        results.computeIfAbsent(result.scenarioId(), id -> new ScenarioResult[runs.size()])[index] =
            result;
        names.put(result.scenarioId(), result.scenarioName()); // the newest run's name wins
      }
    }
    Map<String, ScenarioResult[]> ordered = new LinkedHashMap<>();
    results.keySet().stream()
        .sorted(Comparator.comparing((String id) -> names.get(id)).thenComparing(id -> id))
        .forEach(id -> ordered.put(id, results.get(id)));
    this.resultsByScenario = ordered;
    this.scenarioNames = names;
  }

  /**
   * Joins several runs of one agent on one benchmark, ordered by start time, then id.
   *
   * <pre>{@code
   * RepeatedOutcome runs = RepeatedOutcome.of(List.of(monday, tuesday, wednesday));
   * }</pre>
   *
   * @param runs the outcomes of the runs, at least one
   * @return the repeated outcome
   * @throws IllegalArgumentException when there is no run, a run is there twice (it would count
   *     twice), or the runs are of different benchmarks (their scenarios are not the same tries);
   *     the message says which
   */
  public static RepeatedOutcome of(Collection<BenchmarkOutcome> runs) {
    Objects.requireNonNull(runs, "runs");
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("Repeated runs need at least one run");
    }
    Set<String> seen = new HashSet<>();
    for (BenchmarkOutcome run : runs) {
      Objects.requireNonNull(run, "A run of repeated runs is null");
      if (!seen.add(run.runId())) {
        throw new IllegalArgumentException(
            "Benchmark run "
                + run.runId()
                + " is given twice: each run is one try at each scenario, and counting one twice"
                + " would make the agent look more consistent than it is");
      }
    }
    Map<String, List<String>> byBenchmark = new TreeMap<>();
    for (BenchmarkOutcome run : runs) {
      byBenchmark
          .computeIfAbsent(benchmarkOf(run).orElse(""), id -> new ArrayList<>())
          .add(run.runId());
    }
    if (byBenchmark.size() > 1) {
      throw new IllegalArgumentException(
          "Repeated runs must be of one benchmark, as each run is a try at the same scenarios, but "
              + byBenchmark.entrySet().stream()
                  .map(
                      entry ->
                          String.join(", ", entry.getValue())
                              + (entry.getKey().isEmpty()
                                  ? " ran no benchmark"
                                  : " ran benchmark " + entry.getKey()))
                  .collect(Collectors.joining("; "))
              + ". Compare runs of different benchmarks with OutcomeComparison, or judge each"
              + " run on its own.");
    }
    List<BenchmarkOutcome> ordered = new ArrayList<>(runs);
    ordered.sort(
        Comparator.comparingLong((BenchmarkOutcome run) -> run.run().startTimeMs())
            .thenComparing(BenchmarkOutcome::runId));
    String benchmarkId = byBenchmark.keySet().iterator().next();
    return new RepeatedOutcome(List.copyOf(ordered), benchmarkId.isEmpty() ? null : benchmarkId);
  }

  /**
   * Joins several runs of one agent on one benchmark; see {@link #of(Collection)}.
   *
   * <pre>{@code
   * RepeatedOutcome runs = RepeatedOutcome.of(monday, tuesday, wednesday);
   * }</pre>
   *
   * @param first a run
   * @param more the other runs
   * @return the repeated outcome
   * @throws IllegalArgumentException as {@link #of(Collection)}
   */
  public static RepeatedOutcome of(BenchmarkOutcome first, BenchmarkOutcome... more) {
    List<BenchmarkOutcome> runs = new ArrayList<>();
    runs.add(first);
    runs.addAll(List.of(more));
    return of(runs);
  }

  /**
   * The benchmark a run ran: its own {@code benchmark_id}, else the benchmark it was joined with (a
   * run of a benchmark job names none of its own, and takes the job's).
   */
  private static Optional<String> benchmarkOf(BenchmarkOutcome run) {
    return Optional.ofNullable(run.run().benchmarkId())
        .or(() -> run.benchmark().map(BenchmarkView::id));
  }

  /**
   * Returns the runs, oldest first.
   *
   * @return the outcomes of the runs, ordered by start time, then id; unmodifiable
   */
  public List<BenchmarkOutcome> runs() {
    return runs;
  }

  /**
   * Returns n, the number of runs: the tries each scenario had.
   *
   * @return the number of runs, at least one
   */
  public int runCount() {
    return runs.size();
  }

  /**
   * Returns the ids of the runs, oldest first, for messages.
   *
   * @return e.g. {@code [bmr_a, bmr_b]}
   */
  public List<String> runIds() {
    return runs.stream().map(BenchmarkOutcome::runId).toList();
  }

  /**
   * Returns the benchmark the runs ran.
   *
   * @return its id, or empty for runs of no benchmark
   */
  public Optional<String> benchmarkId() {
    return Optional.ofNullable(benchmarkId);
  }

  /**
   * Returns every scenario any run ran, judged at a passing score, by name.
   *
   * <pre>{@code
   * runs.scenarios(0.5).forEach(scenario -> System.out.println(scenario.describe()));
   * }</pre>
   *
   * @param passingScore the lowest score that passes, from 0 to 1
   * @return one per scenario, ordered by name, then id; empty when no run has scenario runs
   * @throws IllegalArgumentException if the passing score is not between 0 and 1
   */
  public List<RepeatedScenario> scenarios(double passingScore) {
    requirePassingScore(passingScore);
    List<RepeatedScenario> scenarios = new ArrayList<>(resultsByScenario.size());
    resultsByScenario.forEach(
        (scenarioId, results) -> {
          List<ScenarioAttempt> attempts = new ArrayList<>(runs.size());
          for (int index = 0; index < runs.size(); index++) {
            attempts.add(new ScenarioAttempt(runs.get(index), results[index]));
          }
          scenarios.add(
              new RepeatedScenario(
                  scenarioId, scenarioNames.get(scenarioId), passingScore, attempts));
        });
    return List.copyOf(scenarios);
  }

  /**
   * Returns the scenarios that passed in some runs and not in others, worst first: the fewest runs
   * passed first, then by name. Tries without a score count as not passed (see the class comment).
   *
   * <pre>{@code
   * runs.flakyScenarios(0.5).forEach(scenario -> System.out.println(scenario.describe()));
   * // retry-flag: 2 of 5 runs passed
   * }</pre>
   *
   * @param passingScore the lowest score that passes, from 0 to 1
   * @return the flaky scenarios, worst first
   * @throws IllegalArgumentException if the passing score is not between 0 and 1
   */
  public List<RepeatedScenario> flakyScenarios(double passingScore) {
    return scenarios(passingScore).stream()
        .filter(RepeatedScenario::isFlaky)
        .sorted(Comparator.comparingInt(RepeatedScenario::passed)) // stable: by name after
        .toList();
  }

  /**
   * Estimates pass@k: the mean over scenarios of 1 − C(n−c, k)/C(n, k), the chance that at least
   * one of k tries solves a scenario (Chen et al. 2021, arXiv:2107.03374).
   *
   * <pre>{@code
   * runs.passAtK(1, 0.5); // the expected pass rate of one try
   * }</pre>
   *
   * @param k the tries, from 1 to {@link #runCount()}
   * @param passingScore the lowest score that passes, from 0 to 1
   * @return the estimate, from 0 to 1
   * @throws IllegalArgumentException if {@code k} is not from 1 to the number of runs, or the
   *     passing score is not between 0 and 1
   * @throws IllegalStateException if no run has a scenario run, so that there is nothing to judge
   */
  public double passAtK(int k, double passingScore) {
    return meanOverScenarios(k, passingScore, "pass@", RepeatedScenario::passAtK);
  }

  /**
   * Estimates pass^k: the mean over scenarios of C(c, k)/C(n, k), the chance that all k tries solve
   * a scenario (Yao et al. 2024, arXiv:2406.12045).
   *
   * <pre>{@code
   * runs.passHatK(5, 0.5); // how often the agent solves a scenario every time, five times running
   * }</pre>
   *
   * @param k the tries, from 1 to {@link #runCount()}
   * @param passingScore the lowest score that passes, from 0 to 1
   * @return the estimate, from 0 to 1
   * @throws IllegalArgumentException if {@code k} is not from 1 to the number of runs, or the
   *     passing score is not between 0 and 1
   * @throws IllegalStateException if no run has a scenario run, so that there is nothing to judge
   */
  public double passHatK(int k, double passingScore) {
    return meanOverScenarios(k, passingScore, "pass^", RepeatedScenario::passHatK);
  }

  private interface Estimator {
    double of(RepeatedScenario scenario, int k);
  }

  private double meanOverScenarios(int k, double passingScore, String name, Estimator estimator) {
    requireK(k, name);
    List<RepeatedScenario> scenarios = scenarios(passingScore);
    if (scenarios.isEmpty()) {
      throw new IllegalStateException(
          "The benchmark runs " + runIds() + " have no scenario runs: there is no " + name + k);
    }
    double sum = 0;
    for (RepeatedScenario scenario : scenarios) {
      sum += estimator.of(scenario, k);
    }
    return sum / scenarios.size();
  }

  /** Refuses k tries that these runs cannot estimate. */
  private void requireK(int k, String name) {
    if (k < 1) {
      throw new IllegalArgumentException(name + "k needs k of at least 1, but k was " + k);
    }
    if (k > runs.size()) {
      throw new IllegalArgumentException(
          name
              + k
              + " needs at least "
              + k
              + " runs of each scenario, but there "
              + (runs.size() == 1 ? "is 1 run" : "are " + runs.size() + " runs")
              + " ("
              + String.join(", ", runIds())
              + "): estimate k from 1 to "
              + runs.size()
              + ", or repeat the benchmark more often");
    }
  }

  /**
   * Returns the mean score over every scenario run of every run, a scenario run without a score
   * counting as 0, with its standard error clustered by scenario (Miller 2024, arXiv:2411.00640):
   * its {@link MeanScore#lowerBound(double)} is what a mean-score gate with a confidence judges.
   *
   * <pre>{@code
   * MeanScore score = runs.meanScore();
   * System.out.println(score.mean() + " ± " + score.standardError());
   * }</pre>
   *
   * @return the mean score
   * @throws IllegalArgumentException if no run has a scenario run
   */
  public MeanScore meanScore() {
    return MeanScore.of(runs);
  }

  private static void requirePassingScore(double passingScore) {
    if (!(passingScore >= 0 && passingScore <= 1)) {
      throw new IllegalArgumentException(
          "The passing score must be between 0 and 1, but was " + passingScore);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RepeatedOutcome that && runs.equals(that.runs);
  }

  @Override
  public int hashCode() {
    return runs.hashCode();
  }

  @Override
  public String toString() {
    return "RepeatedOutcome{runs="
        + runIds()
        + ", benchmark="
        + (benchmarkId == null ? "none" : benchmarkId)
        + ", scenarios="
        + resultsByScenario.size()
        + '}';
  }
}
