package dev.benchgate.core.model;

/**
 * How a scoring function scores, discriminated in JSON by its {@code type}. A type this version
 * does not know parses as {@link UnknownScorer}, with its fields kept.
 *
 * <pre>{@code
 * String summary = switch (function.scorer()) {
 *   case TestBasedScorer tests -> "runs " + tests.testCommand();
 *   case UnknownScorer unknown -> "scorer of type " + unknown.type();
 *   default -> function.scorer().type();
 * };
 * }</pre>
 */
public sealed interface Scorer
    permits AstGrepScorer,
        BashScriptScorer,
        CommandScorer,
        CustomScorer,
        PythonScriptScorer,
        TestBasedScorer,
        UnknownScorer {

  /**
   * Returns the API's name of this scorer type.
   *
   * @return e.g. {@code "test_based_scorer"}
   */
  String type();
}
