package dev.benchgate.smoke;

import dev.benchgate.junit.report.BenchgateReport;
import dev.benchgate.junit.report.GateReport;
import java.lang.module.ModuleDescriptor;
import java.util.List;

/** The extension's module: it provides the launcher its report listener, its report reads back. */
final class JunitModule {
  private JunitModule() {}

  static void check() throws ReflectiveOperationException {
    ModuleDescriptor junit =
        ModuleLayer.boot().findModule("dev.benchgate.junit").orElseThrow().getDescriptor();
    boolean provided =
        junit.provides().stream()
            .anyMatch(
                provides ->
                    provides.service().equals("org.junit.platform.launcher.LauncherSessionListener")
                        && provides.providers().contains("dev.benchgate.junit.BenchgateReportListener"));
    if (!provided) {
      throw new AssertionError("The report listener is not provided: " + junit.provides());
    }
    // What the launcher's ServiceLoader does: the provider's public constructor, from another module.
    Class.forName("dev.benchgate.junit.BenchgateReportListener").getConstructor().newInstance();
    BenchgateReport report =
        BenchgateReport.of(
            "2026-11-23T10:00:00Z",
            List.of(),
            List.of(new GateReport("id", "Gate > test", "passed", null, List.of("bmr_1"))));
    if (!BenchgateReport.fromJson(report.toJson(), "smoke").equals(report)) {
      throw new AssertionError("The report does not read back");
    }
    System.out.println("report listener provided, report reads back");
  }
}
