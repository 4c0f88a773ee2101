package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The scenario runs that made an aggregate assertion fail, as its message lists them: worst first,
 * at most {@value #MAX_LISTED}, then "and N more". This is the one place that orders and prints
 * them, so every aggregate message reads alike.
 *
 * <p>Worst first means: scenario runs without a score, then by ascending score; ties by scenario
 * name, then scenario run id. Each line names the scenario, the scenario run's id, its state and
 * its score, and marks infrastructure outcomes (failed, timed out, canceled, a scorer in error),
 * with the reason a benchmark job gave for a scenario of one of its agents (one that failed in
 * setup has a synthesized scenario run, {@code no-run:scn_…}):
 *
 * <pre>
 *   - retry-flag (no-run:scn_b2): failed, no score [infrastructure outcome: EnvironmentSetupError: devbox failed to start]
 *   - fix-login-bug (scr_3): timeout, no score [infrastructure outcome]
 *   - add-cache (scr_7): scored, score 0.1
 *   - refactor-db (scr_2): scored, score 0.5 [infrastructure outcome: scorer "unit-tests" ended in error]
 *   - and 2 more
 * </pre>
 *
 * <pre>{@code
 * Offenders belowThreshold = Offenders.of(outcome, scenarioRun -> !requirement.isMetBy(scenarioRun.score()));
 * }</pre>
 */
public final class Offenders {
  /** How many offenders a failure message lists before summing up the rest as "and N more". */
  public static final int MAX_LISTED = 5;

  private static final Offenders NONE = new Offenders(List.of(), 0);

  private final List<String> lines;
  private final int total;

  private Offenders(List<String> lines, int total) {
    this.lines = lines;
    this.total = total;
  }

  /**
   * No offenders: for a run whose scenario runs are not known.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveScore(run, ScoreRequirement.atLeast(0.8), Offenders.none()));
   * }</pre>
   *
   * @return the empty list of offenders
   */
  public static Offenders none() {
    return NONE;
  }

  /**
   * Selects the offenders among an outcome's scenario runs.
   *
   * <pre>{@code
   * Offenders failed = Offenders.of(outcome, scenarioRun -> scenarioRun.state() == ScenarioRunState.FAILED);
   * }</pre>
   *
   * @param outcome the outcome
   * @param offending tells an offender from the rest
   * @return the offenders, worst first
   */
  public static Offenders of(
      BenchmarkOutcome outcome, Predicate<? super ScenarioRunView> offending) {
    List<ScenarioRunView> selected = new ArrayList<>();
    for (ScenarioRunView scenarioRun : outcome.scenarioRuns()) {
      if (offending.test(scenarioRun)) {
        selected.add(scenarioRun);
      }
    }
    selected.sort(
        Comparator.comparing(
                ScenarioRunView::score, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(outcome::scenarioName)
            .thenComparing(ScenarioRunView::id, Comparator.nullsLast(Comparator.naturalOrder())));
    List<String> lines = selected.stream().map(scenarioRun -> line(outcome, scenarioRun)).toList();
    return new Offenders(lines, outcome.scenarioRuns().size());
  }

  /**
   * Returns how many scenario runs offend.
   *
   * <pre>{@code
   * if (offenders.count() > 0) { ... }
   * }</pre>
   *
   * @return the number of offenders, listed or not
   */
  public int count() {
    return lines.size();
  }

  /**
   * Returns how many scenario runs were judged.
   *
   * <pre>{@code
   * String share = offenders.count() + " of " + offenders.total();
   * }</pre>
   *
   * @return the number of scenario runs the offenders were selected from
   */
  public int total() {
    return total;
  }

  /** The offenders as an indented list, each line starting on a new line. */
  String bullets() {
    return bullets(lines);
  }

  /**
   * Prints lines as an indented list, each starting on a new line, cut after {@link #MAX_LISTED}
   * with "and N more"; shared by every list in a message.
   */
  static String bullets(List<String> lines) {
    StringBuilder out = new StringBuilder();
    lines.stream().limit(MAX_LISTED).forEach(line -> out.append("%n  - %s".formatted(line)));
    if (lines.size() > MAX_LISTED) {
      out.append("%n  - and %d more".formatted(lines.size() - MAX_LISTED));
    }
    return out.toString();
  }

  private static String line(BenchmarkOutcome outcome, ScenarioRunView scenarioRun) {
    String state =
        scenarioRun.stateValue() == null
            ? "no state"
            : scenarioRun.state() == ScenarioRunState.UNRECOGNIZED
                ? Format.quoted(scenarioRun.stateValue()) + " (unknown state)"
                : escape(scenarioRun.stateValue());
    String score =
        scenarioRun.score() == null ? "no score" : "score " + Format.score(scenarioRun.score());
    return Names.scenarioRunIn(outcome, scenarioRun)
        + ": "
        + state
        + ", "
        + score
        + Explanations.infrastructureTag(scenarioRun, outcome.failureReason(scenarioRun));
  }
}
