package dev.benchgate.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import okhttp3.Response;

/**
 * How long to wait before a retry. A wait the server asks for wins: {@code retry-after-ms}
 * (milliseconds), else {@code retry-after} (seconds, or an HTTP date in any of the three formats
 * HTTP allows: RFC 1123, RFC 850 and C's asctime), capped at {@link #MAX_REQUESTED} so that a
 * misconfigured server cannot stall a build for hours. Otherwise the wait backs off exponentially:
 * {@code min(0.5 s × 2^n, 8 s)} for the n-th retry (counting from 0), times a random factor from
 * 0.75 to 1.0 so that many clients failing together do not retry together. Five retries thus wait
 * at most 0.5 + 1 + 2 + 4 + 8 = 15.5 s in all: shorter than the official SDKs' 60 s cap, as a test
 * build would rather fail fast than hang.
 *
 * <p>Not API: this package may change in any release.
 */
public final class RetryDelay {
  /** The first backoff. */
  static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);

  /** The longest backoff. */
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

  /** The longest wait a server may ask for. */
  static final Duration MAX_REQUESTED = Duration.ofSeconds(60);

  private static final int MAX_DOUBLINGS = 10;

  /** {@code Sun Nov 6 08:49:37 1994}, always in GMT. */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

  /**
   * How far back a two-digit RFC 850 year may reach: HTTP reads a year more than 50 years ahead as
   * the last one in the past with the same two digits (RFC 9110, section 5.6.7).
   */
  private static final int RFC_850_YEARS_BACK = 49;

  private final Clock clock;
  private final DoubleSupplier random;

  /**
   * Creates the policy.
   *
   * @param clock the clock an HTTP-date {@code retry-after} is measured against
   * @param random a source of numbers in {@code [0, 1)} for the jitter
   */
  public RetryDelay(Clock clock, DoubleSupplier random) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Returns the wait before retrying after an error response.
   *
   * @param response the response that will be retried
   * @param retriesSoFar how many retries came before this one
   * @return the wait the server asked for, else the backoff
   */
  public Duration afterResponse(Response response, int retriesSoFar) {
    return requested(response).orElseGet(() -> backoff(retriesSoFar));
  }

  /**
   * Returns the backoff before a retry the server did not time.
   *
   * @param retriesSoFar how many retries came before this one
   * @return a wait from 0.375 s to 8 s
   */
  public Duration backoff(int retriesSoFar) {
    Duration doubled = INITIAL_BACKOFF.multipliedBy(1L << Math.min(retriesSoFar, MAX_DOUBLINGS));
    Duration base = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    double jitter = 1.0 - 0.25 * random.getAsDouble();
    return Duration.ofNanos(Math.round(base.toNanos() * jitter));
  }

  private Optional<Duration> requested(Response response) {
    return millis(response.header("retry-after-ms"))
        .or(() -> seconds(response.header("retry-after")))
        .or(() -> httpDate(response.header("retry-after")))
        .map(RetryDelay::bounded);
  }

  private static Optional<Duration> millis(String header) {
    return number(header).map(ms -> Duration.ofNanos(Math.round(ms * 1_000_000)));
  }

  private static Optional<Duration> seconds(String header) {
    return number(header).map(s -> Duration.ofNanos(Math.round(s * 1_000_000_000)));
  }

  private static Optional<Double> number(String header) {
    if (header == null) {
      return Optional.empty();
    }
    try {
      double value = Double.parseDouble(header.trim());
      return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  private Optional<Duration> httpDate(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    for (DateTimeFormatter format :
        List.of(DateTimeFormatter.RFC_1123_DATE_TIME, rfc850(now), ASCTIME)) {
      try {
        Instant at = format.parse(header.trim(), ZonedDateTime::from).toInstant();
        return Optional.of(Duration.between(now, at));
      } catch (DateTimeParseException notThisFormat) {
        // try the next one
      }
    }
    return Optional.empty();
  }

  /** {@code Sunday, 06-Nov-94 08:49:37 GMT}, its century taken from {@code now}. */
  private static DateTimeFormatter rfc850(Instant now) {
    int firstYear = now.atZone(ZoneOffset.UTC).getYear() - RFC_850_YEARS_BACK;
    return new DateTimeFormatterBuilder()
        .appendPattern("EEEE, dd-MMM-")
        .appendValueReduced(ChronoField.YEAR, 2, 2, firstYear)
        .appendPattern(" HH:mm:ss 'GMT'")
        .toFormatter(Locale.US)
        .withZone(ZoneOffset.UTC);
  }

  /** A date in the past means "now"; a wait beyond the cap is cut to it. */
  private static Duration bounded(Duration requested) {
    if (requested.isNegative()) {
      return Duration.ZERO;
    }
    return requested.compareTo(MAX_REQUESTED) > 0 ? MAX_REQUESTED : requested;
  }
}
