package dev.benchgate.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.GzipSource;

/**
 * Keeps each attempt to one exchange with the server. Below every application interceptor OkHttp
 * sends some requests again on its own: a {@code 503} that carries {@code Retry-After: 0} once
 * (whatever {@code retryOnConnectionFailure} says), a {@code 408}, a {@code 421} on a coalesced
 * connection, redirects and authentication challenges. {@link Transport} turns off what OkHttp's
 * settings can turn off; this network interceptor refuses the rest: a second exchange within one
 * attempt fails before anything is sent, with a {@link FollowUpRefusedException} that carries the
 * first answer, and the attempt ends with that answer. {@link RetryInterceptor} alone then decides
 * what is sent again, so that {@code maxRetries + 1} is every request a call sends, whatever the
 * status, headers or failure.
 *
 * <p>The first answer's body is closed by OkHttp before it asks for the second exchange, so the
 * start of every error body is peeked (left unread for the usual path) as the answer arrives.
 */
final class OneExchange implements Interceptor {
  /** One attempt's exchanges, carried as the tag of its request. */
  static final class Exchanges {
    private boolean sent;
    private Response firstAnswer;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Exchanges exchanges = chain.request().tag(Exchanges.class);
    if (exchanges == null) {
      return chain.proceed(chain.request());
    }
    if (exchanges.sent) {
      throw new FollowUpRefusedException(exchanges.firstAnswer);
    }
    exchanges.sent = true;
    Response answer = chain.proceed(chain.request());
    if (!answer.isSuccessful()) {
      // OkHttp follows up on error statuses only.
      Buffer wire = new Buffer().write(answer.peekBody(ErrorBody.MAX_BYTES).bytes());
      Buffer start = decoded(wire, answer.header("Content-Encoding"));
      exchanges.firstAnswer =
          answer
              .newBuilder()
              .removeHeader("Content-Encoding")
              .removeHeader("Content-Length")
              .body(ResponseBody.create(start, answer.body().contentType(), start.size()))
              .build();
    }
    return answer;
  }

  /**
   * The start of a body as the application reads it. A network interceptor sees the body as it came
   * over the wire: gzip-compressed, when OkHttp asked for that, and cut short by the peek. What the
   * cut start decodes to is kept, at most {@link ErrorBody#MAX_BYTES} of it.
   */
  private static Buffer decoded(Buffer wire, String contentEncoding) {
    if (!"gzip".equalsIgnoreCase(contentEncoding)) {
      return wire;
    }
    Buffer decoded = new Buffer();
    try (GzipSource gunzip = new GzipSource(wire)) {
      while (decoded.size() < ErrorBody.MAX_BYTES && gunzip.read(decoded, 8192) != -1) {
        // read on
      }
    } catch (IOException cutShort) {
      // The peeked start ends inside the compressed stream: keep what it decoded to.
    }
    if (decoded.size() > ErrorBody.MAX_BYTES) {
      Buffer start = new Buffer();
      start.write(decoded, ErrorBody.MAX_BYTES);
      return start;
    }
    return decoded;
  }

  /**
   * Tags a request as one attempt.
   *
   * @param request the attempt's request
   * @return the request, tagged
   */
  static Request tagged(Request request) {
    return request.newBuilder().tag(Exchanges.class, new Exchanges()).build();
  }

  /** OkHttp asked for a second exchange within one attempt; the attempt ends with the first. */
  static final class FollowUpRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Response firstAnswer;

    FollowUpRefusedException(Response firstAnswer) {
      super(
          "OkHttp asked to follow up on "
              + firstAnswer.code()
              + "; refused, as retries are the"
              + " client's own");
      this.firstAnswer = firstAnswer;
    }

    /**
     * The answer that came first, as the attempt's request's answer, the start of its body read.
     */
    Response firstAnswer(Request request) {
      return firstAnswer.newBuilder().request(request).build();
    }
  }
}
