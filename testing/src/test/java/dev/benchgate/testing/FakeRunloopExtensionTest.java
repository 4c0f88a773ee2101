package dev.benchgate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.error.RunloopException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;

/** FakeRunloop as a JUnit Jupiter extension: how long it serves, by how it was registered. */
@ResourceLock("FakeRunloopExtensionTest.SEEN")
class FakeRunloopExtensionTest {
  /** The fakes the fixtures saw, in the order their tests ran. */
  private static final List<FakeRunloop> SEEN = new CopyOnWriteArrayList<>();

  private static void run(Class<?> fixture) {
    SEEN.clear();
    EngineTestKit.engine("junit-jupiter")
        .selectors(DiscoverySelectors.selectClass(fixture))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(2).failed(0));
  }

  /** Whether a fake still answers. */
  private static boolean serves(FakeRunloop runloop) {
    try (RunloopClient client = runloop.clientBuilder().maxRetries(0).build()) {
      client.benchmarkRun("bmr_1");
      return true;
    } catch (RunloopException closed) {
      return false;
    }
  }

  @Test
  void with_jupiter_on_the_class_path_create_gives_an_extension() {
    try (FakeRunloop runloop = FakeRunloop.create()) {
      assertThat(runloop).isInstanceOf(Extension.class);
    }
  }

  @Test
  void on_a_static_field_it_serves_the_whole_class_and_closes_after_it() {
    run(StaticField.class);

    assertThat(SEEN).hasSize(2).allMatch(runloop -> runloop == SEEN.get(0));
    assertThat(serves(SEEN.get(0))).isFalse();
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class StaticField {
    @RegisterExtension
    static FakeRunloop runloop =
        FakeRunloop.create().add(Models.outcome(Models.run("bmr_1").build()).build());

    @Test
    @Order(1)
    void first() {
      SEEN.add(runloop);
      assertThat(serves(runloop)).isTrue();
    }

    @Test
    @Order(2)
    void second() {
      SEEN.add(runloop);
      assertThat(serves(runloop)).isTrue();
    }
  }

  @Test
  void on_an_instance_field_each_test_gets_its_own_closed_after_it() {
    run(InstanceField.class);

    assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
    assertThat(SEEN).noneMatch(FakeRunloopExtensionTest::serves);
  }

  static class InstanceField {
    @RegisterExtension
    final FakeRunloop runloop =
        FakeRunloop.create().add(Models.outcome(Models.run("bmr_1").build()).build());

    @Test
    void first() {
      SEEN.add(runloop);
      assertThat(serves(runloop)).isTrue();
    }

    @Test
    void second() {
      SEEN.add(runloop);
      assertThat(serves(runloop)).isTrue();
    }
  }
}
