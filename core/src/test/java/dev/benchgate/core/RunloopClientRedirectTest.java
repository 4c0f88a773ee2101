package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.TestClients.CANARY_KEY;
import static dev.benchgate.core.TestClients.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.error.RedirectException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redirects: none is followed to another origin (scheme, host or port); one within the API's origin
 * is followed as one of the call's {@code maxRetries + 1} requests.
 */
class RunloopClientRedirectTest {
  @StartStop private final MockWebServer api = new MockWebServer();
  @StartStop private final MockWebServer elsewhere = new MockWebServer();

  private RunloopClientBuilder builder() {
    return TestClients.builder(api, new FakeTime()).apiGeneration(ApiGeneration.CURRENT);
  }

  private static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).addHeader("Location", location).build();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void a_redirect_to_another_host_or_port_is_an_error_naming_both_urls(int code) {
    String target = elsewhere.url("/v1/benchmark_runs/bmr_1").toString();
    api.enqueue(redirect(code, target));
    elsewhere.enqueue(ok("benchmark_run.json"));

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(RedirectException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .withMessageStartingWith("GET /v1/benchmark_runs/bmr_1 failed: " + code + " ")
          .withMessageContaining(
              "Redirected from " + api.url("/v1/benchmark_runs/bmr_1") + " to " + target)
          .withMessageContaining("another origin (scheme, host or port)")
          .withMessageEndingWith("If the API moved, set the base URL to its new address")
          .satisfies(e -> assertThat(e.location()).hasValue(target))
          .satisfies(e -> assertThat(e.statusCode()).isEqualTo(code));
    }
    assertThat(api.getRequestCount()).isEqualTo(1);
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void a_redirect_to_https_on_the_same_host_is_another_origin() {
    api.enqueue(redirect(301, "https://" + api.getHostName() + ":" + api.getPort() + "/v1/x"));

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(RedirectException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .withMessageContaining("another origin");
    }
    assertThat(api.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_redirect_within_the_origin_is_followed_with_the_key_as_one_of_the_calls_requests()
      throws InterruptedException {
    api.enqueue(redirect(307, "/v1/moved/benchmark_runs/bmr_123"));
    api.enqueue(ok("benchmark_run.json"));

    try (RunloopClient client = builder().maxRetries(1).build()) {
      assertThat(client.benchmarkRun("bmr_123").id()).isEqualTo("bmr_123");
    }
    assertThat(requests(api))
        .extracting(RecordedRequest::getTarget)
        .containsExactly("/v1/benchmark_runs/bmr_123", "/v1/moved/benchmark_runs/bmr_123");
  }

  @Test
  void the_key_goes_to_the_followed_redirect_of_the_same_origin() throws InterruptedException {
    api.enqueue(redirect(302, "/v1/moved/benchmark_runs/bmr_123"));
    api.enqueue(ok("benchmark_run.json"));

    try (RunloopClient client = builder().maxRetries(1).build()) {
      client.benchmarkRun("bmr_123");
    }
    assertThat(requests(api))
        .extracting(request -> request.getHeaders().get("Authorization"))
        .containsOnly("Bearer " + CANARY_KEY);
  }

  @Test
  void a_redirect_within_the_origin_past_the_last_request_is_an_error() {
    api.enqueue(redirect(308, "/v1/benchmark_runs/bmr_123"));

    try (RunloopClient client = builder().maxRetries(0).build()) {
      assertThatExceptionOfType(RedirectException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_old"))
          .withMessageContaining(
              "Redirected from "
                  + api.url("/v1/benchmark_runs/bmr_old")
                  + " to "
                  + api.url("/v1/benchmark_runs/bmr_123")
                  + ", within the API's origin, after the last request the call may send"
                  + " (maxRetries + 1 in all)");
    }
    assertThat(api.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_redirect_loop_within_the_origin_ends_after_max_retries_plus_one_requests() {
    for (int i = 0; i < 10; i++) {
      api.enqueue(redirect(302, i % 2 == 0 ? "/v1/benchmark_runs/b" : "/v1/benchmark_runs/a"));
    }

    try (RunloopClient client = builder().maxRetries(3).build()) {
      assertThatExceptionOfType(RedirectException.class).isThrownBy(() -> client.benchmarkRun("a"));
    }
    assertThat(api.getRequestCount()).isEqualTo(4);
  }

  @Test
  void a_redirect_whose_location_holds_the_key_never_shows_it() {
    api.enqueue(redirect(302, "http://" + CANARY_KEY + ".invalid/steal?token=" + CANARY_KEY));

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(RedirectException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .withMessageContaining(
              "to http://[redacted API key].invalid/steal?token=[redacted API key]")
          .withMessageNotContaining(CANARY_KEY)
          .satisfies(e -> assertThat(e.location().orElseThrow()).doesNotContain(CANARY_KEY));
    }
  }

  @Test
  void a_3xx_without_a_location_is_an_unexpected_status() {
    api.enqueue(new MockResponse.Builder().code(302).build());

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(dev.benchgate.core.error.UnexpectedStatusException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .isNotInstanceOf(RedirectException.class)
          .withMessage("GET /v1/benchmark_runs/bmr_1 failed: 302 Found");
    }
  }
}
