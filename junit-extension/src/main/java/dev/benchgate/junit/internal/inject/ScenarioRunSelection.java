package dev.benchgate.junit.internal.inject;

import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.text.UntrustedText;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.ScenarioRunSource;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import dev.benchgate.junit.internal.report.ScenarioRunCounts;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * The filters of a {@link ScenarioRunSource}: states to keep and a pattern the scenario name must
 * match, from the annotation, and the scenarios selected on the command line ({@value
 * ConfigurationKeys#SCENARIOS}). A selection that comes out empty is an error, since a gate that
 * runs no test passes without having looked at anything.
 *
 * <pre>{@code
 * List<ScenarioRunView> selected =
 *     ScenarioRunSelection.of(annotation, configuration.scenarios(), requester).selectFrom(outcome, text);
 * }</pre>
 *
 * @param states the states to keep; empty keeps all
 * @param namePattern the pattern scenario names must match as a whole, {@code null} for any name
 * @param commandLine the pattern a scenario's name or id must match as a whole, {@code null} for
 *     any scenario
 * @param requester the arguments source, for messages
 */
public record ScenarioRunSelection(
    Set<ScenarioRunState> states, Pattern namePattern, Pattern commandLine, Requester requester) {
  /** How many scenario names a message lists, at most. */
  private static final int NAMES_SHOWN = 10;

  /**
   * Reads the filters of an annotation and the command line.
   *
   * @param source the annotation
   * @param commandLine the scenarios selected by {@value ConfigurationKeys#SCENARIOS}, if set
   * @param requester the annotated method, for messages
   * @return the selection
   * @throws ExtensionConfigurationException when the name pattern is no regular expression
   */
  public static ScenarioRunSelection of(
      ScenarioRunSource source, Optional<Pattern> commandLine, Requester requester) {
    Set<ScenarioRunState> states = EnumSet.noneOf(ScenarioRunState.class);
    states.addAll(Arrays.asList(source.states()));
    try {
      Pattern pattern =
          source.namePattern().isEmpty() ? null : Pattern.compile(source.namePattern());
      return new ScenarioRunSelection(states, pattern, commandLine.orElse(null), requester);
    } catch (PatternSyntaxException e) {
      throw new ExtensionConfigurationException(
          "The namePattern of "
              + requester
              + " is not a regular expression: "
              + e.getDescription()
              + " in '"
              + source.namePattern()
              + "'.",
          e);
    }
  }

  /**
   * Selects the scenario runs of an outcome, in the outcome's order.
   *
   * @param outcome the run's outcome
   * @param origin where the run's id came from, for messages
   * @return the selected scenario runs, never empty
   * @throws ParameterResolutionException when nothing is selected
   */
  public List<ScenarioRunView> selectFrom(BenchmarkOutcome outcome, ConfiguredValue origin) {
    if (outcome.scenarioRuns().isEmpty()) {
      throw new ParameterResolutionException(
          "Benchmark run "
              + UntrustedText.printable(outcome.run().displayName())
              + " has no scenario runs, so "
              + requester
              + " has nothing to test: check that the run (named by "
              + origin.origin()
              + ") is the one you meant.");
    }
    List<ScenarioRunView> selected =
        outcome.scenarioRuns().stream()
            .filter(scenarioRun -> states.isEmpty() || states.contains(scenarioRun.state()))
            .filter(
                scenarioRun ->
                    namePattern == null
                        || namePattern.matcher(outcome.scenarioName(scenarioRun)).matches())
            .toList();
    if (selected.isEmpty()) {
      throw new ParameterResolutionException(
          "None of the "
              + outcome.scenarioRuns().size()
              + " scenario runs of benchmark run "
              + UntrustedText.printable(outcome.run().displayName())
              + " is "
              + describe()
              + ", so "
              + requester
              + " has nothing to test. The run has "
              + UntrustedText.printable(ScenarioRunCounts.byState(outcome.scenarioRuns()))
              + ".");
    }
    if (commandLine == null) {
      return selected;
    }
    List<ScenarioRunView> chosen =
        selected.stream()
            .filter(
                scenarioRun ->
                    matches(commandLine, outcome.scenarioName(scenarioRun))
                        || matches(commandLine, scenarioRun.scenarioId()))
            .toList();
    if (chosen.isEmpty()) {
      throw new ParameterResolutionException(
          "-D"
              + ConfigurationKeys.SCENARIOS
              + "='"
              + commandLine.pattern()
              + "' selects none of the "
              + selected.size()
              + " scenario runs that "
              + requester
              + " has of benchmark run "
              + UntrustedText.printable(outcome.run().displayName())
              + ", so it has nothing to test. The pattern must match a scenario's name or id as a"
              + " whole; the scenarios are "
              + names(outcome, selected)
              + ".");
    }
    return chosen;
  }

  private static boolean matches(Pattern pattern, String text) {
    return text != null && pattern.matcher(text).matches();
  }

  /** The first scenario names in name order, and how many more there are. */
  private static String names(BenchmarkOutcome outcome, List<ScenarioRunView> scenarioRuns) {
    List<String> names =
        scenarioRuns.stream()
            .map(outcome::scenarioName)
            .distinct()
            .sorted()
            .map(UntrustedText::printable)
            .toList();
    String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
    return names.size() > NAMES_SHOWN
        ? shown + " and " + (names.size() - NAMES_SHOWN) + " more"
        : shown;
  }

  private String describe() {
    String inStates =
        states.isEmpty()
            ? ""
            : "in state "
                + states.stream()
                    .map(state -> state.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(" or "));
    String named = namePattern == null ? "" : "named to match '" + namePattern.pattern() + "'";
    return inStates.isEmpty() || named.isEmpty() ? inStates + named : inStates + " and " + named;
  }
}
