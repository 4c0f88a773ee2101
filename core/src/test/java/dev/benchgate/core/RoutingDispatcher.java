package dev.benchgate.core;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Answers by exact path and query, for requests whose order is not fixed (concurrent fetches) or
 * interleaves (polling). A route given several responses serves them in turn and then repeats the
 * last. An unknown target gets a {@code 404} naming it, so a wrong request fails the test visibly.
 */
final class RoutingDispatcher extends Dispatcher {
  private final Map<String, ArrayDeque<MockResponse>> routes = new ConcurrentHashMap<>();

  RoutingDispatcher route(String target, MockResponse first, MockResponse... then) {
    ArrayDeque<MockResponse> responses = new ArrayDeque<>();
    responses.add(first);
    responses.addAll(List.of(then));
    routes.put(target, responses);
    return this;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    ArrayDeque<MockResponse> responses = routes.get(request.getTarget());
    if (responses == null) {
      return ApiFixtures.status(404, "{\"message\":\"no route for " + request.getTarget() + "\"}");
    }
    synchronized (responses) {
      return responses.size() > 1 ? responses.removeFirst() : responses.getFirst();
    }
  }
}
