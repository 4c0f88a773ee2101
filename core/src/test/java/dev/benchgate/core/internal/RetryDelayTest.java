package dev.benchgate.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryDelayTest {
  private static final Instant NOW = Instant.parse("2026-09-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static Response response(String... headers) {
    Response.Builder builder =
        new Response.Builder()
            .request(new Request.Builder().url("https://api.runloop.ai/v1/benchmark_runs").build())
            .protocol(Protocol.HTTP_1_1)
            .code(503)
            .message("Service Unavailable");
    for (int i = 0; i < headers.length; i += 2) {
      builder.addHeader(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  @Test
  void backoff_doubles_from_half_a_second_up_to_eight_seconds() {
    RetryDelay noJitter = new RetryDelay(CLOCK, () -> 0.0);

    assertThat(IntStream.range(0, 7).mapToObj(noJitter::backoff))
        .containsExactly(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(8),
            Duration.ofSeconds(8));
    assertThat(noJitter.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void jitter_shortens_the_backoff_by_up_to_a_quarter() {
    RetryDelay fullJitter = new RetryDelay(CLOCK, () -> 1.0);

    assertThat(fullJitter.backoff(0)).isEqualTo(Duration.ofMillis(375));
    assertThat(fullJitter.backoff(4)).isEqualTo(Duration.ofSeconds(6));
  }

  @Test
  void retry_after_ms_wins_over_retry_after() {
    RetryDelay delay = new RetryDelay(CLOCK, () -> 0.0);

    assertThat(delay.afterResponse(response("retry-after-ms", "250.5", "retry-after", "9"), 0))
        .isEqualTo(Duration.ofNanos(250_500_000));
  }

  @Test
  void retry_after_may_be_fractional_seconds() {
    RetryDelay delay = new RetryDelay(CLOCK, () -> 0.0);

    assertThat(delay.afterResponse(response("retry-after", "1.5"), 0))
        .isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void a_date_in_the_past_means_now() {
    RetryDelay delay = new RetryDelay(CLOCK, () -> 0.0);

    assertThat(delay.afterResponse(response("retry-after", "Tue, 01 Sep 2026 11:59:00 GMT"), 3))
        .isZero();
  }

  @Test
  void a_two_digit_year_more_than_fifty_years_ahead_is_in_the_past() {
    RetryDelay delay = new RetryDelay(CLOCK, () -> 0.0);

    assertThat(delay.afterResponse(response("retry-after", "Tuesday, 01-Sep-76 12:00:00 GMT"), 0))
        .as("2076, capped")
        .isEqualTo(Duration.ofSeconds(60));
    assertThat(delay.afterResponse(response("retry-after", "Thursday, 01-Sep-77 12:00:00 GMT"), 0))
        .as("1977, in the past")
        .isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"soon", "NaN", "Infinity", "", "Wed, 01 Sep 2026 12:00:12 GMT", "Sep  1 2026"})
  void an_unreadable_header_falls_back_to_the_backoff(String value) {
    RetryDelay delay = new RetryDelay(CLOCK, () -> 0.0);

    assertThat(delay.afterResponse(response("retry-after", value, "retry-after-ms", value), 2))
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void a_negative_wait_means_now() {
    RetryDelay delay = new RetryDelay(CLOCK, () -> 0.0);

    assertThat(delay.afterResponse(response("retry-after-ms", "-5"), 1)).isZero();
  }
}
