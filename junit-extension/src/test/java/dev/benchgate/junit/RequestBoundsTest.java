package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.onlyFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.error.RunloopTimeoutException;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every request of a client built from configuration is bounded by {@code
 * benchgate.request-timeout}, {@code benchgate.connect-timeout} and {@code benchgate.max-retries},
 * so that a server that stalls fails the gate within seconds.
 */
class RequestBoundsTest {
  private static final String RUN = StandardRuns.runPath("bmr_1");

  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();

  @BeforeEach
  void serve() {
    api.add(StandardRuns.outcome("bmr_1"));
  }

  @Test
  @Timeout(30) // a guard against a hang, not a measurement: the gate fails after about 2.5 s
  void a_stalled_server_fails_the_gate_after_exactly_max_retries_plus_one_requests() {
    api.inject(RUN, Fault.stall());

    Throwable failure =
        onlyFailure(
            GateKit.against(api)
                .parameter(ConfigurationKeys.REQUEST_TIMEOUT, "1s")
                .parameter(ConfigurationKeys.MAX_RETRIES, "1")
                .run(NamedRun.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith(
            "Could not fetch benchmark run bmr_1 for parameter [BenchmarkRunView run] in method"
                + " [NamedRun.run(BenchmarkRunView)]: ")
        .hasMessageContaining(
            "If the server is slow or overloaded: each attempt of a request may take"
                + " benchgate.request-timeout (now 1s) and a failed request is retried"
                + " benchgate.max-retries times (now 1).")
        .hasMessageEndingWith("set -Dbenchgate.unavailable=abort (or BENCHGATE_UNAVAILABLE=abort).")
        .hasCauseInstanceOf(RunloopTimeoutException.class);
    assertThat(api.requestCount(RUN)).isEqualTo(2);
  }

  @Test
  void no_retries_sends_each_request_once() {
    api.inject(RUN, Fault.status(503));

    Throwable failure =
        onlyFailure(
            GateKit.against(api)
                .parameter(ConfigurationKeys.MAX_RETRIES, "0")
                .parameter(ConfigurationKeys.CONNECT_TIMEOUT, "2s")
                .run(NamedRun.class));

    assertThat(failure)
        .hasMessageContaining(
            "each attempt of a request may take benchgate.request-timeout (60s by default) and a"
                + " failed request is retried benchgate.max-retries times (now 0)");
    assertThat(api.requestCount(RUN)).isEqualTo(1);
  }

  @ExtendWith(FakeEnvironment.class)
  static class NamedRun {
    @Test
    void run(@BenchmarkRun("bmr_1") BenchmarkRunView run) {}
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "benchgate.request-timeout | 0s  | The configuration parameter benchgate.request-timeout is"
            + " zero: give a duration such as 30s.",
        "benchgate.connect-timeout | 0ms | The configuration parameter benchgate.connect-timeout is"
            + " zero: give a duration such as 30s.",
        "benchgate.request-timeout | soon | The configuration parameter benchgate.request-timeout"
            + " is 'soon', which is not a duration of zero or more: use ISO-8601 such as PT30S or"
            + " PT5M, or a whole number with a unit: 500ms, 30s, 5m, 1h, 1d.",
        "benchgate.max-retries | -1 | The configuration parameter benchgate.max-retries is '-1',"
            + " which is not a whole number of 0 or more: give how many times a failed request is"
            + " retried, such as 2 (0 sends each request once).",
        "benchgate.max-retries | two | The configuration parameter benchgate.max-retries is 'two',"
            + " which is not a whole number of 0 or more: give how many times a failed request is"
            + " retried, such as 2 (0 sends each request once)."
      })
  void an_unusable_bound_is_misuse_named_by_its_key(String key, String value, String message) {
    Throwable failure = onlyFailure(GateKit.against(api).parameter(key, value).run(NamedRun.class));

    assertThat(failure.getCause())
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(message);
    assertThat(StandardRuns.paths(api)).isEmpty();
  }
}
