package dev.benchgate.junit.internal.config;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Expands {@code ${env:NAME}} (an environment variable) and {@code ${sys:name}} (a system property
 * or JUnit configuration parameter) in configured text. A placeholder that names nothing, or
 * expands to nothing, is a configuration error rather than a request for a run called "".
 *
 * <pre>{@code
 * "${env:NIGHTLY_RUN}"  ->  "bmr_123"   when NIGHTLY_RUN=bmr_123
 * }</pre>
 */
public final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern REFERENCE = Pattern.compile("(env|sys):(\\S+)");

  private final Environment environment;
  private final Function<String, Optional<String>> configurationParameters;

  /**
   * Creates an expander.
   *
   * @param environment answers {@code ${env:…}}
   * @param configurationParameters answers {@code ${sys:…}}; JUnit's configuration parameters
   *     include the JVM's system properties
   */
  Placeholders(
      Environment environment, Function<String, Optional<String>> configurationParameters) {
    this.environment = environment;
    this.configurationParameters = configurationParameters;
  }

  /**
   * Expands every placeholder and strips surrounding white space.
   *
   * @param text the configured text
   * @param requester what needs the value, for messages
   * @return the expanded text, never blank
   * @throws ExtensionConfigurationException when a placeholder is malformed, names an unset or
   *     blank variable, or the result is blank
   */
  ConfiguredValue expand(ConfiguredValue text, Requester requester) {
    Matcher placeholder = PLACEHOLDER.matcher(text.value());
    StringBuilder expanded = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(
          expanded, Matcher.quoteReplacement(resolve(placeholder.group(), text, requester)));
    }
    placeholder.appendTail(expanded);
    String value = expanded.toString().strip();
    if (value.contains("${")) {
      throw new ExtensionConfigurationException(
          "Unterminated placeholder in '"
              + text.value()
              + "' from "
              + text.origin()
              + " for "
              + requester
              + ": close it with '}', as in ${env:NAME}.");
    }
    if (value.isEmpty()) {
      throw new ExtensionConfigurationException(
          "The value from " + text.origin() + " for " + requester + " is blank: give it an id.");
    }
    return new ConfiguredValue(value, text.origin());
  }

  private String resolve(String placeholder, ConfiguredValue text, Requester requester) {
    Matcher reference = REFERENCE.matcher(placeholder.substring(2, placeholder.length() - 1));
    if (!reference.matches()) {
      throw new ExtensionConfigurationException(
          "Unknown placeholder "
              + placeholder
              + " in "
              + text.origin()
              + " for "
              + requester
              + ": use ${env:NAME} for an environment variable or ${sys:name} for a system"
              + " property or JUnit configuration parameter.");
    }
    String name = reference.group(2);
    boolean fromEnvironment = reference.group(1).equals("env");
    String value =
        fromEnvironment
            ? environment.variable(name)
            : configurationParameters.apply(name).orElse(null);
    if (value == null || value.isBlank()) {
      String state = value == null ? "is not set" : "is blank";
      String remedy =
          fromEnvironment
              ? "set the environment variable " + name
              : "set the system property "
                  + name
                  + " (-D"
                  + name
                  + "=…) or the configuration"
                  + " parameter of that name in junit-platform.properties";
      throw new ExtensionConfigurationException(
          placeholder
              + " in "
              + text.origin()
              + " names nothing for "
              + requester
              + ": "
              + (fromEnvironment ? "the environment variable " : "the system property ")
              + name
              + " "
              + state
              + ". To fix it, "
              + remedy
              + ".");
    }
    return value;
  }
}
