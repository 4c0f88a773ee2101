package dev.benchgate.junit.internal.config;

import dev.benchgate.core.RunloopClient;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a {@code BenchgateExtension.Builder} set in code; {@code null} where it set nothing.
 *
 * @param baseUrl the API's base URL, may hold placeholders
 * @param client a client the user owns and closes
 * @param benchmarkRun the default run's source
 * @param baseline the default baseline's source
 * @param benchmarkJob the default benchmark job's source
 */
public record CodeSettings(
    String baseUrl,
    RunloopClient client,
    String benchmarkRun,
    String baseline,
    String benchmarkJob) {
  /** The settings of an extension registered with {@code @ExtendWith}. */
  public static final CodeSettings NONE = new CodeSettings(null, null, null, null, null);

  /**
   * Finds the settings that the extension registered for the test class published, for code that
   * JUnit instantiates itself, such as an arguments provider.
   *
   * @param context the context of the test or its class
   * @return the settings published for the class or an enclosing class, else {@link #NONE}
   */
  public static CodeSettings publishedFor(ExtensionContext context) {
    return context
        .getStore(StoreNamespace.BENCHGATE)
        .getOrDefault(CodeSettings.class, CodeSettings.class, NONE);
  }

  /**
   * Publishes these settings for a test class and the tests in it.
   *
   * @param classContext the context of the test class
   */
  public void publishTo(ExtensionContext classContext) {
    classContext.getStore(StoreNamespace.BENCHGATE).put(CodeSettings.class, this);
  }

  /**
   * Returns the default run set in code for a role.
   *
   * @param role the role
   * @return its source, or empty when the builder set none
   */
  Optional<String> runSource(RunRole role) {
    return Optional.ofNullable(
        switch (role) {
          case BENCHMARK_RUN -> benchmarkRun;
          case BASELINE -> baseline;
          case BENCHMARK_JOB -> benchmarkJob;
        });
  }
}
