package dev.benchgate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published jars on the module path, as a user's modular application uses them: a small module
 * (src/test/resources/smoke) is compiled against them and run in a JVM of its own, once without
 * JUnit (the fake needs none) and once with the extension and a launcher. Their descriptors must
 * let Retrofit proxy core's service, Moshi read the records, the fake serve them and the launcher
 * find the report listener. Tests otherwise run on the class path.
 */
class ModulePathTest {
  /** The modules a user of the fake and the assertions needs, and what they require. */
  private static final Set<String> WITHOUT_JUNIT =
      Set.of(
          "dev.benchgate.core",
          "dev.benchgate.testing",
          "dev.benchgate.assertj",
          "retrofit2",
          "retrofit2.converter.moshi",
          "com.squareup.moshi",
          "okhttp3",
          "okio",
          "kotlin.stdlib",
          "org.assertj.core");

  /**
   * What the extension adds, with the launcher that loads its report listener. The modules these
   * require in turn (JUnit 6 requires {@code org.jspecify}) are added by resolution: see {@link
   * #modulePath}.
   */
  private static final Set<String> JUNIT =
      Set.of(
          "dev.benchgate.junit",
          "org.junit.jupiter.api",
          "org.junit.jupiter.params",
          "org.junit.platform.commons",
          "org.junit.platform.engine",
          "org.junit.platform.launcher",
          "org.opentest4j",
          "org.apiguardian.api");

  @TempDir static Path work;
  private static Map<String, Path> modules;
  private static Path compiled;

  @BeforeAll
  static void compileTheSmokeModule() throws IOException, URISyntaxException {
    modules = modulesOnTheClassPath();
    assertThat(modules).containsKeys(WITHOUT_JUNIT.toArray(String[]::new));
    assertThat(modules).containsKeys(JUNIT.toArray(String[]::new));
    Path sources =
        Path.of(ModulePathTest.class.getResource("/smoke/module-info.java").toURI()).getParent();
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
    }
    compiled = work.resolve("dev.benchgate.smoke");
    List<String> arguments = new ArrayList<>();
    arguments.addAll(
        List.of("-d", compiled.toString(), "--module-path", everyModule(), "-Xlint:-options"));
    arguments.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    assertThat(status).as("javac of the smoke module: %s", diagnostics).isZero();
  }

  @Test
  void the_fake_and_the_assertions_need_no_junit_module() {
    assertThat(resolved(WITHOUT_JUNIT)).noneMatch(name -> name.startsWith("org.junit"));
  }

  @Test
  void runs_on_the_module_path_without_junit() throws Exception {
    String output = run(WITHOUT_JUNIT);

    assertThat(output)
        .contains("fetched bmr_1 through {/v1/benchmark_runs/bmr_1=1")
        .contains("fake is a JUnit extension: false")
        .doesNotContain("report listener")
        .endsWith("OK");
  }

  @Test
  void runs_on_the_module_path_with_the_extension_and_a_launcher() throws Exception {
    String output = run(all(), "--add-modules", "dev.benchgate.junit,org.junit.platform.launcher");

    assertThat(output)
        .contains("fake is a JUnit extension: true")
        .contains("report listener provided, report reads back")
        .endsWith("OK");
  }

  private static Set<String> all() {
    return Stream.concat(WITHOUT_JUNIT.stream(), JUNIT.stream()).collect(Collectors.toSet());
  }

  private static String run(Set<String> names, String... options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--module-path");
    command.add(compiled + File.pathSeparator + modulePath(names));
    command.addAll(List.of(options));
    command.addAll(List.of("--module", "dev.benchgate.smoke/dev.benchgate.smoke.Main"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output.strip();
  }

  /**
   * The module path a user would pass for these root modules: the roots and every module they
   * require, transitively, as the JVM resolves them (so JUnit 6's {@code org.jspecify} comes along
   * when it is there, and {@code requires static} ones do not).
   */
  private static String modulePath(Set<String> roots) {
    return resolved(roots).stream()
        .map(modules::get)
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * Every module on the test class path: javac also wants the modules that are required {@code
   * static} (JUnit 6's {@code org.jspecify}), which run-time resolution leaves out.
   */
  private static String everyModule() {
    return modules.values().stream()
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Set<String> resolved(Set<String> roots) {
    ModuleFinder finder = ModuleFinder.of(modules.values().toArray(Path[]::new));
    Configuration system = ModuleLayer.boot().configuration();
    return system.resolve(finder, ModuleFinder.ofSystem(), roots).modules().stream()
        .map(ResolvedModule::name)
        .filter(modules::containsKey)
        .collect(Collectors.toSet());
  }

  /** Each entry of the test class path that is a module (or an automatic one), by module name. */
  private static Map<String, Path> modulesOnTheClassPath() {
    Map<String, Path> found = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      moduleName(path).ifPresent(name -> found.putIfAbsent(name, path));
    }
    return found;
  }

  private static Optional<String> moduleName(Path entry) {
    try {
      return ModuleFinder.of(entry).findAll().stream()
          .findFirst()
          .map(ModuleReference::descriptor)
          .map(descriptor -> descriptor.name());
    } catch (RuntimeException notAModule) {
      return Optional.empty();
    }
  }
}
