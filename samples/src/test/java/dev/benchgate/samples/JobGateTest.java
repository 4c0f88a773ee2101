package dev.benchgate.samples;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.percent;

import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.BenchmarkJob;
import org.junit.jupiter.api.Test;

/**
 * Gates a benchmark job, several agents run on one benchmark for a pull request: the job it judges
 * comes from {@code benchgate.benchmark-job} (a bundled job snapshot by default; {@code
 * -Dbenchgate.benchmark-job=bmj_…} in CI). The candidate must not regress against the baseline
 * agent of the same job, must rank first, and each agent must stay within its infrastructure
 * budget, setup failures included.
 */
class JobGateTest {

  @Test
  void theJobFinishedWithEveryAgent(@BenchmarkJob BenchmarkJobOutcome job) {
    assertThat(job).isCompleted().hasAgents("baseline", "candidate", "experimental");
  }

  @Test
  void candidateDoesNotRegressAgainstTheBaselineAgent(@BenchmarkJob BenchmarkJobOutcome job) {
    assertThat(job)
        .agent("candidate")
        .comparedTo(job.agent("baseline"))
        .hasNoScenarioRegressedByMoreThan(0.2)
        .hasNoSignificantRegression();
  }

  @Test
  void candidateRanksFirst(@BenchmarkJob BenchmarkJobOutcome job) {
    assertThat(job).ranksFirst("candidate");
  }

  @Test
  void candidateStaysWithinItsInfrastructureBudget(
      @BenchmarkJob(agent = "candidate") BenchmarkOutcome candidate) {
    assertThat(candidate).hasInfrastructureFailuresAtMost(percent(10));
  }

  @Test
  void everyAgentStaysWithinTheInfrastructureBudgetSetupFailuresIncluded(
      @BenchmarkJob BenchmarkJobOutcome job) {
    assertThat(job).allAgents().hasInfrastructureFailuresAtMost(percent(10));
  }
}
