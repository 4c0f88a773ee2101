package dev.benchgate.junit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps what the extension logs to {@code dev.benchgate.junit} while some work runs. Tests run in
 * parallel and share the logger, so each keeps only the lines its filter accepts: pick one that
 * matches text only that test produces.
 *
 * @param <T> what the work returns
 */
final class LoggedLines<T> extends Handler {
  private final Predicate<String> filter;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private T result;

  private LoggedLines(Predicate<String> filter) {
    this.filter = filter;
  }

  /** Runs the work, keeping the lines that {@code filter} accepts as "level: message". */
  static <T> LoggedLines<T> during(Predicate<String> filter, Supplier<T> work) {
    LoggedLines<T> logged = new LoggedLines<>(filter);
    Logger logger = Logger.getLogger("dev.benchgate.junit");
    logger.addHandler(logged);
    try {
      logged.result = work.get();
    } finally {
      logger.removeHandler(logged);
    }
    return logged;
  }

  T result() {
    return result;
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void publish(LogRecord record) {
    if (filter.test(record.getMessage())) {
      lines.add(record.getLevel() + ": " + record.getMessage());
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
