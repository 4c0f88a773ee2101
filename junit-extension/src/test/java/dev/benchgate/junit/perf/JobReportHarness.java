package dev.benchgate.junit.perf;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.junit.report.BenchgateReport;
import dev.benchgate.junit.report.JobReport;
import dev.benchgate.junit.report.RepeatedReport;
import dev.benchgate.junit.report.RunReport;
import dev.benchgate.testing.Models;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Measures what a benchmark job of two agents, and five repeated runs, add to the end-of-run report
 * of one {@code @Baseline} gate, for runs of 1,000 to 20,000 scenarios, as the report's recorder
 * builds them once per session: each run's report (the job's agents' and the repeated runs' too),
 * the job's and the repeated runs' own, then every format (JSON, Markdown, HTML, the console
 * table). The plain report is a run compared with its baseline; each other figure is that plus the
 * job, or plus the repeated runs, printed as a ratio to the plain one. CPU time of the thread,
 * medians of 5 rounds (-Drounds=…) after 2 to warm up (-DwarmUp=…). A harness, not a test: it
 * asserts nothing. Run it as {@link ReportHarness} says, with this class's name, and {@code
 * -Dsizes=1000,5000} to pick the sizes.
 */
public final class JobReportHarness {
  private static final int WARM_UP = Integer.getInteger("warmUp", 2);
  private static final int ROUNDS = Integer.getInteger("rounds", 5);
  private static final double THRESHOLD = 0.5;

  private static final PrintStream RESULTS = PerfRuns.quiet();

  private JobReportHarness() {}

  /**
   * Runs the measurement.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    RESULTS.printf(
        Locale.ROOT,
        "report model and every format; CPU ms of the thread, medians of %d rounds%n"
            + "%9s %12s %22s %22s%n",
        ROUNDS,
        "scenarios",
        "plain",
        "+ job of 2 agents",
        "+ 5 repeated runs");
    for (String size : System.getProperty("sizes", "1000,5000,20000").split(",")) {
      measure(Integer.parseInt(size.strip()));
    }
  }

  private static void measure(int n) {
    BenchmarkOutcome candidate = PerfRuns.outcome("bmr_candidate", n, 1);
    BenchmarkOutcome baseline = PerfRuns.outcome("bmr_baseline", n, 2);
    BenchmarkOutcome claude = PerfRuns.outcome("bmr_claude", n, 3);
    BenchmarkOutcome codex = PerfRuns.outcome("bmr_codex", n, 4);
    BenchmarkJobOutcome job =
        BenchmarkJobOutcome.of(
            Models.job("bmj_perf")
                .benchmark(PerfRuns.BENCHMARK)
                .completed()
                .scenarioIds(
                    IntStream.range(0, n).mapToObj(PerfRuns::scenarioId).toArray(String[]::new))
                .agent(Models.agentOutcome("claude-code", claude))
                .agent(Models.agentOutcome("codex", codex))
                .build(),
            List.of(claude, codex));
    List<BenchmarkOutcome> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(PerfRuns.outcome("bmr_try" + i, n, 10 + i));
    }
    RepeatedOutcome repeated = RepeatedOutcome.of(runs);
    List<Double> plain = new ArrayList<>();
    List<Double> withJob = new ArrayList<>();
    List<Double> withRepeated = new ArrayList<>();
    for (int round = 0; round < WARM_UP + ROUNDS; round++) {
      double p = time(() -> report(candidate, baseline, null, null));
      double j = time(() -> report(candidate, baseline, job, null));
      double r = time(() -> report(candidate, baseline, null, repeated));
      if (round >= WARM_UP) {
        plain.add(p);
        withJob.add(j);
        withRepeated.add(r);
      }
    }
    double base = PerfRuns.median(plain);
    RESULTS.printf(
        Locale.ROOT,
        "%9d %9.1f ms %9.1f ms (%5.2f×) %9.1f ms (%5.2f×)%n",
        n,
        base,
        PerfRuns.median(withJob),
        PerfRuns.median(withJob) / base,
        PerfRuns.median(withRepeated),
        PerfRuns.median(withRepeated) / base);
  }

  /** What the recorder makes at the end of a plan, and what the listener renders of it. */
  private static int report(
      BenchmarkOutcome candidate,
      BenchmarkOutcome baseline,
      BenchmarkJobOutcome job,
      RepeatedOutcome repeated) {
    List<RunReport> runs = new ArrayList<>();
    runs.add(RunReport.of(candidate, OutcomeComparison.of(baseline, candidate), THRESHOLD, 0.05));
    runs.add(RunReport.of(baseline, null, THRESHOLD, 0.05));
    List<JobReport> jobs = new ArrayList<>();
    if (job != null) {
      job.agents().forEach(agent -> runs.add(RunReport.of(agent.outcome(), null, THRESHOLD, 0.05)));
      jobs.add(JobReport.of(job, THRESHOLD));
    }
    List<RepeatedReport> repeatedReports = new ArrayList<>();
    if (repeated != null) {
      repeated.runs().forEach(run -> runs.add(RunReport.of(run, null, THRESHOLD, 0.05)));
      repeatedReports.add(RepeatedReport.of(repeated, THRESHOLD));
    }
    BenchgateReport report =
        BenchgateReport.of("2026-12-01T00:00:00Z", runs, jobs, repeatedReports, List.of());
    return report.toJson().length()
        + report.toMarkdown().length()
        + report.toHtml().length()
        + report.toConsoleTable().length();
  }

  private static double time(Runnable work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    work.run();
    return (threads.getCurrentThreadCpuTime() - start) / 1e6;
  }
}
