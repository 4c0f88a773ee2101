package dev.benchgate.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Clients wired to a {@link MockWebServer} and {@link FakeTime}, and what they sent. */
final class TestClients {
  /** An obviously fake key; tests assert it never shows up anywhere but the request header. */
  static final String CANARY_KEY = "test-key-canary-0000";

  private TestClients() {}

  /** A builder for a client of the server, with the canary key, that never really sleeps. */
  static RunloopClientBuilder builder(MockWebServer server, FakeTime time) {
    return RunloopClient.builder()
        .apiKey(CANARY_KEY)
        .baseUrl(server.url("/").toString())
        .sleeper(time)
        .ticker(time)
        .clock(time.clock());
  }

  /** The requests the server recorded and no test took yet, in arrival order. */
  static List<RecordedRequest> requests(MockWebServer server) throws InterruptedException {
    List<RecordedRequest> requests = new ArrayList<>();
    for (RecordedRequest request = server.takeRequest(0, TimeUnit.SECONDS);
        request != null;
        request = server.takeRequest(0, TimeUnit.SECONDS)) {
      requests.add(request);
    }
    return requests;
  }

  /** The path and query of every request the server recorded and no test took yet. */
  static List<String> targets(MockWebServer server) throws InterruptedException {
    return requests(server).stream().map(RecordedRequest::getTarget).toList();
  }
}
