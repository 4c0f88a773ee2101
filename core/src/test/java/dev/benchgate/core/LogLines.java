package dev.benchgate.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The lines the client logs (through {@link System.Logger}, which java.util.logging serves when no
 * other backend is installed), formatted as a handler would print them. Tests run in parallel, so
 * each test looks only for lines about its own requests.
 */
final class LogLines implements BeforeEachCallback, AfterEachCallback {
  private static final Logger CLIENT = Logger.getLogger("dev.benchgate.core.RunloopClient");

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @Override
  public void beforeEach(ExtensionContext context) {
    handler.setLevel(Level.ALL);
    CLIENT.addHandler(handler);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    CLIENT.removeHandler(handler);
  }

  /** Each line logged that contains the text, as {@code LEVEL: message}. */
  List<String> containing(String text) {
    return records.stream()
        .map(
            record ->
                record.getLevel()
                    + ": "
                    + new java.util.logging.SimpleFormatter().formatMessage(record))
        .filter(line -> line.contains(text))
        .toList();
  }

  /** Every line logged, as {@code LEVEL: message}. */
  List<String> all() {
    return containing("");
  }
}
