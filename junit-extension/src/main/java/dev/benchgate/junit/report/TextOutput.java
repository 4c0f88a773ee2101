package dev.benchgate.junit.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * Where a renderer writes its text: straight into a {@link Writer}, so that a report of tens of
 * thousands of scenarios goes to its file as it is rendered instead of being built whole in memory
 * first (at 20,000 scenarios {@code report.html} is about 19 MB, and one string of it, grown by
 * doubling, is several times that in short-lived memory). Reads as string building: I/O failures
 * are unchecked, and the report's writer unwraps them.
 */
final class TextOutput {
  private final Writer writer;

  private TextOutput(Writer writer) {
    this.writer = writer;
  }

  /**
   * Renders into a string, for {@code toHtml()} and the like.
   *
   * @param renderer writes the text
   * @return the text
   */
  static String render(Consumer<TextOutput> renderer) {
    StringWriter text = new StringWriter(16_384);
    renderer.accept(new TextOutput(text));
    return text.toString();
  }

  /**
   * Renders into a writer, which is neither flushed nor closed.
   *
   * @param writer where the text goes
   * @param renderer writes the text
   * @throws IOException when the writer fails
   */
  static void write(Writer writer, Consumer<TextOutput> renderer) throws IOException {
    try {
      renderer.accept(new TextOutput(writer));
    } catch (UncheckedIOException failure) {
      throw failure.getCause();
    }
  }

  TextOutput append(String text) {
    try {
      writer.write(String.valueOf(text));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return this;
  }

  TextOutput append(char c) {
    try {
      writer.write(c);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return this;
  }

  TextOutput append(int number) {
    return append(Integer.toString(number));
  }
}
