package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.benchgate.core.model.AgentConfig;
import dev.benchgate.core.model.AgentEnvironment;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.InProgressRunView;
import dev.benchgate.core.model.InputContext;
import dev.benchgate.core.model.JobAgentOutcomeView;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.JobSource;
import dev.benchgate.core.model.JobSpec;
import dev.benchgate.core.model.LegacyScenarioRun;
import dev.benchgate.core.model.OrchestratorConfig;
import dev.benchgate.core.model.ScenarioEnvironment;
import dev.benchgate.core.model.ScenarioFailureReason;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.Scorer;
import dev.benchgate.core.model.ScoringContract;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.model.ScoringFunction;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.model.TestFile;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * The one {@link Moshi} instance that reads and writes the Runloop API's JSON, shared by the HTTP
 * client and the snapshot format, and built once per JVM. The model records (of runs, scenarios,
 * benchmarks and benchmark jobs) and the pages of the list endpoints have hand-written adapters
 * ({@link ModelAdapter}): no reflection on the hot path, so a client's first listing costs what its
 * later ones cost, and every record is checked where its JSON is read. Unknown fields are skipped;
 * enum-valued fields stay raw strings on the records, so values the API adds later parse and
 * survive a snapshot round trip. Other records (an error body, the extension's report) map through
 * Moshi's record support and their {@code @Json} names.
 *
 * <p>Not API: this package may change in any release.
 */
public final class RunloopJson {
  private static final Map<Type, JsonAdapter<?>> MODEL_ADAPTERS = modelAdapters();

  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(
              (type, annotations, moshi) -> annotations.isEmpty() ? MODEL_ADAPTERS.get(type) : null)
          .build();

  private RunloopJson() {}

  /**
   * Returns the shared instance.
   *
   * @return the Moshi instance, thread-safe
   */
  public static Moshi moshi() {
    return MOSHI;
  }

  private static Map<Type, JsonAdapter<?>> modelAdapters() {
    Map<Type, JsonAdapter<?>> adapters = new HashMap<>();
    adapters.put(BenchmarkRunView.class, BenchmarkRunViewAdapter.INSTANCE);
    adapters.put(LegacyScenarioRun.class, LegacyScenarioRunAdapter.INSTANCE);
    adapters.put(ScenarioRunView.class, ScenarioRunViewAdapter.INSTANCE);
    adapters.put(ScoringContractResult.class, ScoringContractResultAdapter.INSTANCE);
    adapters.put(ScoringFunctionResult.class, ScoringFunctionResultAdapter.INSTANCE);
    adapters.put(ScenarioView.class, ScenarioViewAdapter.INSTANCE);
    adapters.put(InputContext.class, InputContextAdapter.INSTANCE);
    adapters.put(ScenarioEnvironment.class, ScenarioEnvironmentAdapter.INSTANCE);
    adapters.put(ScoringContract.class, ScoringContractAdapter.INSTANCE);
    adapters.put(ScoringFunction.class, ScoringFunctionAdapter.INSTANCE);
    adapters.put(Scorer.class, ScorerAdapters.SCORERS);
    adapters.putAll(ScorerAdapters.SCORERS.variantAdapters());
    adapters.put(TestFile.class, TestFileAdapter.INSTANCE);
    adapters.put(BenchmarkJobView.class, BenchmarkJobViewAdapter.INSTANCE);
    adapters.put(JobSource.class, JobSourceAdapters.JOB_SOURCES);
    adapters.putAll(JobSourceAdapters.JOB_SOURCES.variantAdapters());
    adapters.put(JobSpec.class, JobSpecAdapter.INSTANCE);
    adapters.put(AgentConfig.class, AgentConfigAdapters.AGENT_CONFIGS);
    adapters.putAll(AgentConfigAdapters.AGENT_CONFIGS.variantAdapters());
    adapters.put(AgentEnvironment.class, AgentEnvironmentAdapter.INSTANCE);
    adapters.put(OrchestratorConfig.class, OrchestratorConfigAdapter.INSTANCE);
    adapters.put(JobAgentOutcomeView.class, JobAgentOutcomeViewAdapter.INSTANCE);
    adapters.put(JobScenarioOutcomeView.class, JobScenarioOutcomeViewAdapter.INSTANCE);
    adapters.put(ScenarioFailureReason.class, ScenarioFailureReasonAdapter.INSTANCE);
    adapters.put(InProgressRunView.class, InProgressRunViewAdapter.INSTANCE);
    adapters.put(BenchmarkView.class, BenchmarkViewAdapter.INSTANCE);
    adapters.put(
        BenchmarkRunListView.class,
        new PageAdapter<>(
            "runs",
            "a benchmark run",
            BenchmarkRunViewAdapter.INSTANCE,
            BenchmarkRunListView::new,
            BenchmarkRunListView::more));
    adapters.put(
        ScenarioRunListView.class,
        new PageAdapter<>(
            "runs",
            "a scenario run",
            ScenarioRunViewAdapter.INSTANCE,
            ScenarioRunListView::new,
            ScenarioRunListView::more));
    adapters.put(
        ScenarioListView.class,
        new PageAdapter<>(
            "scenarios",
            "a scenario",
            ScenarioViewAdapter.INSTANCE,
            ScenarioListView::new,
            ScenarioListView::more));
    adapters.put(
        BenchmarkListView.class,
        new PageAdapter<>(
            "benchmarks",
            "a benchmark",
            BenchmarkViewAdapter.INSTANCE,
            BenchmarkListView::new,
            BenchmarkListView::more));
    adapters.put(
        BenchmarkJobListView.class,
        new PageAdapter<>(
            "jobs",
            "a benchmark job",
            BenchmarkJobViewAdapter.INSTANCE,
            BenchmarkJobListView::new,
            BenchmarkJobListView::more));
    return Map.copyOf(adapters);
  }
}
