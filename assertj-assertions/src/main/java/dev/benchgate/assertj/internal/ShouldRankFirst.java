package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.assertj.internal.Ranking.Rival;
import dev.benchgate.assertj.internal.Ranking.Standing;
import dev.benchgate.core.compare.SignificanceTest;
import dev.benchgate.core.outcome.JobAgent;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of an agent of a benchmark job that does not rank first: the ranking as the
 * tests see it (the agents above it, tied with it and below it, each with its mean score) and the
 * one-sided p-values behind each standing; or, when the tests are too small to tell the agent from
 * a rival, what they would need.
 *
 * <pre>{@code
 * throwAssertionError(shouldRankFirst(ranking));
 * // Expecting agent candidate, benchmark run bmr_1 to rank first among the agents of benchmark job
 * // pr-1187 (bmj_1) at alpha 0.05 (one-sided tests; agents whose difference is not significant are
 * // tied)
 * // but it ranks 2nd, with 1 agent above it:
 * //   - above: agent baseline, benchmark run bmr_2, mean score 0.9: better, score change p = 0.0156
 * //     (one-sided paired sign-flip test, exact, 6 scenarios), pass/fail flips at a score of at
 * //     least 0.5 p = 0.0625 (one-sided exact McNemar test, 6 scenarios)
 * //   - agent candidate, benchmark run bmr_1, mean score 0.4
 * //   - tied: agent other, benchmark run bmr_3, mean score 0.45: no significant difference, ...
 * }</pre>
 */
public class ShouldRankFirst extends BasicErrorMessageFactory {

  /**
   * Creates the message of an agent that a rival beats, or that has no rival to rank against.
   *
   * <pre>{@code
   * throwAssertionError(shouldRankFirst(ranking));
   * }</pre>
   *
   * @param ranking the ranking, in which a rival is above the agent or there is no rival
   * @return the message factory
   */
  public static ErrorMessageFactory shouldRankFirst(Ranking ranking) {
    if (ranking.rivals().isEmpty()) {
      return new ShouldRankFirst(
          ranking,
          "the job has no other agent with a benchmark run to rank it against"
              + (ranking.job().agentsWithoutRun().isEmpty()
                  ? "."
                  : " (the job is " + escape(ranking.job().job().stateValue()) + ")."),
          "");
    }
    int above = ranking.count(Standing.ABOVE);
    return new ShouldRankFirst(
        ranking,
        "it ranks %s, with %s above it:%s"
            .formatted(
                ordinal(above + 1),
                Format.count(above, "agent", "agents"),
                bullets(lines(ranking))),
        "");
  }

  /**
   * Creates the message of an agent that no rival beats, but that tests too small could not tell
   * from one: a gate that could not judge does not pass.
   *
   * <pre>{@code
   * throwAssertionError(shouldBeAbleToRank(ranking));
   * }</pre>
   *
   * @param ranking the ranking, with a rival it cannot tell from the agent
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeAbleToRank(Ranking ranking) {
    return new ShouldRankFirst(
        ranking,
        "the tests cannot tell it from %s: with this few scenarios no difference, however large,"
                .formatted(Format.count(ranking.count(Standing.CANNOT_TELL), "agent", "agents"))
            + " could reach p ≤ %s (underpowered):%s"
                .formatted(Format.score(ranking.alpha()), bullets(lines(ranking))),
        ("%nA gate that could not judge does not pass: compare at least %d scenarios, or call"
                + " ranksFirst(\"%s\", %s, WhenUnderpowered.ABORT) to skip it instead.")
            .formatted(
                SignificanceTest.scenariosNeededAt(ranking.alpha()),
                escape(ranking.agent().name()),
                Format.score(ranking.alpha())));
  }

  /** Every agent, unlike other lists: a ranking cut short could hide the agent it is about. */
  private static String bullets(List<String> lines) {
    StringBuilder out = new StringBuilder();
    lines.forEach(line -> out.append("%n  - %s".formatted(line)));
    return out.toString();
  }

  private static List<String> lines(Ranking ranking) {
    List<String> lines = new ArrayList<>();
    boolean agentListed = false;
    for (Rival rival : ranking.rivals()) {
      if (!agentListed && rival.standing().compareTo(Standing.TIED) >= 0) {
        lines.add(agent(ranking.agent()));
        agentListed = true;
      }
      lines.add(line(ranking, rival));
    }
    if (!agentListed) {
      lines.add(agent(ranking.agent()));
    }
    return lines;
  }

  private static String line(Ranking ranking, Rival rival) {
    String agent = agent(rival.agent());
    return switch (rival.standing()) {
      case ABOVE -> "above: " + agent + ": significantly better, " + pValues(rival.rivalBetter());
      case CANNOT_TELL -> "cannot tell: " + agent + ": " + underpowered(rival.rivalBetter());
      case TIED ->
          "tied: %s: no significant difference either way (%s better: %s; %s better: %s)"
              .formatted(
                  agent,
                  escape(rival.agent().name()),
                  pValues(rival.rivalBetter()),
                  escape(ranking.agent().name()),
                  pValues(rival.agentBetter()));
      case BELOW -> "below: " + agent + ": significantly worse, " + pValues(rival.agentBetter());
    };
  }

  private static String agent(JobAgent agent) {
    return Names.agent(agent)
        + Ranking.meanScore(agent.outcome()).stream()
            .mapToObj(mean -> ", mean score " + Format.estimate(mean))
            .findFirst()
            .orElse(", no scenario runs");
  }

  /** Both tests' p-values, each with its test, method and scenarios. */
  private static String pValues(RegressionSignificance significance) {
    return "score change p = %s (%s), pass/fail flips at %s p = %s (%s)"
        .formatted(
            Format.pValue(significance.scoreTest().pValue()),
            describe(significance.scoreTest()),
            significance.passing().qualify("a score"),
            Format.pValue(significance.flipTest().pValue()),
            describe(significance.flipTest()));
  }

  private static String underpowered(RegressionSignificance significance) {
    List<String> tests = new ArrayList<>();
    for (SignificanceTest test : List.of(significance.scoreTest(), significance.flipTest())) {
      if (test.isUnderpoweredAt(significance.alpha())) {
        tests.add(
            "smallest p the %s can reach over %s is %s, it needs at least %d scenarios"
                .formatted(
                    test.kind().description(),
                    Format.count(test.scenarios(), "scenario", "scenarios"),
                    Format.pValue(test.smallestReachablePValue()),
                    SignificanceTest.scenariosNeededAt(significance.alpha())));
      }
    }
    return "underpowered, the " + String.join("; the ", tests) + "; " + pValues(significance);
  }

  private static String describe(SignificanceTest test) {
    return "%s, %s, %s"
        .formatted(
            test.kind().description(),
            test.method().description(),
            Format.count(test.scenarios(), "scenario", "scenarios"));
  }

  private static String ordinal(int rank) {
    String suffix =
        rank % 100 >= 11 && rank % 100 <= 13
            ? "th"
            : switch (rank % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return rank + suffix;
  }

  private ShouldRankFirst(Ranking ranking, String actual, String advice) {
    super(
        "%nExpecting %s to rank first among the agents of %s at alpha %s (one-sided tests; agents"
            + " whose difference is not significant are tied)%nbut %s%s",
        unquotedString(Names.agent(ranking.agent())),
        unquotedString(Names.benchmarkJob(ranking.job().job())),
        unquotedString(Format.score(ranking.alpha())),
        unquotedString(actual),
        unquotedString(advice));
  }
}
