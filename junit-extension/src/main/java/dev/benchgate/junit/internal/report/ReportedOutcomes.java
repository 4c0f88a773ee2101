package dev.benchgate.junit.internal.report;

import dev.benchgate.core.outcome.BenchmarkOutcome;
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

  private record Key(String runId) {}
}
