package dev.benchgate.junit;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Runloop resources of a test plan, shared by every test in every class: one client per base
 * URL and key, and one fetch per run or scenario, all in the root store. The store computes each
 * value once while concurrent tests wait for it, and closes the clients it holds when the plan
 * ends. Completed runs never change, so nothing here is ever fetched again.
 *
 * <pre>{@code
 * SharedRunloop runloop = new SharedRunloop(context, CodeSettings.NONE);
 * BenchmarkOutcome outcome = runloop.outcome(source, text, requester);
 * }</pre>
 */
final class SharedRunloop {
  private final ExtensionContext context;
  private final BenchgateConfiguration configuration;

  /**
   * Gives one test access to the shared resources.
   *
   * @param context the context of the test, which receives progress report entries
   * @param code the settings of the extension in code
   */
  SharedRunloop(ExtensionContext context, CodeSettings code) {
    this.context = context;
    this.configuration = BenchgateConfiguration.of(context, code);
  }

  ExtensionContext context() {
    return context;
  }

  BenchgateConfiguration configuration() {
    return configuration;
  }

  /**
   * Returns the client: the one given in code, else the one shared for the configured base URL and
   * key.
   *
   * @param requester what needs the client, for messages
   * @return the client
   * @throws ExtensionConfigurationException when no API key is configured or the client cannot be
   *     built from the configuration
   */
  RunloopClient client(Requester requester) {
    RunloopClient own = configuration.code().client();
    if (own != null) {
      return own;
    }
    String apiKey =
        configuration
            .apiKey()
            .orElseThrow(
                () ->
                    new ExtensionConfigurationException(
                        "No Runloop API key is configured for "
                            + requester
                            + ": set the environment variable "
                            + ConfigurationKeys.API_KEY_VARIABLE
                            + " or the configuration parameter "
                            + ConfigurationKeys.API_KEY
                            + " (-D"
                            + ConfigurationKeys.API_KEY
                            + "=… or junit-platform.properties)."));
    String baseUrl = configuration.baseUrl(requester);
    try {
      return shared(new Connection(baseUrl, apiKey), Connection::open, RunloopClient.class);
    } catch (IllegalArgumentException unusable) {
      throw new ExtensionConfigurationException(
          "Cannot build a Runloop client for "
              + requester
              + ": "
              + unusable.getMessage()
              + ". Check "
              + ConfigurationKeys.BASE_URL
              + " or "
              + ConfigurationKeys.BASE_URL_VARIABLE
              + " (now "
              + baseUrl
              + ") and "
              + ConfigurationKeys.API_KEY
              + " or "
              + ConfigurationKeys.API_KEY_VARIABLE
              + ".",
          unusable);
    }
  }

  /**
   * Returns the outcome of a finished run, fetching and if need be awaiting it on first use.
   *
   * @param source the run's source
   * @param text the text the source was parsed from, for messages
   * @param requester what needs the run, for messages
   * @return the outcome
   * @throws org.junit.jupiter.api.extension.ParameterResolutionException when the fetch failed
   * @throws org.opentest4j.TestAbortedException when the run was still running at the deadline
   */
  BenchmarkOutcome outcome(RunSource source, ConfiguredValue text, Requester requester) {
    RunloopClient client = client(requester);
    RunFetcher fetcher =
        new RunFetcher(
            client,
            configuration.awaitTimeout(),
            configuration.pollInterval(),
            progress -> ReportEntries.progress(context, progress));
    Fetched<BenchmarkOutcome> fetched =
        fetched(new FetchKey(client, BenchmarkOutcome.class, source), () -> source.load(fetcher));
    return fetched.orElseThrow(
        failure -> FetchFailures.explain(failure, source.describe(), text, requester));
  }

  /**
   * Returns a scenario definition, fetching it on first use.
   *
   * @param id the scenario's id and where it came from
   * @param requester what needs the scenario, for messages
   * @return the definition
   * @throws org.junit.jupiter.api.extension.ParameterResolutionException when the fetch failed
   */
  ScenarioView scenario(ConfiguredValue id, Requester requester) {
    RunloopClient client = client(requester);
    Fetched<ScenarioView> fetched =
        fetched(
            new FetchKey(client, ScenarioView.class, id.value()),
            () -> client.scenario(id.value()));
    return fetched.orElseThrow(
        failure -> FetchFailures.explain(failure, "scenario " + id.value(), id, requester));
  }

  @SuppressWarnings("unchecked") // a key's kind fixes the type of what is fetched under it
  private <T> Fetched<T> fetched(FetchKey key, Supplier<T> fetch) {
    return shared(key, unused -> Fetched.of(fetch), Fetched.class);
  }

  // JUnit 6 deprecates getOrComputeIfAbsent for computeIfAbsent, which 5.13 lacks; the extension
  // builds against 5.13 and runs on both.
  @SuppressWarnings("deprecation")
  private <K, V> V shared(K key, Function<K, V> creator, Class<V> type) {
    return context
        .getRoot()
        .getStore(BenchgateExtension.NAMESPACE)
        .getOrComputeIfAbsent(key, creator, type);
  }

  /**
   * What a fetch is keyed by: the client it went through, so that two servers never share a result,
   * what kind of thing it fetched, and which one.
   */
  private record FetchKey(RunloopClient client, Class<?> kind, Object id) {}

  /** The key of a client built from configuration. */
  private record Connection(String baseUrl, String apiKey) {
    RunloopClient open() {
      return RunloopClient.builder().baseUrl(baseUrl).apiKey(apiKey).build();
    }

    @Override
    public String toString() {
      return "Connection[baseUrl=" + baseUrl + "]";
    }
  }
}
