package dev.benchgate.junit;

/**
 * The names Benchgate reads its configuration under. Each setting is looked up, strongest first, in
 * the annotation attribute or {@link BenchgateExtension.Builder} call that gives it, then in the
 * JUnit configuration parameter (a {@code -D} system property or the {@code
 * junit-platform.properties} of the test classpath), then in the environment variable, and falls
 * back to a default. {@code CONFIGURATION.md} beside the module's POM lists them with their
 * defaults.
 *
 * <pre>{@code
 * @Suite
 * @SelectPackages("com.example.gates")
 * @ConfigurationParameter(key = ConfigurationKeys.BENCHMARK_RUN, value = "bmr_123")
 * class NightlyGates {}
 * }</pre>
 */
public final class ConfigurationKeys {
  /** The API's base URL; defaults to {@code https://api.runloop.ai}. */
  public static final String BASE_URL = "benchgate.base-url";

  /** The environment variable consulted when {@link #BASE_URL} is not set. */
  public static final String BASE_URL_VARIABLE = "RUNLOOP_BASE_URL";

  /** The API key. Never given in an annotation, never printed. */
  public static final String API_KEY = "benchgate.api-key";

  /** The environment variable consulted when {@link #API_KEY} is not set. */
  public static final String API_KEY_VARIABLE = "RUNLOOP_API_KEY";

  /** The run for {@link BenchmarkRun} and {@link ScenarioRunSource} without a value. */
  public static final String BENCHMARK_RUN = "benchgate.benchmark-run";

  /** The environment variable consulted when {@link #BENCHMARK_RUN} is not set. */
  public static final String BENCHMARK_RUN_VARIABLE = "BENCHGATE_BENCHMARK_RUN";

  /**
   * The benchmark job for {@link BenchmarkJob} without a value, and for {@link ScenarioRunSource}
   * with an {@code agent} but no {@code job}: a job id ({@code bmj_…}) or a job snapshot.
   */
  public static final String BENCHMARK_JOB = "benchgate.benchmark-job";

  /** The environment variable consulted when {@link #BENCHMARK_JOB} is not set. */
  public static final String BENCHMARK_JOB_VARIABLE = "BENCHGATE_BENCHMARK_JOB";

  /** The run for {@link Baseline} without a value. */
  public static final String BASELINE = "benchgate.baseline";

  /** The environment variable consulted when {@link #BASELINE} is not set. */
  public static final String BASELINE_VARIABLE = "BENCHGATE_BASELINE";

  /**
   * How long to wait for a run or job that is still running before the tests that need it fail (see
   * {@link #UNAVAILABLE}): an ISO-8601 duration ({@code PT30M}) or a number with a unit ({@code
   * 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}); defaults to 30 minutes.
   */
  public static final String AWAIT_TIMEOUT = "benchgate.await.timeout";

  /**
   * How long to pause between two polls of a running run, in the forms of {@link #AWAIT_TIMEOUT};
   * defaults to 10 seconds.
   */
  public static final String AWAIT_POLL_INTERVAL = "benchgate.await.poll-interval";

  /**
   * What becomes of a test whose run Benchgate could not judge: a run that cannot be fetched, that
   * does not finish within {@link #AWAIT_TIMEOUT}, or a baseline that is missing. {@code fail}, the
   * default, fails the test, so that a build never passes without having judged the agent; {@code
   * abort} aborts it instead (reported as skipped), for local work without a server.
   */
  public static final String UNAVAILABLE = "benchgate.unavailable";

  /** The environment variable consulted when {@link #UNAVAILABLE} is not set. */
  public static final String UNAVAILABLE_VARIABLE = "BENCHGATE_UNAVAILABLE";

  /**
   * How long one attempt of a request may take in all, connecting and reading the whole body
   * included, in the forms of {@link #AWAIT_TIMEOUT}; longer than zero. Defaults to the client's 60
   * seconds.
   */
  public static final String REQUEST_TIMEOUT = "benchgate.request-timeout";

  /**
   * How long to wait for a connection to the API, in the forms of {@link #AWAIT_TIMEOUT}; longer
   * than zero. Defaults to the client's 5 seconds.
   */
  public static final String CONNECT_TIMEOUT = "benchgate.connect-timeout";

  /**
   * How many times a failed request is retried, a whole number of 0 or more: each call sends at
   * most this plus one requests. Defaults to the client's 5.
   */
  public static final String MAX_RETRIES = "benchgate.max-retries";

  /**
   * Selects scenarios from the command line: a regular expression that the name or the id of a
   * scenario must match as a whole for {@link ScenarioRunSource} to make a test of its scenario run
   * ({@code -Dbenchgate.scenarios=fix-login-bug}, {@code -Dbenchgate.scenarios='fix-.*'}). A
   * pattern that selects nothing fails the test instead of running none.
   */
  public static final String SCENARIOS = "benchgate.scenarios";

  /**
   * Replay: a directory of snapshots, {@code <run id>.json} or {@code <job id>.json} each, from
   * which every run and job named by id is read instead of being fetched, so that gates run without
   * network or API key. Relative to the working directory.
   */
  public static final String SNAPSHOTS = "benchgate.snapshots";

  /** The environment variable consulted when {@link #SNAPSHOTS} is not set. */
  public static final String SNAPSHOTS_VARIABLE = "BENCHGATE_SNAPSHOTS";

  /**
   * Record: a directory into which every run and job fetched from the API is written as {@code <run
   * id>.json} or {@code <job id>.json}, ready for {@link #SNAPSHOTS}. Relative to the working
   * directory.
   */
  public static final String RECORD = "benchgate.record";

  /** The environment variable consulted when {@link #RECORD} is not set. */
  public static final String RECORD_VARIABLE = "BENCHGATE_RECORD";

  /**
   * Re-baselining: {@code true} (re)writes every {@code @Baseline("file:…")} snapshot that is
   * missing or differs from the run under test of its method; defaults to {@code false}.
   */
  public static final String UPDATE_BASELINE = "benchgate.update-baseline";

  /** The environment variable consulted when {@link #UPDATE_BASELINE} is not set. */
  public static final String UPDATE_BASELINE_VARIABLE = "BENCHGATE_UPDATE_BASELINE";

  /**
   * The environment variable CI services set to {@code true}. On CI a missing baseline snapshot is
   * not written (the workspace is thrown away): the tests that need it cannot be judged, and fail
   * (see {@link #UNAVAILABLE}).
   */
  public static final String CI_VARIABLE = "CI";

  /**
   * Whether to write the end-of-run report ({@code report.json}, {@code report.md}, {@code
   * report.html} and the console table): {@code true} or {@code false}; defaults to {@code true}.
   */
  public static final String REPORT_ENABLED = "benchgate.report.enabled";

  /**
   * The folder the report's files go to, relative to the working directory unless absolute;
   * defaults to {@code target/benchgate}.
   */
  public static final String REPORT_DIR = "benchgate.report.dir";

  /**
   * The score from which a scenario counts as passed in the report's pass rates, between 0 and 1;
   * defaults to {@code 0.5}.
   */
  public static final String REPORT_PASS_THRESHOLD = "benchgate.report.pass-threshold";

  /**
   * The significance level at which the report judges each run against its baseline (one-sided
   * regression tests, "underpowered" when a test cannot reach it), from 0.0001 to 0.5; defaults to
   * {@code 0.05}, the level of {@code hasNoSignificantRegression()}.
   */
  public static final String REPORT_ALPHA = "benchgate.report.alpha";

  private ConfigurationKeys() {}
}
