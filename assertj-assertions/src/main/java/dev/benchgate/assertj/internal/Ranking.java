package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.MeanScore;
import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.outcome.JobAgent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Where one agent of a benchmark job stands among the others, as {@code ranksFirst} judges it and
 * its messages say it. Each other agent, a rival, is compared with the agent both ways with the
 * one-sided tests of {@link RegressionSignificance} (the paired sign-flip test of the score change
 * and the exact McNemar test of pass/fail flips) at a level α:
 *
 * <ul>
 *   <li><b>above</b>: a test finds the agent worse than the rival (p ≤ α);
 *   <li><b>cannot tell</b>: neither test finds it worse, but one of them has too few scenarios to
 *       ever reach α (underpowered), so the rival could be better unseen;
 *   <li><b>below</b>: a test finds the rival worse than the agent;
 *   <li><b>tied</b>: no test finds a difference either way: not significant is not worse.
 * </ul>
 *
 * The agent ranks first when no rival is above it and every rival could be told from it. Its rank
 * is one more than the number of rivals above it; rivals are not compared with each other.
 *
 * <pre>{@code
 * Ranking ranking = Ranking.of(job, "candidate", 0.05, 0.5);
 * if (!ranking.isFirst()) throwAssertionError(shouldRankFirst(ranking));
 * }</pre>
 */
public final class Ranking {
  /** How a rival stands to the agent. */
  public enum Standing {
    /** Significantly better than the agent. */
    ABOVE,
    /** Not found better, by tests too small to find it so. */
    CANNOT_TELL,
    /** No significant difference either way. */
    TIED,
    /** Significantly worse than the agent. */
    BELOW
  }

  /**
   * Another agent of the job, compared with the agent both ways.
   *
   * @param agent the rival
   * @param standing how it stands to the agent
   * @param rivalBetter the tests of "the agent is worse than the rival"
   * @param agentBetter the tests of "the rival is worse than the agent"
   */
  public record Rival(
      JobAgent agent,
      Standing standing,
      RegressionSignificance rivalBetter,
      RegressionSignificance agentBetter) {}

  private final BenchmarkJobOutcome job;
  private final JobAgent agent;
  private final double alpha;
  private final List<Rival> rivals;

  private Ranking(BenchmarkJobOutcome job, JobAgent agent, double alpha, List<Rival> rivals) {
    this.job = job;
    this.agent = agent;
    this.alpha = alpha;
    this.rivals = rivals;
  }

  /**
   * Compares an agent of a job with every other agent that has a run.
   *
   * <pre>{@code
   * Ranking.of(job, "candidate", 0.05, 0.5).isFirst();
   * }</pre>
   *
   * @param job the job
   * @param agentName the agent, as {@link BenchmarkJobOutcome#agentNames()} names it
   * @param alpha the significance level of the one-sided tests
   * @param passThreshold the score a scenario needs to pass, for the flip test
   * @return the ranking
   * @throws java.util.NoSuchElementException when the job has no such agent
   */
  public static Ranking of(
      BenchmarkJobOutcome job, String agentName, double alpha, double passThreshold) {
    JobAgent agent = job.jobAgent(agentName);
    List<Rival> rivals = new ArrayList<>();
    for (JobAgent rival : job.agents()) {
      if (rival == agent) {
        continue;
      }
      RegressionSignificance rivalBetter =
          RegressionSignificance.of(
              OutcomeComparison.of(rival.outcome(), agent.outcome()), alpha, passThreshold);
      RegressionSignificance agentBetter =
          RegressionSignificance.of(
              OutcomeComparison.of(agent.outcome(), rival.outcome()), alpha, passThreshold);
      Standing standing =
          rivalBetter.isRegression()
              ? Standing.ABOVE
              : rivalBetter.isUnderpowered()
                  ? Standing.CANNOT_TELL
                  : agentBetter.isRegression() ? Standing.BELOW : Standing.TIED;
      rivals.add(new Rival(rival, standing, rivalBetter, agentBetter));
    }
    rivals.sort(
        Comparator.comparing(Rival::standing)
            .thenComparing(
                rival -> meanScore(rival.agent().outcome()).orElse(-1), Comparator.reverseOrder())
            .thenComparing(rival -> rival.agent().name()));
    return new Ranking(job, agent, alpha, List.copyOf(rivals));
  }

  /**
   * Tells whether the agent ranks first: no rival is above it, and every rival could be told from
   * it.
   *
   * <pre>{@code
   * if (!ranking.isFirst()) { ... }
   * }</pre>
   *
   * @return {@code true} when it ranks first, alone or tied
   */
  public boolean isFirst() {
    return !rivals.isEmpty()
        && rivals.stream().allMatch(rival -> rival.standing().compareTo(Standing.TIED) >= 0);
  }

  /**
   * Tells whether a rival is above the agent.
   *
   * <pre>{@code
   * if (ranking.isBeaten()) { ... }
   * }</pre>
   *
   * @return {@code true} when a test found a rival significantly better
   */
  public boolean isBeaten() {
    return count(Standing.ABOVE) > 0;
  }

  /**
   * Tells whether the job has another agent with a run to rank the agent against.
   *
   * <pre>{@code
   * if (!ranking.hasRivals()) { ... }
   * }</pre>
   *
   * @return {@code true} when it has
   */
  public boolean hasRivals() {
    return !rivals.isEmpty();
  }

  /** The mean score of an outcome's scenario runs, unscored ones as 0; empty without any. */
  static OptionalDouble meanScore(BenchmarkOutcome outcome) {
    return outcome.scenarioRuns().isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(MeanScore.of(outcome).mean());
  }

  int count(Standing standing) {
    return (int) rivals.stream().filter(rival -> rival.standing() == standing).count();
  }

  BenchmarkJobOutcome job() {
    return job;
  }

  JobAgent agent() {
    return agent;
  }

  double alpha() {
    return alpha;
  }

  List<Rival> rivals() {
    return rivals;
  }
}
