package dev.benchgate.junit.internal.config;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * What asked for a resource, named for messages: a parameter and its method, or an arguments source
 * and its method.
 *
 * @param description e.g. {@code parameter [BenchmarkRunView run] in method
 *     [NightlyAgentGate.overallScore(BenchmarkRunView)]}
 */
public record Requester(String description) {

  public static Requester of(ParameterContext parameterContext) {
    return of(parameterContext.getParameter());
  }

  public static Requester of(Parameter parameter) {
    return new Requester(
        "parameter ["
            + simpleTypeName(parameter.getParameterizedType().getTypeName())
            + " "
            + parameter.getName()
            + "] in "
            + (parameter.getDeclaringExecutable() instanceof Method ? "method" : "constructor")
            + " ["
            + executableName(parameter)
            + "]");
  }

  public static Requester of(String annotationName, Method method) {
    return new Requester(
        annotationName
            + " of method ["
            + method.getDeclaringClass().getSimpleName()
            + "."
            + method.getName()
            + parameterList(method.getParameters())
            + "]");
  }

  private static String executableName(Parameter parameter) {
    var executable = parameter.getDeclaringExecutable();
    String owner = executable.getDeclaringClass().getSimpleName();
    String name = executable instanceof Method ? owner + "." + executable.getName() : owner;
    return name + parameterList(executable.getParameters());
  }

  private static String parameterList(Parameter[] parameters) {
    return Arrays.stream(parameters)
        .map(parameter -> simpleTypeName(parameter.getParameterizedType().getTypeName()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  // Package names make messages about List<dev.benchgate.core.model.ScenarioRunView> unreadable.
  private static String simpleTypeName(String typeName) {
    return typeName.replaceAll("\\b[a-z][\\w]*\\.", "");
  }

  @Override
  public String toString() {
    return description;
  }
}
