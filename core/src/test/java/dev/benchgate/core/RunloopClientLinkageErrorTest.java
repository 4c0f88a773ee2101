package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.benchgate.core.error.IncompatibleDependencyException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.net.SocketFactory;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A library of the wrong version on the classpath shows as a {@link LinkageError} while a request
 * is sent: a setup error of the build, reported once, with what to fix, never retried and never
 * called a network failure, and no stack trace escapes OkHttp's dispatcher threads.
 */
class RunloopClientLinkageErrorTest {
  /** What a user saw with Moshi's okio 3.7.0 beside OkHttp 5: thrown in OkHttp, about okio. */
  private static final String OKIO_SOCKET = "'okio.Socket okio.Okio.socket(java.net.Socket)'";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private final ExecutorService dispatcherThreads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "test-dispatcher");
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, failure) -> uncaught.add(failure));
            return thread;
          });

  @BeforeEach
  void serveRuns() {
    for (int i = 0; i <= RunloopClientBuilder.DEFAULT_MAX_RETRIES; i++) {
      server.enqueue(ok("benchmark_run.json"));
    }
  }

  @AfterEach
  void noStackTraceEscapedTheDispatcher() throws InterruptedException {
    dispatcherThreads.shutdown();
    assertThat(dispatcherThreads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(uncaught).isEmpty();
  }

  @Test
  void a_missing_method_names_the_library_its_jar_and_the_version_to_declare() {
    NoSuchMethodError error =
        raisedIn("okhttp3.internal.connection.ConnectPlan", new NoSuchMethodError(OKIO_SOCKET));

    Throwable thrown = fetchWith(http -> http.addNetworkInterceptor(answeredThenRaising(error)));

    assertThat(thrown)
        .isInstanceOf(IncompatibleDependencyException.class)
        .hasCause(error)
        .hasMessageStartingWith(
            "GET /v1/benchmark_runs/bmr_123 failed: okio (com.squareup.okio:okio-jvm) on the"
                + " classpath is not the version okhttp was built against:"
                + " java.lang.NoSuchMethodError: "
                + OKIO_SOCKET
                + ". okio.Okio comes from okio-jvm-")
        .hasMessageMatching(
            "(?s).* Benchgate \\S+ is built and tested with okio-jvm \\d+\\.\\d+\\.\\d+,"
                + " okhttp-jvm \\d+\\.\\d+\\.\\d+, kotlin-stdlib \\d+\\.\\d+\\.\\d+,"
                + " moshi \\d+\\.\\d+\\.\\d+, retrofit \\d+\\.\\d+\\.\\d+\\..*")
        .hasMessageMatching(
            "(?s).* Align the versions: declare com\\.squareup\\.okio:okio-jvm:\\d+\\.\\d+\\.\\d+ .*")
        .hasMessageContaining("mvn dependency:tree -Dverbose -Dincludes=com.squareup.okio:okio-jvm")
        .hasMessageContaining("gradle dependencyInsight --dependency okio-jvm")
        .hasMessageNotContaining("cannot talk to")
        .hasMessageNotContaining(TestClients.CANARY_KEY);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void a_missing_method_while_the_body_is_read_is_explained_too() {
    NoSuchMethodError error =
        raisedIn(
            "okhttp3.internal.http.RealResponseBody",
            new NoSuchMethodError("'long okio.BufferedSource.readAll(okio.Sink)'"));

    Throwable thrown =
        fetchWith(
            http ->
                http.addNetworkInterceptor(
                    chain -> {
                      Response response = chain.proceed(chain.request());
                      response.close();
                      return response.newBuilder().body(bodyRaising(error)).build();
                    }));

    assertThat(thrown)
        .isInstanceOf(IncompatibleDependencyException.class)
        .hasCause(error)
        .hasMessageContaining("okio (com.squareup.okio:okio-jvm) on the classpath");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void a_class_missing_while_connecting_is_not_retried() {
    NoClassDefFoundError error =
        raisedIn(
            "okhttp3.internal.connection.ConnectPlan",
            new NoClassDefFoundError("kotlin/collections/NotInThisStdlib"));
    AtomicInteger sockets = new AtomicInteger();

    Throwable thrown =
        fetchWith(http -> http.socketFactory(raisingOnConnect(error, sockets::incrementAndGet)));

    assertThat(thrown)
        .isInstanceOf(IncompatibleDependencyException.class)
        .hasCause(error)
        .hasMessageContaining(
            "kotlin-stdlib (org.jetbrains.kotlin:kotlin-stdlib) on the classpath is not the"
                + " version okhttp was built against: java.lang.NoClassDefFoundError:"
                + " kotlin/collections/NotInThisStdlib. kotlin.collections.NotInThisStdlib is missing from the classpath.")
        .hasMessageContaining("declare org.jetbrains.kotlin:kotlin-stdlib:");
    assertThat(sockets).hasValue(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void a_linkage_error_on_the_calling_thread_is_explained_too() {
    NoClassDefFoundError error = new NoClassDefFoundError("com/squareup/moshi/JsonReader$Token");

    Throwable thrown =
        fetchWith(
            http ->
                http.addInterceptor(
                    chain -> {
                      throw error;
                    }));

    assertThat(thrown)
        .isInstanceOf(IncompatibleDependencyException.class)
        .hasCause(error)
        .hasMessageContaining("moshi (com.squareup.moshi:moshi) on the classpath")
        .hasMessageContaining("declare com.squareup.moshi:moshi:");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void benchgate_modules_of_different_versions_are_told_to_import_the_bom() {
    NoSuchMethodError error =
        raisedIn(
            "dev.benchgate.junit.RunFetcher",
            new NoSuchMethodError(
                "'void dev.benchgate.core.RunloopClient.prefetch(java.lang.String)'"));

    Throwable thrown = fetchWith(http -> http.addNetworkInterceptor(answeredThenRaising(error)));

    assertThat(thrown)
        .isInstanceOf(IncompatibleDependencyException.class)
        .hasMessageContaining(
            "failed: Benchgate's modules on the classpath are not all of one version:"
                + " java.lang.NoSuchMethodError: ")
        .hasMessageContaining("dev.benchgate.core.RunloopClient comes from ")
        .hasMessageMatching(
            "(?s).* Import dev\\.benchgate:benchgate-bom:\\S+ \\(type pom, scope import\\).*");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void an_error_naming_no_known_class_gets_the_general_advice() {
    NoSuchFieldError error =
        raisedIn("okhttp3.internal.http.RealInterceptorChain", new NoSuchFieldError("TRAILERS"));

    Throwable thrown = fetchWith(http -> http.addNetworkInterceptor(answeredThenRaising(error)));

    assertThat(thrown)
        .isInstanceOf(IncompatibleDependencyException.class)
        .hasMessageContaining(
            "failed: a library on the classpath is not the version okhttp was built against:"
                + " java.lang.NoSuchFieldError: TRAILERS. Benchgate ")
        .hasMessageEndingWith(
            "and import dev.benchgate:benchgate-bom to keep Benchgate's own modules at one"
                + " version.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void any_other_error_is_raised_as_it_is_once() {
    StackOverflowError error = new StackOverflowError("deep");

    Throwable thrown = fetchWith(http -> http.addNetworkInterceptor(answeredThenRaising(error)));

    assertThat(thrown).isSameAs(error);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  /** Fetches a run with a client sharing an OkHttp client configured so. */
  private Throwable fetchWith(UnaryOperator<OkHttpClient.Builder> configuration) {
    OkHttpClient shared =
        configuration
            .apply(new OkHttpClient.Builder().dispatcher(new Dispatcher(dispatcherThreads)))
            .build();
    try (RunloopClient client =
        TestClients.builder(server, time)
            .apiGeneration(ApiGeneration.CURRENT)
            .okHttpClient(shared)
            .build()) {
      return catchThrowable(() -> client.benchmarkRun("bmr_123"));
    }
  }

  /** The error, as the JVM raises it inside a library's class. */
  private static <E extends Error> E raisedIn(String className, E error) {
    error.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(className, "call", null, -1),
          new StackTraceElement("okhttp3.internal.http.RealInterceptorChain", "proceed", null, -1)
        });
    return error;
  }

  /** Lets the server answer, then raises the error, as a failing read of the answer would. */
  private static okhttp3.Interceptor answeredThenRaising(Error error) {
    return chain -> {
      Response response = chain.proceed(chain.request());
      response.close();
      throw error;
    };
  }

  /** A body whose first read raises the error; closing it afterwards works. */
  private static ResponseBody bodyRaising(Error error) {
    AtomicBoolean raised = new AtomicBoolean();
    return new ResponseBody() {
      @Override
      public MediaType contentType() {
        return null;
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public BufferedSource source() {
        if (raised.compareAndSet(false, true)) {
          throw error;
        }
        return new Buffer();
      }
    };
  }

  private static SocketFactory raisingOnConnect(Error error, Runnable counter) {
    return new SocketFactory() {
      @Override
      public Socket createSocket() {
        counter.run();
        throw error;
      }

      @Override
      public Socket createSocket(String host, int port) throws IOException {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(String host, int port, InetAddress local, int localPort) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
