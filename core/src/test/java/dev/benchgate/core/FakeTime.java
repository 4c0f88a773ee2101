package dev.benchgate.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock and ticker that only move when the client sleeps, and a sleeper that only records. */
final class FakeTime implements Sleeper, Ticker {
  static final Instant START = Instant.parse("2026-09-01T12:00:00Z");

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private volatile Instant now = START;

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  @Override
  public long nanoTime() {
    return Duration.between(START, now).toNanos();
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("FakeTime runs in UTC");
      }

      @Override
      public Instant instant() {
        return now;
      }
    };
  }
}
