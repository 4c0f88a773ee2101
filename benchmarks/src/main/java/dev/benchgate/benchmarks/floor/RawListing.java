package dev.benchgate.benchmarks.floor;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import dev.benchgate.benchmarks.server.PrerenderedRunloop;
import dev.benchgate.core.internal.RunloopJson;
import dev.benchgate.core.model.ScenarioRunView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import okio.BufferedSource;

/**
 * The floors of a listing: the same requests a client sent, replayed one after the other with the
 * JDK's {@code java.net.http} client over HTTP/1.1, reading every byte and discarding it ({@link
 * #read}); and decoding a page's bytes with Benchgate's Moshi ({@link #decode}).
 *
 * <pre>{@code
 * RawListing raw = new RawListing(runloop.baseUrl());
 * long bytes = raw.read(runloop.takeRequests());
 * }</pre>
 */
public final class RawListing {
  /**
   * A page of scenario runs, as Moshi maps it directly.
   *
   * @param runs the scenario runs
   * @param hasMore whether more follow
   */
  public record Page(List<ScenarioRunView> runs, @Json(name = "has_more") Boolean hasMore) {}

  private static final JsonAdapter<Page> PAGE = RunloopJson.moshi().adapter(Page.class);

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String baseUrl;

  /**
   * Creates the floor client of a server.
   *
   * @param baseUrl the server's base URL, ending in {@code /}
   */
  public RawListing(String baseUrl) {
    this.baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
  }

  /**
   * Sends the requests and reads each body to its end, keeping nothing.
   *
   * @param targets each request's path and query
   * @return the bytes read
   */
  public long read(List<String> targets) {
    byte[] buffer = new byte[64 * 1024];
    long bytes = 0;
    for (String target : targets) {
      try (InputStream body = send(target)) {
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
          bytes += read;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes;
  }

  /**
   * Sends the requests and keeps each body.
   *
   * @param targets each request's path and query
   * @return the bodies, in order
   */
  public List<byte[]> fetch(List<String> targets) {
    List<byte[]> bodies = new ArrayList<>();
    for (String target : targets) {
      try (InputStream body = send(target)) {
        bodies.add(body.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bodies;
  }

  /**
   * Decodes a page of scenario runs with Benchgate's Moshi into the records the client returns.
   *
   * @param page the page's bytes
   * @return its scenario runs
   */
  public static List<ScenarioRunView> decode(BufferedSource page) {
    try {
      return PAGE.fromJson(page).runs();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private InputStream send(String target) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + target))
            .header("Authorization", "Bearer " + PrerenderedRunloop.API_KEY)
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new IOException(target + " answered " + response.statusCode());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted", e);
    }
  }
}
