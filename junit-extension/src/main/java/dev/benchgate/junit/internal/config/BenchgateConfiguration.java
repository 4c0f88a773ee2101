package dev.benchgate.junit.internal.config;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.RunloopClientBuilder;
import dev.benchgate.junit.ConfigurationKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reads Benchgate's settings, strongest first: the annotation attribute or builder call, the JUnit
 * configuration parameter, the environment variable, the default. Blank values count as unset, so
 * that a CI job passing an empty variable falls through to the next source.
 *
 * <pre>{@code
 * Duration timeout = BenchgateConfiguration.of(context, CodeSettings.NONE).awaitTimeout();
 * }</pre>
 */
public final class BenchgateConfiguration {
  static final Duration DEFAULT_AWAIT_TIMEOUT = Duration.ofMinutes(30);

  private final ExtensionContext context;
  private final CodeSettings code;
  private final Environment environment;
  private final Placeholders placeholders;

  private BenchgateConfiguration(
      ExtensionContext context, CodeSettings code, Environment environment) {
    this.context = context;
    this.code = code;
    this.environment = environment;
    this.placeholders = new Placeholders(environment, context::getConfigurationParameter);
  }

  public static BenchgateConfiguration of(ExtensionContext context, CodeSettings code) {
    return new BenchgateConfiguration(context, code, Environment.of(context));
  }

  /**
   * Returns the code settings this configuration was made with.
   *
   * @return the builder's settings, or {@link CodeSettings#NONE}
   */
  public CodeSettings code() {
    return code;
  }

  /**
   * Finds the source of a run or job asked for by the role's own annotation ({@link
   * RunRole#annotationName()}).
   *
   * @param role the run's role
   * @param annotationValue the annotation's value, empty for the configured default
   * @param requester what needs the run, for messages
   * @return the source with placeholders expanded
   * @throws ExtensionConfigurationException when nothing names a run
   */
  public ConfiguredValue runSource(RunRole role, String annotationValue, Requester requester) {
    return runSource(role, role.annotationName(), annotationValue, requester);
  }

  /**
   * Finds the source of a run.
   *
   * @param role the run's role
   * @param annotationName the annotation that asks for it, for messages
   * @param annotationValue the annotation's value, empty for the configured default
   * @param requester what needs the run, for messages
   * @return the source with placeholders expanded
   * @throws ExtensionConfigurationException when nothing names a run
   */
  public ConfiguredValue runSource(
      RunRole role, String annotationName, String annotationValue, Requester requester) {
    ConfiguredValue source =
        nonBlank(annotationValue, annotationName + "(\"" + annotationValue + "\")")
            .or(
                () ->
                    code.runSource(role)
                        .map(
                            value ->
                                new ConfiguredValue(
                                    value,
                                    "BenchgateExtension.builder()."
                                        + role.builderMethod()
                                        + "(\""
                                        + value
                                        + "\")")))
            .or(() -> setting(role.key(), role.variable()))
            .orElseThrow(
                () ->
                    new ExtensionConfigurationException(
                        "No "
                            + role.noun()
                            + " is named for "
                            + requester
                            + ": give "
                            + annotationName
                            + (role == RunRole.BENCHMARK_JOB ? " a job id" : " a run id")
                            + ", as in "
                            + annotationName
                            + "(\""
                            + role.idExample()
                            + "\"), or set the configuration parameter "
                            + role.key()
                            + " (-D"
                            + role.key()
                            + "="
                            + role.idExample()
                            + " or junit-platform.properties) or the environment variable "
                            + role.variable()
                            + "."));
    return placeholders.expand(source, requester);
  }

  /**
   * Expands the placeholders of an annotation's value.
   *
   * @param annotationValue the value
   * @param origin where it came from, for messages
   * @param requester what needs it, for messages
   * @return the expanded value
   */
  public ConfiguredValue expand(String annotationValue, String origin, Requester requester) {
    return placeholders.expand(new ConfiguredValue(annotationValue, origin), requester);
  }

  /**
   * Returns the API's base URL.
   *
   * @param requester what needs the API, for messages
   * @return the builder's, configured or default URL, placeholders expanded
   */
  public String baseUrl(Requester requester) {
    return Optional.ofNullable(code.baseUrl())
        .map(url -> new ConfiguredValue(url, "BenchgateExtension.builder().baseUrl(…)"))
        .or(() -> setting(ConfigurationKeys.BASE_URL, ConfigurationKeys.BASE_URL_VARIABLE))
        .map(url -> placeholders.expand(url, requester).value())
        .orElse(RunloopClientBuilder.DEFAULT_BASE_URL);
  }

  /**
   * Returns the API key. Never put it in a message.
   *
   * @return the configured key, or empty when none is set
   */
  public Optional<String> apiKey() {
    return setting(ConfigurationKeys.API_KEY, ConfigurationKeys.API_KEY_VARIABLE)
        .map(ConfiguredValue::value);
  }

  /**
   * Returns what removes the API key from text Benchgate writes.
   *
   * @return a redactor of the configured key, or one that redacts nothing without a key
   */
  public Redactor redactor() {
    return Redactor.of(apiKey());
  }

  /**
   * Returns how long to wait for a running run.
   *
   * @return the configured timeout, else {@link #DEFAULT_AWAIT_TIMEOUT}
   */
  public Duration awaitTimeout() {
    return duration(ConfigurationKeys.AWAIT_TIMEOUT, DEFAULT_AWAIT_TIMEOUT);
  }

  /**
   * Returns how long to pause between polls of a running run.
   *
   * @return the configured interval, else {@link RunloopClient#DEFAULT_POLL_INTERVAL}
   * @throws ExtensionConfigurationException when it is zero
   */
  public Duration pollInterval() {
    Duration interval =
        duration(ConfigurationKeys.AWAIT_POLL_INTERVAL, RunloopClient.DEFAULT_POLL_INTERVAL);
    if (interval.isZero()) {
      throw new ExtensionConfigurationException(
          "The configuration parameter "
              + ConfigurationKeys.AWAIT_POLL_INTERVAL
              + " is zero: give a pause between polls, such as 30s.");
    }
    return interval;
  }

  /**
   * Returns what becomes of a test whose run could not be judged.
   *
   * @return the configured policy, else {@link UnavailablePolicy#FAIL}
   * @throws ExtensionConfigurationException when it is neither {@code fail} nor {@code abort}
   */
  public UnavailablePolicy unavailable() {
    return setting(ConfigurationKeys.UNAVAILABLE, ConfigurationKeys.UNAVAILABLE_VARIABLE)
        .map(UnavailablePolicy::parse)
        .orElse(UnavailablePolicy.FAIL);
  }

  /**
   * Returns the bounds of the requests of a client built from configuration.
   *
   * @return the configured request timeout, connect timeout and retries
   * @throws ExtensionConfigurationException when a timeout is no duration longer than zero, or the
   *     retries no whole number of 0 or more
   */
  public ClientSettings clientSettings() {
    return new ClientSettings(
        positiveDuration(ConfigurationKeys.REQUEST_TIMEOUT),
        positiveDuration(ConfigurationKeys.CONNECT_TIMEOUT),
        parameter(ConfigurationKeys.MAX_RETRIES)
            .map(BenchgateConfiguration::retries)
            .map(OptionalInt::of)
            .orElse(OptionalInt.empty()));
  }

  /**
   * Returns the pattern that selects scenarios from the command line ({@value
   * ConfigurationKeys#SCENARIOS}).
   *
   * @return the pattern, or empty when every scenario is selected
   * @throws ExtensionConfigurationException when it is no regular expression
   */
  public Optional<Pattern> scenarios() {
    return parameter(ConfigurationKeys.SCENARIOS)
        .map(
            text -> {
              try {
                return Pattern.compile(text.value().strip());
              } catch (PatternSyntaxException e) {
                throw new ExtensionConfigurationException(
                    "The configuration parameter "
                        + ConfigurationKeys.SCENARIOS
                        + " is '"
                        + text.value()
                        + "', which is not a regular expression: "
                        + e.getDescription()
                        + ". Give a scenario's name or id, or a pattern such as 'fix-.*'.",
                    e);
              }
            });
  }

  /**
   * Returns the replay directory, from which runs named by id are read instead of fetched.
   *
   * @return the absolute directory, or empty when runs are fetched
   * @throws ExtensionConfigurationException when a record directory is set too
   */
  public Optional<Path> replayDirectory() {
    Optional<Path> replay =
        directory(ConfigurationKeys.SNAPSHOTS, ConfigurationKeys.SNAPSHOTS_VARIABLE);
    if (replay.isPresent() && recordDirectory().isPresent()) {
      throw new ExtensionConfigurationException(
          "Both "
              + ConfigurationKeys.SNAPSHOTS
              + " (replay) and "
              + ConfigurationKeys.RECORD
              + " (record) are set: a replayed run is never fetched, so nothing would be recorded."
              + " Unset one of them (or "
              + ConfigurationKeys.SNAPSHOTS_VARIABLE
              + " or "
              + ConfigurationKeys.RECORD_VARIABLE
              + ").");
    }
    return replay;
  }

  /**
   * Returns the directory into which runs fetched from the API are recorded.
   *
   * @return the absolute directory, or empty when nothing is recorded
   */
  public Optional<Path> recordDirectory() {
    return directory(ConfigurationKeys.RECORD, ConfigurationKeys.RECORD_VARIABLE);
  }

  /**
   * Tells whether baseline snapshots are to be rewritten from the runs under test.
   *
   * @return the configured switch, else {@code false}
   * @throws ExtensionConfigurationException when it is neither {@code true} nor {@code false}
   */
  public boolean updateBaseline() {
    return setting(ConfigurationKeys.UPDATE_BASELINE, ConfigurationKeys.UPDATE_BASELINE_VARIABLE)
        .map(BenchgateConfiguration::flag)
        .orElse(false);
  }

  /**
   * Tells whether the tests run on a CI service, which sets {@value ConfigurationKeys#CI_VARIABLE}
   * to {@code true}: a missing baseline is then not written.
   *
   * @return {@code true} on CI
   */
  public boolean onCi() {
    String ci = environment.variable(ConfigurationKeys.CI_VARIABLE);
    return ci != null && ci.strip().equalsIgnoreCase("true");
  }

  private Optional<Path> directory(String key, String variable) {
    return setting(key, variable)
        .map(dir -> Path.of(dir.value().strip()).toAbsolutePath().normalize());
  }

  private static boolean flag(ConfiguredValue value) {
    String text = value.value().strip();
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new ExtensionConfigurationException(
        "Benchgate read '"
            + value.value()
            + "' from "
            + value.origin()
            + ", which is neither true nor false: set it to true to rewrite baseline snapshots"
            + " from the runs under test, or to false.");
  }

  private Duration duration(String key, Duration defaultValue) {
    return parameter(key).map(text -> Durations.parse(key, text.value())).orElse(defaultValue);
  }

  private Optional<Duration> positiveDuration(String key) {
    Optional<Duration> duration = parameter(key).map(text -> Durations.parse(key, text.value()));
    if (duration.filter(Duration::isZero).isPresent()) {
      throw new ExtensionConfigurationException(
          "The configuration parameter " + key + " is zero: give a duration such as 30s.");
    }
    return duration;
  }

  private static int retries(ConfiguredValue text) {
    try {
      int retries = Integer.parseInt(text.value().strip());
      if (retries >= 0) {
        return retries;
      }
    } catch (NumberFormatException notANumber) {
      // explained below, as a negative number is
    }
    throw new ExtensionConfigurationException(
        "The configuration parameter "
            + ConfigurationKeys.MAX_RETRIES
            + " is '"
            + text.value()
            + "', which is not a whole number of 0 or more: give how many times a failed request"
            + " is retried, such as 2 (0 sends each request once).");
  }

  private Optional<ConfiguredValue> setting(String key, String variable) {
    return parameter(key).or(() -> variable(variable));
  }

  private Optional<ConfiguredValue> parameter(String key) {
    return context
        .getConfigurationParameter(key)
        .flatMap(value -> nonBlank(value, "the configuration parameter " + key));
  }

  private Optional<ConfiguredValue> variable(String name) {
    return nonBlank(environment.variable(name), "the environment variable " + name);
  }

  private static Optional<ConfiguredValue> nonBlank(String value, String origin) {
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(new ConfiguredValue(value, origin));
  }
}
