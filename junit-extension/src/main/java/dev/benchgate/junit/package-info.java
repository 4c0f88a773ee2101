/**
 * Runloop benchmark runs as JUnit Jupiter tests: {@link dev.benchgate.junit.BenchmarkRun}, {@link
 * dev.benchgate.junit.Baseline} and {@link dev.benchgate.junit.Scenario} inject runs and scenario
 * definitions, {@link dev.benchgate.junit.ScenarioRunSource} makes one test per scenario run, and
 * {@link dev.benchgate.junit.BenchgateExtension} does the work behind them. At the end of the run,
 * {@link dev.benchgate.junit.BenchgateReportListener} reports every run and gate the tests used.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @ScenarioRunSource("bmr_123")
 * void eachScenario(ScenarioRunView scenarioRun) {
 *   assertTrue(scenarioRun.score() >= 0.5);
 * }
 * }</pre>
 */
package dev.benchgate.junit;
