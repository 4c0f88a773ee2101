package dev.benchgate.assertj.internal;

import dev.benchgate.core.text.UntrustedText;
import java.io.File;
import org.assertj.core.description.Description;
import org.assertj.core.presentation.CompositeRepresentation;
import org.assertj.core.presentation.Representation;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * Shows the text of failure messages safely: every character that could act on a terminal or an IDE
 * console instead of being read, or that could forge a line of the message, is shown as a visible
 * Java escape. Scenario names, run names, ids, metadata, states and scorer output come from the
 * server or from a file, and a message prints them into a build log.
 *
 * <p>Each field is escaped by core's {@link UntrustedText#printable(String)}, as the reports escape
 * theirs. Escaped are: the C0 controls and DEL (ESC as <code>&#92;u001B</code>, BEL as <code>
 * &#92;u0007</code>; line feed, carriage return and tab as <code>&#92;n</code>, <code>&#92;r</code>
 * and <code>&#92;t</code>), the C1 controls, Unicode's format characters (the bidirectional
 * overrides and isolates such as RIGHT-TO-LEFT OVERRIDE, <code>&#92;u202E</code>, and zero-width
 * characters), the line and paragraph separators, and unpaired surrogates. An OSC 8 hyperlink or a
 * colour sequence thus prints as the text it is. Backslashes are not escaped, so that escaping
 * escaped text changes nothing: a field escaped by a message and printed again through an escaping
 * representation shows once.
 *
 * <pre>{@code
 * char esc = 27;
 * Escaping.escape("fix" + esc + "[31m-login"); // fix, a backslash, u001B[31m-login
 * Escaping.escape("evil\nbut it passed");      // one line, the line feed shown as a backslash and n
 * }</pre>
 */
public final class Escaping {
  private Escaping() {}

  /**
   * Escapes one field of a message: a name, an id, a state, a value.
   *
   * <pre>{@code
   * "scenario " + Escaping.escape(scenario.name());
   * }</pre>
   *
   * @param text the text, may be {@code null}
   * @return the text with its control and format characters escaped; {@code "null"} for {@code
   *     null}, as string concatenation prints it
   */
  public static String escape(String text) {
    return UntrustedText.printable(text);
  }

  /**
   * Escapes a text of several lines, such as the text of a message factory: each line as {@link
   * #escape(String)} does, keeping its line breaks (line feed, and carriage return with line feed)
   * as they are.
   */
  static String escapeLines(String text) {
    if (text == null) {
      return escape(null);
    }
    StringBuilder out = new StringBuilder(text.length());
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        out.append(escape(text.substring(start, end))).append(text, end, i + 1);
        start = i + 1;
      }
    }
    return out.append(escape(text.substring(start))).toString();
  }

  /**
   * Makes a representation escape every value AssertJ prints in a message, the {@code actual}
   * object's {@code toString} among them. AssertJ's standard representation (the default, alone or
   * as the only member of AssertJ's composite) is replaced by one that escapes each string,
   * character and {@code toString} as {@link #escape(String)} does, and keeps the line breaks of
   * its own layout (a long list prints one element a line) and of Benchgate's messages, whose
   * fields are escaped already. A representation of the user's is wrapped, its output escaped line
   * by line: its line breaks cannot be told from those of a value, so they stay.
   *
   * <pre>{@code
   * info.useRepresentation(Escaping.representation(info.representation()));
   * }</pre>
   *
   * @param representation the representation in use
   * @return the escaping representation; the argument itself when it already escapes
   */
  public static Representation representation(Representation representation) {
    if (representation instanceof EscapingStandardRepresentation
        || representation instanceof EscapingRepresentation) {
      return representation;
    }
    return isStandard(representation)
        ? new EscapingStandardRepresentation()
        : new EscapingRepresentation(representation);
  }

  private static boolean isStandard(Representation representation) {
    if (representation instanceof CompositeRepresentation composite) {
      return composite.getAllRepresentationsOrderedByPriority().stream()
          .allMatch(Escaping::isStandard);
    }
    return representation.getClass() == StandardRepresentation.class;
  }

  /**
   * Wraps a description, such as one given with {@code as(…)} that names a run, so that it prints
   * escaped as {@link #escape(String)} does: a description is one line.
   *
   * <pre>{@code
   * super.describedAs(Escaping.description(description));
   * }</pre>
   *
   * @param description the description to wrap, may be {@code null}
   * @return the escaping description; {@code null} for {@code null}
   */
  public static Description description(Description description) {
    return description == null || description instanceof EscapedDescription
        ? description
        : new EscapedDescription(description);
  }

  /** AssertJ's standard representation, escaping each value it prints. */
  private static final class EscapingStandardRepresentation extends StandardRepresentation {
    @Override
    protected String toStringOf(String string) {
      return super.toStringOf(escape(string));
    }

    @Override
    protected String toStringOf(CharSequence text) {
      return super.toStringOf(escape(text.toString()));
    }

    @Override
    protected String toStringOf(Character character) {
      return escape(super.toStringOf(character));
    }

    @Override
    protected String toStringOf(File file) {
      return escape(super.toStringOf(file));
    }

    /** A record's or any object's {@code toString}: one value, shown on one line. */
    @Override
    protected String fallbackToStringOf(Object object) {
      return escape(super.fallbackToStringOf(object));
    }

    /** The text of a message factory: Benchgate's keeps its lines and has escaped its fields. */
    @Override
    protected String toUnquotedStringOf(Object object) {
      return escapeLines(super.toUnquotedStringOf(object));
    }

    @Override
    protected String toStringOf(Throwable throwable) {
      return escapeLines(super.toStringOf(throwable));
    }

    @Override
    protected <T> String customFormat(T object) {
      return escapeLines(super.customFormat(object));
    }

    @Override
    public String toString() {
      return "escaping " + super.toString();
    }
  }

  /** Escapes every value another representation prints, keeping its line breaks. */
  private static final class EscapingRepresentation implements Representation {
    private final Representation delegate;

    EscapingRepresentation(Representation delegate) {
      this.delegate = delegate;
    }

    @Override
    public String toStringOf(Object object) {
      return escapeLines(delegate.toStringOf(object));
    }

    @Override
    public String unambiguousToStringOf(Object object) {
      return escapeLines(delegate.unambiguousToStringOf(object));
    }

    @Override
    public int getPriority() {
      return delegate.getPriority();
    }

    @Override
    public String toString() {
      return "escaping " + delegate;
    }
  }

  /** Escapes a description's text when it is printed. */
  private static final class EscapedDescription extends Description {
    private final Description delegate;

    EscapedDescription(Description delegate) {
      this.delegate = delegate;
    }

    @Override
    public String value() {
      return escape(delegate.value());
    }
  }
}
