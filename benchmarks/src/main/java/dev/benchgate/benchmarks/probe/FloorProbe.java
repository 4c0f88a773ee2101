package dev.benchgate.benchmarks.probe;

import com.squareup.moshi.JsonReader;
import dev.benchgate.benchmarks.server.PrerenderedRunloop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * In a fresh JVM, the floor of any JVM client built on the libraries Benchgate's client is built
 * on: an OkHttp client for cleartext (as Benchgate builds one for an {@code http://} base URL)
 * sends the requests a Benchgate client sent, one after the other, and Moshi's {@link JsonReader}
 * reads each body token by token, keeping nothing. No Retrofit, no models, no checks, no
 * concurrency. Prints {@code build.ms} (building the client), {@code first.ms} (the build and the
 * first round of requests), {@code warm.ms} (the median round after the warm-up) and {@code tokens}
 * (read in a round, to show that every token was).
 *
 * <pre>
 * java -cp … dev.benchgate.benchmarks.probe.FloorProbe http://127.0.0.1:4321/ 5 7 /v1/… /v1/…
 * </pre>
 */
public final class FloorProbe {
  private FloorProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the base URL (ending in {@code /}), warm-up rounds, measured rounds, then each
   *     request's path and query (starting with {@code /})
   */
  public static void main(String[] args) {
    String baseUrl = args[0].substring(0, args[0].length() - 1);
    int warmups = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<String> targets = Arrays.asList(args).subList(3, args.length);
    long start = System.nanoTime();
    OkHttpClient http =
        new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
    double build = Timing.millisSince(start);
    long tokens = round(http, baseUrl, targets);
    double first = Timing.millisSince(start);
    for (int i = 0; i < warmups; i++) {
      round(http, baseUrl, targets);
    }
    List<Double> warm = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long call = System.nanoTime();
      round(http, baseUrl, targets);
      warm.add(Timing.millisSince(call));
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    Results.emit("build.ms", build);
    Results.emit("first.ms", first);
    Results.emit("warm.ms", Timing.median(warm));
    Results.emit("tokens", tokens);
  }

  private static long round(OkHttpClient http, String baseUrl, List<String> targets) {
    long tokens = 0;
    for (String target : targets) {
      Request request =
          new Request.Builder()
              .url(baseUrl + target)
              .header("Authorization", "Bearer " + PrerenderedRunloop.API_KEY)
              .build();
      try (Response response = http.newCall(request).execute();
          JsonReader json = JsonReader.of(response.body().source())) {
        if (response.code() != 200) {
          throw new IOException(target + " answered " + response.code());
        }
        tokens += tokens(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tokens;
  }

  /** Reads one value to its end, every token of it, and counts the tokens. */
  private static long tokens(JsonReader json) throws IOException {
    switch (json.peek()) {
      case BEGIN_OBJECT -> {
        long count = 2;
        json.beginObject();
        while (json.hasNext()) {
          json.nextName();
          count += 1 + tokens(json);
        }
        json.endObject();
        return count;
      }
      case BEGIN_ARRAY -> {
        long count = 2;
        json.beginArray();
        while (json.hasNext()) {
          count += tokens(json);
        }
        json.endArray();
        return count;
      }
      case STRING -> json.nextString();
      case NUMBER -> json.nextDouble();
      case BOOLEAN -> json.nextBoolean();
      default -> json.nextNull();
    }
    return 1;
  }
}
