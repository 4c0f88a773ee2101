package dev.benchgate.core.internal;

import dev.benchgate.core.error.IncompatibleDependencyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Explains a {@link LinkageError} raised while a request was sent: which library on the classpath
 * is not the version its caller was built against, which jar it came from, the versions Benchgate
 * is built with, and how to align them. A build resolves one version of each library, and Maven
 * takes the nearest one declared, so a project's own dependencies can replace the versions
 * Benchgate's POMs ask for.
 *
 * <pre>{@code
 * GET /v1/benchmark_runs/bmr_1 failed: okio (com.squareup.okio:okio-jvm) on the classpath is not
 * the version okhttp was built against: java.lang.NoSuchMethodError: 'okio.Socket
 * okio.Okio.socket(java.net.Socket)'. okio.Okio comes from okio-jvm-3.7.0.jar. Benchgate 0.1.0 is
 * built and tested with okio-jvm 3.18.2, … Align the versions: declare
 * com.squareup.okio:okio-jvm:3.18.2 in your build …
 * }</pre>
 */
final class LinkageErrors {
  /**
   * The class before {@code .method(} in a method's descriptor, as a NoSuchMethodError names it.
   */
  private static final Pattern MEMBER_OWNER =
      Pattern.compile("([\\w$]+(?:[./][\\w$]+)+)[./][\\w$<>]+\\(");

  /** A qualified class name, with dots or, as a NoClassDefFoundError gives it, slashes. */
  private static final Pattern CLASS_NAME = Pattern.compile("[\\w$]+(?:[./][\\w$]+)+");

  private static final Library BENCHGATE =
      new Library("benchgate", "dev.benchgate:benchgate-bom", "dev.benchgate.");

  private static final List<Library> LIBRARIES =
      List.of(
          new Library("okio", "com.squareup.okio:okio-jvm", "okio."),
          new Library("okhttp", "com.squareup.okhttp3:okhttp-jvm", "okhttp3."),
          new Library("kotlin-stdlib", "org.jetbrains.kotlin:kotlin-stdlib", "kotlin."),
          new Library("moshi", "com.squareup.moshi:moshi", "com.squareup.moshi."),
          new Library("retrofit", "com.squareup.retrofit2:retrofit", "retrofit2."),
          BENCHGATE);

  private static final Properties VERSIONS = versions();

  private static final String GENERIC_FIX =
      "Align your build's versions of these libraries with Benchgate's (mvn dependency:tree"
          + " -Dverbose, or gradle dependencies, shows which dependency brings another), and import"
          + " dev.benchgate:benchgate-bom to keep Benchgate's own modules at one version.";

  private LinkageErrors() {}

  /**
   * Explains a linkage error.
   *
   * @param label the request, e.g. {@code GET /v1/benchmark_runs/bmr_1}
   * @param error what was raised
   * @return the exception to throw, with the error as its cause
   */
  static IncompatibleDependencyException explain(String label, LinkageError error) {
    Optional<String> missing = culpritClass(error);
    Optional<Library> culprit = missing.flatMap(LinkageErrors::library);
    String caller =
        callerOf(error, culprit.orElse(null))
            .filter(library -> library != BENCHGATE)
            .map(Library::name)
            .orElse("Benchgate");
    StringBuilder message = new StringBuilder(label).append(" failed: ");
    if (culprit.isEmpty()) {
      message.append("a library on the classpath is not the version ").append(caller);
      message.append(" was built against: ").append(error).append(". ");
    } else if (culprit.get() == BENCHGATE) {
      message.append("Benchgate's modules on the classpath are not all of one version: ");
      message.append(error).append(". ");
    } else {
      Library library = culprit.get();
      message.append(library.name()).append(" (").append(library.coordinates()).append(')');
      message.append(" on the classpath is not the version ").append(caller);
      message.append(" was built against: ").append(error).append(". ");
    }
    missing.ifPresent(name -> message.append(origin(name)));
    message.append(builtWith()).append(' ');
    message.append(culprit.map(LinkageErrors::fix).orElse(GENERIC_FIX));
    return new IncompatibleDependencyException(message.toString(), error);
  }

  private static String fix(Library library) {
    if (library == BENCHGATE) {
      return "Import dev.benchgate:benchgate-bom:"
          + VERSIONS.getProperty(BENCHGATE.name())
          + " (type pom, scope import) in your dependencyManagement, or Gradle's platform(…), and"
          + " declare Benchgate's modules without versions.";
    }
    String coordinates = library.coordinates();
    return "Align the versions: declare "
        + coordinates
        + ':'
        + VERSIONS.getProperty(library.name())
        + " in your build (test scope, or dependencyManagement), or find what brings another"
        + " version with mvn dependency:tree -Dverbose -Dincludes="
        + coordinates
        + " (Gradle: gradle dependencyInsight --dependency "
        + coordinates.substring(coordinates.indexOf(':') + 1)
        + ").";
  }

  /** Benchgate 0.1.0 is built and tested with okio-jvm 3.18.2, okhttp-jvm 5.5.1, … */
  private static String builtWith() {
    return "Benchgate "
        + VERSIONS.getProperty(BENCHGATE.name())
        + " is built and tested with "
        + LIBRARIES.stream()
            .filter(library -> library != BENCHGATE)
            .map(
                library ->
                    library.coordinates().substring(library.coordinates().indexOf(':') + 1)
                        + ' '
                        + VERSIONS.getProperty(library.name()))
            .collect(Collectors.joining(", "))
        + '.';
  }

  /**
   * The class the error names: the owner of a missing method, or the first class of a known library
   * in its message. A {@link NoSuchFieldError} names only the field, and an {@link
   * ExceptionInInitializerError} nothing: no class then.
   */
  private static Optional<String> culpritClass(LinkageError error) {
    String message = String.valueOf(error.getMessage());
    Matcher owner = MEMBER_OWNER.matcher(message);
    if (owner.find()) {
      return Optional.of(owner.group(1).replace('/', '.'));
    }
    Matcher name = CLASS_NAME.matcher(message);
    while (name.find()) {
      String candidate = name.group().replace('/', '.');
      if (library(candidate).isPresent()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The nearest library on the stack that called into the culprit: the one built against it. */
  private static Optional<Library> callerOf(LinkageError error, Library culprit) {
    for (StackTraceElement frame : error.getStackTrace()) {
      Optional<Library> library = library(frame.getClassName());
      if (library.isPresent() && library.get() != culprit) {
        return library;
      }
    }
    return Optional.empty();
  }

  private static Optional<Library> library(String className) {
    return LIBRARIES.stream()
        .filter(library -> className.startsWith(library.packagePrefix()))
        .findFirst();
  }

  /** Where the class came from: {@code okio.Okio comes from okio-jvm-3.7.0.jar. } */
  private static String origin(String className) {
    try {
      Class<?> type = Class.forName(className, false, LinkageErrors.class.getClassLoader());
      CodeSource source = type.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null) {
        return "";
      }
      String path = location.getPath().replaceAll("/+$", "");
      return className + " comes from " + path.substring(path.lastIndexOf('/') + 1) + ". ";
    } catch (ClassNotFoundException | LinkageError absent) {
      return className + " is missing from the classpath. ";
    } catch (RuntimeException unknowable) { // a security manager may refuse to tell
      return "";
    }
  }

  private static Properties versions() {
    Properties versions = new Properties();
    try (InputStream in = LinkageErrors.class.getResourceAsStream("dependencies.properties")) {
      if (in == null) {
        throw new IllegalStateException("dependencies.properties is missing from benchgate-core");
      }
      versions.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return versions;
  }

  /** A library Benchgate calls, by the package its classes live in. */
  private record Library(String name, String coordinates, String packagePrefix) {}
}
