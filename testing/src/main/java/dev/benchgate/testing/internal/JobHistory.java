package dev.benchgate.testing.internal;

import dev.benchgate.core.model.BenchmarkJobView;
import java.util.List;

/**
 * The versions of one benchmark job, served in turn as {@link RunHistory} serves a run's: each
 * request for the job moves it on to its next version, and the last version stays. Guarded by the
 * {@link Resources} that holds it.
 */
final class JobHistory {
  private final List<BenchmarkJobView> versions;
  private int served;

  JobHistory(List<BenchmarkJobView> versions) {
    this.versions = List.copyOf(versions);
  }

  /** Serves the job: the next version, or the last one. */
  BenchmarkJobView nextJob() {
    return versions.get(Math.min(served++, versions.size() - 1));
  }

  /** The job as last served, or its first version: what the list shows. */
  BenchmarkJobView currentJob() {
    return versions.get(Math.max(0, Math.min(served, versions.size()) - 1));
  }
}
