package dev.benchgate.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a scenario definition into a parameter of type {@link
 * dev.benchgate.core.model.ScenarioView}, fetched once per test plan. Registers {@link
 * BenchgateExtension} by itself and works as a meta-annotation.
 *
 * <pre>{@code
 * @Test
 * void isActive(@Scenario("scn_123") ScenarioView scenario) {
 *   assertEquals(ScenarioStatus.ACTIVE, scenario.status());
 * }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(BenchgateExtension.class)
public @interface Scenario {
  /**
   * Names the scenario: its id such as {@code scn_123}, or text with {@code ${env:NAME}} or {@code
   * ${sys:name}} placeholders.
   *
   * @return the scenario's id
   */
  String value();
}
