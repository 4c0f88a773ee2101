package dev.benchgate.junit.internal.report;

import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.junit.internal.config.StoreNamespace;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.StoreScope;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.engine.support.store.NamespacedHierarchicalStore;

/**
 * Hands the outcomes given to tests over to the end-of-run report. Report entries carry only
 * strings, so the extension leaves each outcome in the launcher session's store, the one store that
 * both a Jupiter extension ({@link StoreScope#LAUNCHER_SESSION}) and a launcher listener ({@code
 * LauncherSession#getStore()}) can reach; the report finds it there by the run id of the report
 * entry that announced it.
 *
 * <pre>{@code
 * ReportedOutcomes.remember(context, outcome);                  // in the extension
 * ReportedOutcomes.find(session.getStore(), "bmr_123");         // in the report's listener
 * }</pre>
 */
public final class ReportedOutcomes {
  // Jupiter maps its namespaces onto the platform's by their parts, so both sides name the same
  // one.
  private static final Namespace NAMESPACE = Namespace.create(StoreNamespace.BENCHGATE.getParts());

  private ReportedOutcomes() {}

  /**
   * Keeps an outcome for the report.
   *
   * @param context any context of the test plan
   * @param runId the run's id as the report entry that announces it gives it
   * @param outcome the outcome given to a test
   */
  static void remember(ExtensionContext context, String runId, BenchmarkOutcome outcome) {
    context
        .getStore(StoreScope.LAUNCHER_SESSION, StoreNamespace.BENCHGATE)
        .put(new Key(runId), outcome);
  }

  /**
   * Finds an outcome kept for the report.
   *
   * @param sessionStore the launcher session's store
   * @param runId the run's id
   * @return the outcome, or empty when no test was given that run in this session
   */
  static Optional<BenchmarkOutcome> find(
      NamespacedHierarchicalStore<Namespace> sessionStore, String runId) {
    return Optional.ofNullable(sessionStore.get(NAMESPACE, new Key(runId), BenchmarkOutcome.class));
  }

  /**
   * Keeps a whole job for the report; its agents' runs are kept one by one too.
   *
   * @param context any context of the test plan
   * @param jobId the job's id as the report entry that announces it gives it
   * @param job the job given to a test
   */
  static void rememberJob(ExtensionContext context, String jobId, BenchmarkJobOutcome job) {
    context
        .getStore(StoreScope.LAUNCHER_SESSION, StoreNamespace.BENCHGATE)
        .put(new JobKey(jobId), job);
  }

  /**
   * Finds a job kept for the report.
   *
   * @param sessionStore the launcher session's store
   * @param jobId the job's id
   * @return the job, or empty when no test was given it in this session
   */
  static Optional<BenchmarkJobOutcome> findJob(
      NamespacedHierarchicalStore<Namespace> sessionStore, String jobId) {
    return Optional.ofNullable(
        sessionStore.get(NAMESPACE, new JobKey(jobId), BenchmarkJobOutcome.class));
  }

  /**
   * Keeps repeated runs of one agent for the report; each run is kept one by one too.
   *
   * @param context any context of the test plan
   * @param runIds the runs' ids, joined as the report entry that announces them gives them
   * @param repeated the runs given to a test
   */
  static void rememberRepeated(ExtensionContext context, String runIds, RepeatedOutcome repeated) {
    context
        .getStore(StoreScope.LAUNCHER_SESSION, StoreNamespace.BENCHGATE)
        .put(new RepeatedKey(runIds), repeated);
  }

  /**
   * Finds repeated runs kept for the report.
   *
   * @param sessionStore the launcher session's store
   * @param runIds the runs' ids, joined as the report entry gives them
   * @return the runs, or empty when no test was given them in this session
   */
  static Optional<RepeatedOutcome> findRepeated(
      NamespacedHierarchicalStore<Namespace> sessionStore, String runIds) {
    return Optional.ofNullable(
        sessionStore.get(NAMESPACE, new RepeatedKey(runIds), RepeatedOutcome.class));
  }

  private record Key(String runId) {}

  private record JobKey(String jobId) {}

  private record RepeatedKey(String runIds) {}
}
