package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import dev.benchgate.core.model.AgentConfig;
import dev.benchgate.core.model.BenchmarkJobSource;
import dev.benchgate.core.model.ExternalApiAgentConfig;
import dev.benchgate.core.model.HarborJobSource;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.JobSource;
import dev.benchgate.core.model.ScenariosJobSource;
import dev.benchgate.core.model.UnknownAgentConfig;
import dev.benchgate.core.model.UnknownJobSource;
import java.util.Map;

/** The {@code type}-discriminated parts of benchmark jobs (JOBS.md §2), for {@link RunloopJson}. */
final class JobJsonAdapters {
  private JobJsonAdapters() {}

  static final JsonAdapter.Factory JOB_SOURCES =
      new DiscriminatedJsonAdapter.Variants<>(
              JobSource.class,
              Map.of(
                  BenchmarkJobSource.TYPE, BenchmarkJobSource.class,
                  ScenariosJobSource.TYPE, ScenariosJobSource.class,
                  HarborJobSource.TYPE, HarborJobSource.class),
              JobSource::type,
              UnknownJobSource::new,
              source -> source instanceof UnknownJobSource unknown ? unknown.fields() : null)
          .factory();

  static final JsonAdapter.Factory AGENT_CONFIGS =
      new DiscriminatedJsonAdapter.Variants<>(
              AgentConfig.class,
              Map.of(
                  JobAgentConfig.TYPE, JobAgentConfig.class,
                  ExternalApiAgentConfig.TYPE, ExternalApiAgentConfig.class),
              AgentConfig::type,
              UnknownAgentConfig::new,
              config -> config instanceof UnknownAgentConfig unknown ? unknown.fields() : null)
          .factory();
}
