package dev.benchgate.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the published modules (README, "Architecture"), checked on their compiled
 * classes: no module reaches into another's internals, the layers never run backwards, the
 * extension's packages keep their order, and no public signature shows an internal type. A rule
 * that fails names the classes and the dependency that broke it.
 */
class ArchitectureTest {
  private static final JavaClasses BENCHGATE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.benchgate");

  private static final String CORE = "dev.benchgate.core..";
  private static final String JUNIT = "dev.benchgate.junit..";
  private static final String ASSERTJ = "dev.benchgate.assertj..";
  private static final String TESTING = "dev.benchgate.testing..";

  @Test
  void the_published_modules_are_all_imported() {
    List<String> packages =
        BENCHGATE.stream().map(JavaClass::getPackageName).distinct().sorted().toList();
    org.assertj.core.api.Assertions.assertThat(packages)
        .contains(
            "dev.benchgate.core",
            "dev.benchgate.core.internal",
            "dev.benchgate.junit",
            "dev.benchgate.junit.internal.inject",
            "dev.benchgate.assertj.internal",
            "dev.benchgate.testing");
  }

  @Test
  void no_module_reaches_into_anothers_internals() {
    // Core's internal package is exported to the extension and the fake for its Moshi alone.
    noClasses()
        .that()
        .resideOutsideOfPackage(CORE)
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.benchgate.core.internal..").and(not(simpleName("RunloopJson"))))
        .because("core's internals are not API; only its one Moshi is shared")
        .check(BENCHGATE);
    noClasses()
        .that()
        .resideOutsideOfPackage(JUNIT)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.benchgate.junit.internal..")
        .check(BENCHGATE);
    noClasses()
        .that()
        .resideOutsideOfPackage(ASSERTJ)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.benchgate.assertj.internal..")
        .check(BENCHGATE);
    noClasses()
        .that()
        .resideOutsideOfPackage(TESTING)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.benchgate.testing.internal..")
        .check(BENCHGATE);
  }

  @Test
  void each_module_knows_only_what_design_md_lets_it() {
    noClasses()
        .that()
        .resideInAPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.junit..", "org.assertj..", JUNIT, ASSERTJ, TESTING)
        .because("core knows Retrofit, Moshi and OkHttp, no JUnit and no AssertJ")
        .check(BENCHGATE);
    noClasses()
        .that()
        .resideInAPackage(JUNIT)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.assertj..", ASSERTJ, TESTING)
        .check(BENCHGATE);
    noClasses()
        .that()
        .resideInAPackage(ASSERTJ)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.junit..", JUNIT, TESTING)
        .check(BENCHGATE);
    // JUnit is optional for the fake: one class, loaded only when Jupiter is there, may use it.
    noClasses()
        .that()
        .resideInAPackage(TESTING)
        .and(not(simpleName("JupiterFakeRunloop")))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.junit..", "org.assertj..", JUNIT, ASSERTJ)
        .check(BENCHGATE);
  }

  @Test
  void data_flows_one_way_from_the_client_through_the_model_to_the_reports() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Model")
        .definedBy("dev.benchgate.core.model..", "dev.benchgate.core.error..")
        .layer("Outcome")
        .definedBy("dev.benchgate.core.outcome..")
        .layer("Compare")
        .definedBy("dev.benchgate.core.compare..")
        .layer("Repeated")
        .definedBy("dev.benchgate.core.repeated..")
        .layer("Client")
        .definedBy("dev.benchgate.core", "dev.benchgate.core.internal..")
        .layer("Snapshot")
        .definedBy("dev.benchgate.core.snapshot..")
        .layer("Extension")
        .definedBy("dev.benchgate.junit", "dev.benchgate.junit.internal..")
        .layer("Assertions")
        .definedBy(ASSERTJ)
        .layer("Reports")
        .definedBy("dev.benchgate.junit.report..")
        .layer("Testing")
        .definedBy(TESTING)
        .whereLayer("Outcome")
        .mayOnlyBeAccessedByLayers(
            "Client",
            "Compare",
            "Repeated",
            "Snapshot",
            "Extension",
            "Assertions",
            "Reports",
            "Testing")
        .whereLayer("Compare")
        .mayOnlyBeAccessedByLayers("Repeated", "Extension", "Assertions", "Reports", "Testing")
        .whereLayer("Repeated")
        .mayOnlyBeAccessedByLayers(
            "Client", "Snapshot", "Extension", "Assertions", "Reports", "Testing")
        .whereLayer("Client")
        .mayOnlyBeAccessedByLayers("Snapshot", "Extension", "Reports", "Testing")
        .whereLayer("Snapshot")
        .mayOnlyBeAccessedByLayers("Extension", "Testing")
        .whereLayer("Reports")
        .mayOnlyBeAccessedByLayers("Extension")
        .whereLayer("Extension")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Assertions")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Testing")
        .mayNotBeAccessedByAnyLayer()
        .check(BENCHGATE);
  }

  @Test
  void the_extensions_packages_depend_downwards_only() {
    String api = "dev.benchgate.junit";
    String inject = "dev.benchgate.junit.internal.inject..";
    String source = "dev.benchgate.junit.internal.source..";
    String report = "dev.benchgate.junit.internal.report..";
    String config = "dev.benchgate.junit.internal.config..";
    // Internals read the public annotations and keys, never the classes JUnit calls.
    noClasses()
        .that()
        .resideInAPackage("dev.benchgate.junit.internal..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(api)
                .and(
                    simpleName("BenchgateExtension")
                        .or(simpleName("ScenarioRunArgumentsProvider"))
                        .or(simpleName("BenchgateReportListener"))))
        .check(BENCHGATE);
    noClasses()
        .that()
        .resideInAPackage(config)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(report, source, inject, "dev.benchgate.junit.report..")
        .check(BENCHGATE);
    noClasses()
        .that()
        .resideInAPackage(report)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(source, inject)
        .check(BENCHGATE);
    noClasses()
        .that()
        .resideInAPackage(source)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(inject)
        .check(BENCHGATE);
    noClasses()
        .that()
        .resideInAPackage("dev.benchgate.junit.report..")
        .should()
        .dependOnClassesThat(resideInAnyPackage(api, "dev.benchgate.junit.internal.."))
        .because("the report's records are a schema of their own, rendered by nothing else")
        .check(BENCHGATE);
  }

  @Test
  void no_public_signature_shows_an_internal_type() {
    classes().that(isPublicApi()).should(exposeNoInternalType()).check(BENCHGATE);
  }

  @Test
  void the_signature_rule_finds_a_leak() {
    JavaClasses leaky = new ClassFileImporter().importClasses(LeakyApi.class);

    org.assertj.core.api.Assertions.assertThat(
            classes()
                .that(isPublicApi())
                .should(exposeNoInternalType())
                .evaluate(leaky)
                .getFailureReport()
                .getDetails())
        .singleElement()
        .asString()
        .contains("LeakyApi.moshi()", "dev.benchgate.core.internal.RunloopJson");
  }

  /** A public type of a package a module exports: nested in public types only. */
  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> isPublicApi() {
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        "are public API",
        type -> {
          if (isInternal(type)) {
            return false;
          }
          for (Optional<JavaClass> t = Optional.of(type);
              t.isPresent();
              t = t.get().getEnclosingClass()) {
            if (!t.get().getModifiers().contains(JavaModifier.PUBLIC)) {
              return false;
            }
          }
          return true;
        });
  }

  private static boolean isInternal(JavaClass type) {
    return type.getPackageName().contains(".internal");
  }

  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no internal type in a public or protected signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<String> leaks = new ArrayList<>();
        type.getRawSuperclass()
            .filter(ArchitectureTest::isInternal)
            .ifPresent(s -> leaks.add("extends " + s.getName()));
        type.getRawInterfaces().stream()
            .filter(ArchitectureTest::isInternal)
            .forEach(i -> leaks.add("implements " + i.getName()));
        for (JavaCodeUnit member : type.getCodeUnits()) {
          if (!visible(member.getModifiers())) {
            continue;
          }
          List<JavaClass> types = new ArrayList<>(member.getRawParameterTypes());
          types.add(member.getRawReturnType());
          member.getThrowsClause().getTypes().forEach(types::add);
          types.stream()
              .filter(ArchitectureTest::isInternal)
              .forEach(t -> leaks.add(member.getFullName() + " uses " + t.getName()));
        }
        for (JavaField field : type.getFields()) {
          if (visible(field.getModifiers()) && isInternal(field.getRawType())) {
            leaks.add(field.getFullName() + " is a " + field.getRawType().getName());
          }
        }
        leaks.forEach(leak -> events.add(SimpleConditionEvent.violated(type, leak)));
      }
    };
  }

  private static boolean visible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }
}
