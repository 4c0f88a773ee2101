package dev.benchgate.assertj;

import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.benchgate.assertj.internal.Escaping;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.AssertFactory;
import org.assertj.core.description.Description;
import org.assertj.core.presentation.Representation;

/**
 * What every Benchgate assertion shares: navigation that AssertJ's soft assertions follow, failures
 * that point at the test line rather than into Benchgate, and failure messages that show what came
 * from the server or a file with its control characters escaped.
 *
 * <p>Names, ids, states, metadata and scorer output are untrusted: a scenario named with an ANSI
 * escape sequence, a bidirectional override or a line break must not act on the terminal or forge a
 * line of the message. Benchgate's own messages escape each such field; in addition, every value
 * AssertJ prints for these assertions (the {@code actual} object's {@code toString} in AssertJ's
 * own messages among them) and every description given with {@code as(…)} print with their control
 * characters as visible escapes (ESC as <code>&#92;u001B</code>), whatever representation is in
 * use.
 *
 * <pre>{@code
 * assertThat(outcome).extracting(BenchmarkOutcome::run, BenchmarkRunAssert::new).isCompleted();
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test
 */
public abstract class AbstractBenchgateAssert<
        SELF extends AbstractBenchgateAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractObjectAssert<SELF, ACTUAL> {

  /**
   * Creates the assertion.
   *
   * @param actual the value under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractBenchgateAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(Escaping.representation(info.representation()));
  }

  /**
   * Describes this assertion, as AssertJ's {@code as(…)} and {@code describedAs(…)} do, with the
   * description's control characters shown as visible escapes when it is printed: a description
   * often names a run or a scenario.
   *
   * <pre>{@code
   * assertThat(run).as("nightly run %s", run.name()).isCompleted();
   * }</pre>
   *
   * @param description the description, may be {@code null}
   * @return this assertion
   */
  @Override
  public SELF describedAs(Description description) {
    return super.describedAs(Escaping.description(description));
  }

  /**
   * Uses a representation for the values printed in failure messages, as AssertJ's {@code
   * withRepresentation} does, with their control characters shown as visible escapes.
   *
   * <pre>{@code
   * assertThat(run).withRepresentation(new StandardRepresentation()).isCompleted();
   * }</pre>
   *
   * @param representation the representation
   * @return this assertion
   */
  @Override
  public SELF withRepresentation(Representation representation) {
    return super.withRepresentation(Escaping.representation(representation));
  }

  /**
   * Verifies that the actual value is not {@code null}, with AssertJ's message. Overridden so the
   * failure goes through {@link #throwAssertionError}, which drops this library's stack frames:
   * soft assertions then report the test's line, not one inside Benchgate.
   *
   * <pre>{@code
   * assertThat(outcome).scenarioRun("fix-login-bug").isNotNull();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the actual value is {@code null}
   */
  @Override
  public SELF isNotNull() {
    if (actual == null) {
      throwAssertionError(shouldNotBeNull());
    }
    return myself;
  }

  /**
   * Navigates to an assertion on a value taken from the actual one. This is AssertJ's protected
   * method of the same signature made public, for two reasons: AssertJ's soft assertions follow
   * public {@code extracting} methods into the assertion they return, and unlike {@code
   * extracting(Function, InstanceOfAssertFactory)} it accepts a missing ({@code null}) value, whose
   * assertions then fail instead of the navigation.
   *
   * <pre>{@code
   * assertThat(scenarioRun).extracting(ScenarioRunView::name, StringAssert::new).startsWith("fix-");
   * }</pre>
   *
   * @param extractor takes the value from the actual one
   * @param assertFactory creates the assertion on the value
   * @param <T> the type of the value
   * @param <ASSERT> the type of the assertion
   * @return the assertion on the value, described like this one
   * @throws AssertionError if the actual value is {@code null}
   */
  @Override
  public <T, ASSERT extends AbstractAssert<?, ?>> ASSERT extracting(
      Function<? super ACTUAL, ? extends T> extractor, AssertFactory<T, ASSERT> assertFactory) {
    return super.extracting(extractor, assertFactory);
  }
}
