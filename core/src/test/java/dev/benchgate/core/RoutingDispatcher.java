package dev.benchgate.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Answers by exact path and query, for requests whose order is not fixed (concurrent fetches). An
 * unknown target gets a {@code 404} naming it, so a wrong request fails the test visibly.
 */
final class RoutingDispatcher extends Dispatcher {
  private final Map<String, MockResponse> routes = new ConcurrentHashMap<>();

  RoutingDispatcher route(String target, MockResponse response) {
    routes.put(target, response);
    return this;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    MockResponse response = routes.get(request.getTarget());
    return response != null
        ? response
        : ApiFixtures.status(404, "{\"message\":\"no route for " + request.getTarget() + "\"}");
  }
}
