package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.TestClients.CANARY_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.benchgate.core.error.MissingApiKeyException;
import dev.benchgate.core.internal.RunloopJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/** What the builder accepts, refuses and defaults to. */
class RunloopClientBuilderTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void defaults_to_the_runloop_api_with_the_documented_timeouts() {
    try (RunloopClient client = RunloopClient.builder().apiKey(CANARY_KEY).build()) {
      assertThat(client)
          .hasToString("RunloopClient{baseUrl=https://api.runloop.ai/, apiGeneration=AUTO}");
      assertThat(client.httpClient().connectTimeoutMillis()).isEqualTo(5_000);
      assertThat(client.httpClient().readTimeoutMillis()).isEqualTo(30_000);
    }
  }

  @Test
  void a_cleartext_client_sets_up_no_tls_and_an_https_client_does() {
    try (RunloopClient cleartext =
            RunloopClient.builder().apiKey(CANARY_KEY).baseUrl("http://localhost:8080").build();
        RunloopClient https = RunloopClient.builder().apiKey(CANARY_KEY).build()) {
      assertThat(cleartext.httpClient().connectionSpecs())
          .containsExactly(ConnectionSpec.CLEARTEXT);
      assertThat(https.httpClient().connectionSpecs()).contains(ConnectionSpec.MODERN_TLS);
    }
  }

  @Test
  void every_service_method_is_a_call_retrofit_accepts() {
    // The client parses a service method on its first call; this proves every one parses.
    new Retrofit.Builder()
        .baseUrl(server.url("/"))
        .addConverterFactory(MoshiConverterFactory.create(RunloopJson.moshi()))
        .validateEagerly(true)
        .build()
        .create(RunloopService.class);
  }

  @Test
  void bounds_each_attempt_and_not_the_whole_call() {
    try (RunloopClient client =
        RunloopClient.builder()
            .apiKey(CANARY_KEY)
            .okHttpClient(new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(1)).build())
            .build()) {
      assertThat(client.httpClient().callTimeoutMillis())
          .as("over all attempts and the waits between them")
          .isZero();
    }
  }

  @Test
  void sets_the_timeouts() {
    try (RunloopClient client =
        RunloopClient.builder()
            .apiKey(CANARY_KEY)
            .connectTimeout(Duration.ofSeconds(2))
            .readTimeout(Duration.ofMinutes(2))
            .build()) {
      assertThat(client.httpClient().connectTimeoutMillis()).isEqualTo(2_000);
      assertThat(client.httpClient().readTimeoutMillis()).isEqualTo(120_000);
    }
  }

  @Test
  void without_a_key_says_how_to_set_one() {
    assertThatExceptionOfType(MissingApiKeyException.class)
        .isThrownBy(() -> RunloopClient.builder().build())
        .withMessage(
            "No Runloop API key is configured: set the environment variable RUNLOOP_API_KEY, or the"
                + " configuration parameter benchgate.api-key (e.g. -Dbenchgate.api-key=...).");
  }

  @Test
  void reads_the_key_and_base_url_from_the_environment() throws InterruptedException {
    server.enqueue(ok("benchmark_run.json"));
    Map<String, String> environment =
        Map.of("RUNLOOP_API_KEY", CANARY_KEY, "RUNLOOP_BASE_URL", server.url("/").toString());

    try (RunloopClient client = RunloopClient.builder().fromEnvironment(environment::get).build()) {
      client.benchmarkRun("bmr_123");
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + CANARY_KEY);
  }

  @Test
  void ignores_blank_environment_variables() {
    Map<String, String> environment = Map.of("RUNLOOP_API_KEY", " ", "RUNLOOP_BASE_URL", "");

    assertThatExceptionOfType(MissingApiKeyException.class)
        .isThrownBy(() -> RunloopClient.builder().fromEnvironment(environment::get).build());
  }

  @Test
  void rejects_a_key_with_whitespace_without_repeating_it() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RunloopClient.builder().apiKey(CANARY_KEY + "\n"))
        .withMessage(
            "The API key contains whitespace or control characters; check how it was copied");
  }

  @Test
  void keeps_the_path_of_a_base_url_as_a_prefix() throws InterruptedException {
    server.enqueue(ok("benchmark_run.json"));

    try (RunloopClient client =
        RunloopClient.builder()
            .apiKey(CANARY_KEY)
            .baseUrl(server.url("/proxy/runloop").toString())
            .apiGeneration(ApiGeneration.CURRENT)
            .build()) {
      client.benchmarkRun("bmr_123");
    }

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/proxy/runloop/v1/benchmark_runs/bmr_123");
  }

  @Test
  void rejects_what_is_not_an_http_url() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RunloopClient.builder().baseUrl("ftp://runloop.example"))
        .withMessage(
            "The base URL is not an http:// or https:// URL: ftp://… (the rest is not shown, as it"
                + " could hold a secret)");
  }

  @Test
  void does_not_repeat_a_base_url_that_is_no_url_at_all() {
    // RUNLOOP_API_KEY and RUNLOOP_BASE_URL swapped by mistake
    Map<String, String> swapped =
        Map.of("RUNLOOP_API_KEY", "https://api.runloop.ai", "RUNLOOP_BASE_URL", CANARY_KEY);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> RunloopClient.builder().fromEnvironment(swapped::get))
        .withMessage(
            "The base URL is not an http:// or https:// URL (the rest is not shown, as it could"
                + " hold a secret)");
  }

  @Test
  void describes_itself_without_a_key_in_the_base_urls_path() {
    try (RunloopClient client =
        RunloopClient.builder()
            .apiKey(CANARY_KEY)
            .baseUrl("https://proxy.example/" + CANARY_KEY.toUpperCase(java.util.Locale.ROOT))
            .build()) {
      assertThat(client)
          .hasToString(
              "RunloopClient{baseUrl=https://proxy.example/[redacted API key]/,"
                  + " apiGeneration=AUTO}");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://runloop:s3cret-pass@proxy.example/api",
        "https://s3cret-pass@proxy.example/api",
        "https://:s3cret-pass@proxy.example/api"
      })
  void refuses_a_user_name_or_password_without_repeating_them(String url) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RunloopClient.builder().baseUrl(url))
        .withMessage(
            "The base URL https://proxy.example:443/… must not hold a user name or password: the"
                + " API key is the only credential this client sends");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://proxy.example/api?token=s3cret-pass", "https://proxy.example/api#s3cret"})
  void refuses_a_query_or_fragment_without_repeating_them(String url) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RunloopClient.builder().baseUrl(url))
        .withMessage(
            "The base URL https://proxy.example:443/… must not have a query or fragment: every"
                + " request would drop it");
  }

  @Test
  void does_not_repeat_the_user_name_or_password_of_what_is_not_an_http_url() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> RunloopClient.builder().baseUrl("ftp://runloop:s3cret-pass@files.example/x"))
        .withMessage(
            "The base URL is not an http:// or https:// URL: ftp://… (the rest is not shown, as it"
                + " could hold a secret)");
  }

  @Test
  void refuses_cleartext_to_another_machine() {
    RunloopClientBuilder builder =
        RunloopClient.builder().apiKey(CANARY_KEY).baseUrl("http://runloop.example:8080");

    assertThatIllegalArgumentException()
        .isThrownBy(builder::build)
        .withMessage(
            "Refusing the cleartext base URL http://runloop.example:8080/: the API key would cross"
                + " the network unencrypted. Use https://, or allowCleartext(true) on a network you"
                + " trust.");
  }

  @Test
  void allows_cleartext_to_another_machine_when_told_to() {
    try (RunloopClient client =
        RunloopClient.builder()
            .apiKey(CANARY_KEY)
            .baseUrl("http://runloop.example:8080")
            .allowCleartext(true)
            .build()) {
      assertThat(client.toString()).contains("http://runloop.example:8080/");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://127.0.0.1:8080",
        "http://127.4.5.6",
        "http://127.255.255.255",
        "http://[::1]:8080",
        "http://[0:0:0:0:0:0:0:1]",
        "http://[::ffff:127.0.0.1]"
      })
  void allows_cleartext_to_loopback(String url) {
    try (RunloopClient client = RunloopClient.builder().apiKey(CANARY_KEY).baseUrl(url).build()) {
      assertThat(client.toString()).startsWith("RunloopClient{baseUrl=http://");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost.example.com",
        "http://127.0.0.1.nip.io",
        "http://10.0.0.1",
        "http://127.0.0.300",
        "http://127.256.0.1",
        "http://127.1",
        "http://127.000.0.1",
        "http://localhost.",
        "http://[::2]"
      })
  void does_not_take_look_alikes_for_loopback(String url) {
    RunloopClientBuilder builder = RunloopClient.builder().apiKey(CANARY_KEY).baseUrl(url);

    assertThatIllegalArgumentException().isThrownBy(builder::build);
  }

  @Test
  void rejects_settings_out_of_range() {
    RunloopClientBuilder builder = RunloopClient.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.pageSize(0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.pageSize(5001))
        .withMessage("pageSize must be from 1 to 5000 but was 5001");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.maxRetries(-1));
    assertThatIllegalArgumentException().isThrownBy(() -> builder.readTimeout(Duration.ZERO));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-1)));
    assertThatIllegalArgumentException().isThrownBy(() -> builder.requestTimeout(Duration.ZERO));
  }

  @Test
  void close_shuts_down_what_the_client_created() {
    RunloopClient client = RunloopClient.builder().apiKey(CANARY_KEY).build();

    client.close();

    assertThat(client.httpClient().dispatcher().executorService().isShutdown()).isTrue();
  }

  @Test
  void only_network_interceptors_of_a_shared_client_see_the_authorization_header() {
    server.enqueue(ok("benchmark_run.json"));
    List<String> applicationSaw = new CopyOnWriteArrayList<>();
    List<String> networkSaw = new CopyOnWriteArrayList<>();
    OkHttpClient shared =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  applicationSaw.addAll(chain.request().headers().names());
                  return chain.proceed(chain.request());
                })
            .addNetworkInterceptor(
                chain -> {
                  networkSaw.addAll(chain.request().headers().names());
                  return chain.proceed(chain.request());
                })
            .build();
    try (RunloopClient client =
        TestClients.builder(server, new FakeTime()).okHttpClient(shared).build()) {
      client.benchmarkRun("bmr_123");
    } finally {
      shared.dispatcher().executorService().shutdown();
    }

    assertThat(applicationSaw).doesNotContain("Authorization");
    assertThat(networkSaw).contains("Authorization", "User-Agent");
  }

  @Test
  void shares_the_pool_and_dispatcher_of_a_given_client_and_leaves_them_running()
      throws InterruptedException {
    OkHttpClient shared = new OkHttpClient();
    server.enqueue(ok("benchmark_run.json"));
    try {
      try (RunloopClient client =
          TestClients.builder(server, new FakeTime()).okHttpClient(shared).build()) {
        client.benchmarkRun("bmr_123");

        assertThat(client.httpClient().connectionPool()).isSameAs(shared.connectionPool());
        assertThat(client.httpClient().dispatcher()).isSameAs(shared.dispatcher());
      }

      assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(shared.connectionPool().connectionCount()).isEqualTo(1);
      assertThat(shared.interceptors()).isEmpty();
      assertThat(server.takeRequest().getHeaders().get("Authorization"))
          .isEqualTo("Bearer " + CANARY_KEY);
    } finally {
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }
}
