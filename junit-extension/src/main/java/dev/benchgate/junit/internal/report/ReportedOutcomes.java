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
    put(context, BenchmarkOutcome.class, runId, outcome);
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
    return get(sessionStore, BenchmarkOutcome.class, runId);
  }

  /**
   * Keeps a whole job for the report; its agents' runs are kept one by one too.
   *
   * @param context any context of the test plan
   * @param jobId the job's id as the report entry that announces it gives it
   * @param job the job given to a test
   */
  static void rememberJob(ExtensionContext context, String jobId, BenchmarkJobOutcome job) {
    put(context, BenchmarkJobOutcome.class, jobId, job);
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
    return get(sessionStore, BenchmarkJobOutcome.class, jobId);
  }

  /**
   * Keeps repeated runs of one agent for the report; each run is kept one by one too.
   *
   * @param context any context of the test plan
   * @param runIds the runs' ids, joined as the report entry that announces them gives them
   * @param repeated the runs given to a test
   */
  static void rememberRepeated(ExtensionContext context, String runIds, RepeatedOutcome repeated) {
    put(context, RepeatedOutcome.class, runIds, repeated);
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
    return get(sessionStore, RepeatedOutcome.class, runIds);
  }

  private static <T> void put(ExtensionContext context, Class<T> kind, String id, T value) {
    context
        .getStore(StoreScope.LAUNCHER_SESSION, StoreNamespace.BENCHGATE)
        .put(new Key(kind, id), value);
  }

  private static <T> Optional<T> get(
      NamespacedHierarchicalStore<Namespace> sessionStore, Class<T> kind, String id) {
    return Optional.ofNullable(sessionStore.get(NAMESPACE, new Key(kind, id), kind));
  }

  /** A kept value's key: what it is (a run, a job, repeated runs) and the id its entry gives. */
  private record Key(Class<?> kind, String id) {}
}
