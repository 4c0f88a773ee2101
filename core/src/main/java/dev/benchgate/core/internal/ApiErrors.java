package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import dev.benchgate.core.error.AuthenticationException;
import dev.benchgate.core.error.BadRequestException;
import dev.benchgate.core.error.ConflictException;
import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.error.PermissionDeniedException;
import dev.benchgate.core.error.RateLimitException;
import dev.benchgate.core.error.RedirectException;
import dev.benchgate.core.error.RunloopApiException;
import dev.benchgate.core.error.UnexpectedStatusException;
import dev.benchgate.core.error.UnprocessableEntityException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * Turns an error response into the {@link RunloopApiException} of its status class. The API's
 * message is the first text among the JSON body's {@code message}, {@code error.message}, {@code
 * error} and {@code detail}; else the whole JSON body, or the start of whatever the body is (an
 * HTML page of a proxy, say). Either way it is cut short and the API key is redacted from it.
 *
 * <p>Redaction comes after every step that could hide the key from it: JSON is decoded first (an
 * escape such as <code>&#92;u0073</code> in a JSON string hides a key from the raw text), a body
 * that is not JSON has its JSON-style escapes decoded too (a JSON body cut short no longer parses),
 * a body cut short (the {@link Transport} read only its start, see {@link ErrorBody}) drops what
 * the cut left of a key at its end, and the message is redacted again when cut to length.
 *
 * <p>A redirect the client did not follow (see {@link RetryInterceptor}) is a {@link
 * RedirectException} that names both URLs.
 */
final class ApiErrors {
  private static final int MAX_MESSAGE_CHARS = 500;

  private static final JsonAdapter<Object> JSON = RunloopJson.moshi().adapter(Object.class);

  private ApiErrors() {}

  static RunloopApiException of(String request, Response<?> response, Redactor redactor) {
    int code = response.code();
    String requestId = redactor.text(response.headers().get("x-request-id"));
    HttpUrl target = RetryInterceptor.redirectTarget(response.raw());
    if (target != null) {
      return redirect(request, response.raw(), target, requestId, redactor);
    }
    String message = message(response.errorBody(), redactor);
    return switch (code) {
      case 400 -> new BadRequestException(request, message, requestId);
      case 401 -> new AuthenticationException(request, message, requestId);
      case 403 -> new PermissionDeniedException(request, message, requestId);
      case 404 -> new NotFoundException(request, message, requestId);
      case 409 -> new ConflictException(request, message, requestId);
      case 422 -> new UnprocessableEntityException(request, message, requestId);
      case 429 -> new RateLimitException(request, message, requestId);
      default ->
          code >= 500 && code <= 599
              ? new InternalServerException(request, code, message, requestId)
              : new UnexpectedStatusException(request, code, message, requestId);
    };
  }

  private static RedirectException redirect(
      String request,
      okhttp3.Response response,
      HttpUrl target,
      String requestId,
      Redactor redactor) {
    HttpUrl from = response.request().url();
    String location = redactor.url(target);
    String moved = "Redirected from " + redactor.url(from) + " to " + location;
    String explanation =
        Redactor.sameOrigin(from, target)
            ? moved
                + ", within the API's origin, after the last request the call may send"
                + " (maxRetries + 1 in all). Set the base URL so that no redirect is needed, or"
                + " raise maxRetries"
            : moved
                + ", another origin (scheme, host or port). Benchgate follows no redirect across"
                + " origins, so that neither the API key nor an answer travels to or from a"
                + " server you did not configure. If the API moved, set the base URL to its new"
                + " address";
    return new RedirectException(request, response.code(), location, requestId, explanation);
  }

  private static String message(ResponseBody body, Redactor redactor) {
    if (body == null) {
      return null;
    }
    String text;
    boolean cut;
    try (body) {
      byte[] start = body.bytes();
      // ErrorBody cuts at most 3 bytes short of its limit, to keep whole characters.
      cut = start.length >= ErrorBody.MAX_BYTES - 3;
      text = new String(start, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      return null;
    }
    String message = jsonMessage(text);
    if (message == null) {
      String decoded = JsonEscapes.decode(text);
      message = (cut ? redactor.cut(decoded) : decoded).strip().replaceAll("\\s+", " ");
    }
    return shortened(redactor.text(message), redactor);
  }

  /** The error's text from a JSON body: a known field, else the whole JSON, decoded; or null. */
  private static String jsonMessage(String text) {
    if (!text.stripLeading().startsWith("{")) {
      return null;
    }
    Object json;
    try {
      json = JSON.fromJson(text);
    } catch (IOException | JsonDataException notJson) {
      return null;
    }
    if (!(json instanceof Map<?, ?> fields)) {
      return null;
    }
    Object error = fields.get("error");
    String known =
        firstText(
            fields.get("message"),
            error instanceof Map<?, ?> nested ? nested.get("message") : null,
            error,
            fields.get("detail"));
    return known != null ? known : JSON.toJson(json);
  }

  private static String firstText(Object... candidates) {
    for (Object candidate : candidates) {
      if (candidate instanceof String text && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }

  private static String shortened(String message, Redactor redactor) {
    if (message.isEmpty()) {
      return null;
    }
    if (message.length() <= MAX_MESSAGE_CHARS) {
      return message;
    }
    int cut =
        Character.isHighSurrogate(message.charAt(MAX_MESSAGE_CHARS - 1))
            ? MAX_MESSAGE_CHARS - 1
            : MAX_MESSAGE_CHARS;
    return redactor.cut(message.substring(0, cut)) + "…";
  }
}
