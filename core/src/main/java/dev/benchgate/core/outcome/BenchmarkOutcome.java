package dev.benchgate.core.outcome;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.ScenarioFailureReason;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A benchmark run joined with everything needed to judge it: its scenario runs, the scenario
 * definition of each, and its benchmark when it has one. Immutable and safe to share between
 * threads.
 *
 * <p>The run of one agent of a benchmark job also knows what the job reported about each of its
 * scenarios (see {@link #withJobScenarioOutcomes(Collection)}): a scenario that failed before a
 * scenario run existed is then one more scenario run, {@linkplain #isSynthesized(ScenarioRunView)
 * synthesized} from the job's report, so that every gate counts it, and {@link
 * #failureReason(ScenarioRunView)} says why it failed.
 *
 * <pre>{@code
 * BenchmarkOutcome outcome = client.outcome("bmr_123");
 * for (ScenarioRunView scenarioRun : outcome.scenarioRuns()) {
 *   System.out.println(outcome.scenarioName(scenarioRun) + ": " + scenarioRun.score());
 * }
 * }</pre>
 */
public final class BenchmarkOutcome {
  private final BenchmarkRunView run;
  private final List<ScenarioRunView> scenarioRuns;
  private final Map<String, ScenarioView> scenariosById;
  private final BenchmarkView benchmark;

  /** What a benchmark job reported, by scenario run id (synthesized ones included). */
  private final Map<String, JobScenarioOutcomeView> jobScenarioOutcomes;

  /** The definitions ordered by id, made on the first call of {@link #scenarios()}. */
  private volatile List<ScenarioView> scenariosInOrder;

  private BenchmarkOutcome(
      BenchmarkRunView run,
      List<ScenarioRunView> scenarioRuns,
      Map<String, ScenarioView> scenariosById,
      BenchmarkView benchmark) {
    this(run, scenarioRuns, scenariosById, benchmark, Map.of());
  }

  private BenchmarkOutcome(
      BenchmarkRunView run,
      List<ScenarioRunView> scenarioRuns,
      Map<String, ScenarioView> scenariosById,
      BenchmarkView benchmark,
      Map<String, JobScenarioOutcomeView> jobScenarioOutcomes) {
    this.run = run;
    this.scenarioRuns = scenarioRuns;
    this.scenariosById = scenariosById;
    this.benchmark = benchmark;
    this.jobScenarioOutcomes = jobScenarioOutcomes;
  }

  /**
   * Joins a run with its parts. Scenario definitions are matched to scenario runs by scenario id,
   * and definitions no scenario run refers to are kept too (of two with the same id, the later).
   * The API's order is undocumented, so the outcome sets its own: scenario runs by scenario name
   * (see {@link #scenarioName}), then id; definitions by id. Two outcomes of the same data are
   * therefore equal, and list and print alike.
   *
   * <p>The parts are checked for what the join needs: a run with an id, scenario runs with an id
   * and a scenario id, definitions with an id, and no {@code null} among them. The client and the
   * snapshot reader check far more where they read the JSON; this check is for outcomes built in
   * code.
   *
   * <pre>{@code
   * BenchmarkOutcome outcome = BenchmarkOutcome.of(run, scenarioRuns, definitions, benchmark);
   * }</pre>
   *
   * @param run the benchmark run
   * @param scenarioRuns its scenario runs
   * @param scenarios the scenario definitions (for some, all or none of the scenario runs)
   * @param benchmark the run's benchmark, or {@code null} when the run has none
   * @return the outcome
   * @throws NullPointerException when {@code run}, {@code scenarioRuns} or {@code scenarios} is
   *     {@code null}
   * @throws IllegalArgumentException when a part lacks what the join needs; the message names it
   */
  public static BenchmarkOutcome of(
      BenchmarkRunView run,
      Collection<ScenarioRunView> scenarioRuns,
      Collection<ScenarioView> scenarios,
      BenchmarkView benchmark) {
    requireJoinable(run, scenarioRuns, scenarios);
    Map<String, ScenarioView> byId = new HashMap<>(scenarios.size() * 4 / 3 + 1);
    for (ScenarioView scenario : scenarios) {
      byId.put(scenario.id(), scenario);
    }
    // Each name is found once, not once per comparison: a sort compares n log n times.
    Keyed[] keyed = new Keyed[scenarioRuns.size()];
    int index = 0;
    for (ScenarioRunView scenarioRun : scenarioRuns) {
      keyed[index++] =
          new Keyed(scenarioName(scenarioRun, byId.get(scenarioRun.scenarioId())), scenarioRun);
    }
    Arrays.sort(keyed);
    ScenarioRunView[] ordered = new ScenarioRunView[keyed.length];
    for (int i = 0; i < keyed.length; i++) {
      ordered[i] = keyed[i].run();
    }
    return new BenchmarkOutcome(
        run, List.of(ordered), Collections.unmodifiableMap(byId), benchmark);
  }

  /** A scenario run with the name it is sorted by, then by its id. */
  private record Keyed(String name, ScenarioRunView run) implements Comparable<Keyed> {
    @Override
    public int compareTo(Keyed other) {
      int byName = name.compareTo(other.name);
      return byName != 0 ? byName : run.id().compareTo(other.run.id());
    }
  }

  private static void requireJoinable(
      BenchmarkRunView run,
      Collection<ScenarioRunView> scenarioRuns,
      Collection<ScenarioView> scenarios) {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(scenarioRuns, "scenarioRuns");
    Objects.requireNonNull(scenarios, "scenarios");
    if (run.id() == null) {
      throw new IllegalArgumentException("The benchmark run has no id");
    }
    int index = 0;
    for (ScenarioRunView scenarioRun : scenarioRuns) {
      String problem =
          scenarioRun == null
              ? "is null"
              : scenarioRun.id() == null
                  ? "has no id"
                  : scenarioRun.scenarioId() == null ? "has no scenario id" : null;
      if (problem != null) {
        throw new IllegalArgumentException(
            "Benchmark run "
                + run.id()
                + ": scenario run #"
                + index
                + (scenarioRun == null || scenarioRun.id() == null
                    ? ""
                    : " (" + scenarioRun.id() + ")")
                + " "
                + problem);
      }
      index++;
    }
    index = 0;
    for (ScenarioView scenario : scenarios) {
      if (scenario == null || scenario.id() == null) {
        throw new IllegalArgumentException(
            "Benchmark run "
                + run.id()
                + ": scenario definition #"
                + index
                + (scenario == null ? " is null" : " has no id"));
      }
      index++;
    }
  }

  /**
   * Returns the benchmark run.
   *
   * @return the run
   */
  public BenchmarkRunView run() {
    return run;
  }

  /**
   * Returns the run's id, for messages.
   *
   * @return e.g. {@code bmr_123}
   */
  public String runId() {
    return run.id();
  }

  /**
   * Returns the scenario runs of the run, ordered by scenario name, then id.
   *
   * @return the scenario runs, unmodifiable
   */
  public List<ScenarioRunView> scenarioRuns() {
    return scenarioRuns;
  }

  /**
   * Returns the scenario runs in any of the given states.
   *
   * @param first a state
   * @param more further states
   * @return the matching scenario runs, in order
   */
  public List<ScenarioRunView> scenarioRunsIn(ScenarioRunState first, ScenarioRunState... more) {
    Set<ScenarioRunState> states = EnumSet.of(first, more);
    List<ScenarioRunView> matching = new ArrayList<>();
    for (ScenarioRunView scenarioRun : scenarioRuns) {
      if (states.contains(scenarioRun.state())) {
        matching.add(scenarioRun);
      }
    }
    return Collections.unmodifiableList(matching);
  }

  /**
   * Returns the scenario definitions known to this outcome, ordered by id.
   *
   * @return the definitions, unmodifiable
   */
  public Collection<ScenarioView> scenarios() {
    // Sorted on first use only: most gates look definitions up by id and never list them.
    List<ScenarioView> inOrder = scenariosInOrder;
    if (inOrder == null) {
      ScenarioView[] sorted = scenariosById.values().toArray(ScenarioView[]::new);
      Arrays.sort(sorted, Comparator.comparing(ScenarioView::id));
      inOrder = List.of(sorted);
      scenariosInOrder = inOrder;
    }
    return inOrder;
  }

  /**
   * Finds the definition of a scenario by id.
   *
   * @param scenarioId the scenario's id
   * @return its definition, or empty when the outcome does not hold it
   */
  public Optional<ScenarioView> scenario(String scenarioId) {
    return Optional.ofNullable(scenariosById.get(scenarioId));
  }

  /**
   * Finds the definition of the scenario a scenario run ran.
   *
   * @param scenarioRun one of this outcome's scenario runs
   * @return its definition, or empty when the outcome does not hold it
   */
  public Optional<ScenarioView> scenarioFor(ScenarioRunView scenarioRun) {
    return scenario(scenarioRun.scenarioId());
  }

  /**
   * Names a scenario run for people: the scenario's name, else the scenario run's name, else the
   * scenario id.
   *
   * @param scenarioRun one of this outcome's scenario runs
   * @return a name, never {@code null}
   */
  public String scenarioName(ScenarioRunView scenarioRun) {
    return scenarioName(scenarioRun, scenariosById.get(scenarioRun.scenarioId()));
  }

  private static String scenarioName(ScenarioRunView scenarioRun, ScenarioView scenario) {
    if (scenario != null && scenario.name() != null && !scenario.name().isBlank()) {
      return scenario.name();
    }
    if (scenarioRun.name() != null && !scenarioRun.name().isBlank()) {
      return scenarioRun.name();
    }
    return scenarioRun.scenarioId();
  }

  /**
   * Returns the run's benchmark.
   *
   * @return the benchmark, or empty when the run has none (runs made by a benchmark job)
   */
  public Optional<BenchmarkView> benchmark() {
    return Optional.ofNullable(benchmark);
  }

  /**
   * Returns the ids of the benchmark's scenarios that have no finished scenario run in this
   * outcome. A canceled run scores only what finished, so a high score can hide these.
   *
   * @return the missing scenario ids, sorted; empty when the outcome has no benchmark
   */
  public Set<String> scenarioIdsWithoutFinishedRun() {
    if (benchmark == null) {
      return Set.of();
    }
    Set<String> missing = new TreeSet<>(benchmark.scenarioIds());
    for (ScenarioRunView scenarioRun : scenarioRuns) {
      if (scenarioRun.state().isFinished()) {
        missing.remove(scenarioRun.scenarioId());
      }
    }
    return Collections.unmodifiableSet(missing);
  }

  /**
   * Returns this outcome as a benchmark job reported the scenarios of its run (the job's {@code
   * scenario_outcomes} of this run's agent, see {@link
   * dev.benchgate.core.model.JobAgentOutcomeView}). Each scenario outcome is matched to the
   * scenario run it names. One that names none, because the scenario failed in setup before a run
   * was created, or names one the run's scenario runs do not hold, becomes a synthesized scenario
   * run: {@linkplain #isSynthesized(ScenarioRunView) marked} by its id ({@code no-run:scn_…}), of
   * this run and that scenario, named as the job names it, in the state the job reports ({@code
   * FAILED} becomes {@code failed}), with the job's score (only {@code COMPLETED} has one) and
   * duration, and nothing else. It is a scenario run like the others to every gate: it counts in a
   * pass rate's denominator, covers its scenario with a finished (failed) run, and is found by
   * {@code hasNoScenarioRunsIn(FAILED)}; messages and reports find its reason with {@link
   * #failureReason(ScenarioRunView)}.
   *
   * <p>Synthesized runs in this outcome are replaced, not kept, so joining an outcome with the same
   * report twice (say, one read back from a snapshot) gives an equal outcome.
   *
   * <pre>{@code
   * BenchmarkOutcome codex = client.outcome("bmr_Bq72").withJobScenarioOutcomes(agent.scenarioOutcomes());
   * codex.scenarioRunsIn(ScenarioRunState.FAILED)
   *     .forEach(run -> System.out.println(codex.scenarioName(run) + ": "
   *         + codex.failureReason(run).map(ScenarioFailureReason::describe).orElse("?")));
   * }</pre>
   *
   * @param scenarioOutcomes what the job reported about this run's scenarios
   * @return the outcome with the job's report; an outcome without a report when the list is empty
   */
  public BenchmarkOutcome withJobScenarioOutcomes(
      Collection<JobScenarioOutcomeView> scenarioOutcomes) {
    JobScenarioRuns joined = JobScenarioRuns.join(run.id(), scenarioRuns, scenarioOutcomes);
    BenchmarkOutcome ordered = of(run, joined.scenarioRuns(), scenariosById.values(), benchmark);
    return new BenchmarkOutcome(
        run,
        ordered.scenarioRuns,
        scenariosById,
        benchmark,
        Collections.unmodifiableMap(new TreeMap<>(joined.reported())));
  }

  /**
   * Finds what the benchmark job reported about a scenario run.
   *
   * @param scenarioRun one of this outcome's scenario runs
   * @return the job's scenario outcome, or empty when this outcome was not read through a job or
   *     the job reported nothing about it
   */
  public Optional<JobScenarioOutcomeView> jobScenarioOutcome(ScenarioRunView scenarioRun) {
    return Optional.ofNullable(jobScenarioOutcomes.get(scenarioRun.id()));
  }

  /**
   * Finds why a scenario run failed, as the benchmark job reported it: for a scenario that failed
   * in setup, or one that timed out, say.
   *
   * <pre>{@code
   * outcome.failureReason(scenarioRun).map(ScenarioFailureReason::describe);
   * // Optional[EnvironmentSetupError: devbox failed to start]
   * }</pre>
   *
   * @param scenarioRun one of this outcome's scenario runs
   * @return the reason, or empty when no job reported one
   */
  public Optional<ScenarioFailureReason> failureReason(ScenarioRunView scenarioRun) {
    return jobScenarioOutcome(scenarioRun).flatMap(JobScenarioOutcomeView::failure);
  }

  /**
   * Tells whether a scenario run stands for a benchmark job's scenario outcome that has no scenario
   * run of the API (see {@link #withJobScenarioOutcomes(Collection)}).
   *
   * @param scenarioRun a scenario run
   * @return {@code true} when Benchgate made it from the job's report
   */
  public boolean isSynthesized(ScenarioRunView scenarioRun) {
    return JobScenarioRuns.isSynthesized(scenarioRun);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BenchmarkOutcome that
        && run.equals(that.run)
        && scenarioRuns.equals(that.scenarioRuns)
        && scenariosById.equals(that.scenariosById)
        && Objects.equals(benchmark, that.benchmark)
        && jobScenarioOutcomes.equals(that.jobScenarioOutcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(run, scenarioRuns, scenariosById, benchmark, jobScenarioOutcomes);
  }

  @Override
  public String toString() {
    return "BenchmarkOutcome{run="
        + run.displayName()
        + ", state="
        + run.stateValue()
        + ", score="
        + run.score()
        + ", scenarioRuns="
        + scenarioRuns.size()
        + ", scenarios="
        + scenariosById.size()
        + ", benchmark="
        + (benchmark == null ? "none" : benchmark.id())
        + '}';
  }
}
