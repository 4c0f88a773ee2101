package dev.benchgate.testing;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link BenchmarkOutcome} for tests; start with {@link Models#outcome(BenchmarkRunView)}.
 *
 * <pre>{@code
 * BenchmarkOutcome outcome =
 *     Models.outcome(run)
 *         .scenarioRuns(Models.scenarioRun("scr_1").scored(0.9).build())
 *         .scenarios(Models.scenario("scn_1").named("fix-login-bug").build())
 *         .benchmark(Models.benchmark("bmd_1").scenarios("scn_1").build())
 *         .build();
 * }</pre>
 */
public final class OutcomeBuilder {
  private final BenchmarkRunView run;
  private final List<ScenarioRunView> scenarioRuns = new ArrayList<>();
  private final List<ScenarioView> scenarios = new ArrayList<>();
  private BenchmarkView benchmark;

  OutcomeBuilder(BenchmarkRunView run) {
    this.run = run;
  }

  /**
   * Adds scenario runs.
   *
   * @param added the scenario runs
   * @return this builder
   */
  public OutcomeBuilder scenarioRuns(ScenarioRunView... added) {
    scenarioRuns.addAll(List.of(added));
    return this;
  }

  /**
   * Adds scenario definitions.
   *
   * @param added the scenarios
   * @return this builder
   */
  public OutcomeBuilder scenarios(ScenarioView... added) {
    scenarios.addAll(List.of(added));
    return this;
  }

  /**
   * Sets the run's benchmark.
   *
   * @param benchmark the benchmark, or {@code null} for none
   * @return this builder
   */
  public OutcomeBuilder benchmark(BenchmarkView benchmark) {
    this.benchmark = benchmark;
    return this;
  }

  /**
   * Joins everything through {@link BenchmarkOutcome#of}.
   *
   * @return the outcome
   */
  public BenchmarkOutcome build() {
    return BenchmarkOutcome.of(run, scenarioRuns, scenarios, benchmark);
  }
}
