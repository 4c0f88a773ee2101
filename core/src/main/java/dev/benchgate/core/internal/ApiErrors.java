package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import dev.benchgate.core.error.AuthenticationException;
import dev.benchgate.core.error.BadRequestException;
import dev.benchgate.core.error.ConflictException;
import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.error.PermissionDeniedException;
import dev.benchgate.core.error.RateLimitException;
import dev.benchgate.core.error.RunloopApiException;
import dev.benchgate.core.error.UnexpectedStatusException;
import dev.benchgate.core.error.UnprocessableEntityException;
import java.io.IOException;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * Turns an error response into the {@link RunloopApiException} of its status class. The API's
 * message is the {@code message} of a JSON body, else the start of whatever the body is (an HTML
 * page of a proxy, say); either way it is cut short and the API key is redacted from it.
 *
 * <p>Redaction comes before every step that could hide the key from it: the body is redacted as
 * read (the {@link Transport} read only its start, see {@link ErrorBody}, and the cut may have left
 * the start of a key, which is dropped), the JSON message again once decoded (an escape in a JSON
 * string hides a key from the raw text), and the message again when cut to length.
 */
final class ApiErrors {
  private static final int MAX_MESSAGE_CHARS = 500;

  private static final JsonAdapter<Map<String, Object>> OBJECT =
      RunloopJson.moshi()
          .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private ApiErrors() {}

  static RunloopApiException of(String request, Response<?> response, ApiKey apiKey) {
    int code = response.code();
    String message = message(response.errorBody(), apiKey);
    String requestId = apiKey.redact(response.headers().get("x-request-id"));
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

  private static String message(ResponseBody body, ApiKey apiKey) {
    if (body == null) {
      return null;
    }
    String text;
    try (body) {
      text = apiKey.redactCut(body.source().readUtf8());
    } catch (IOException unreadable) {
      return null;
    }
    String message = jsonMessage(text);
    return shortened(
        message != null ? apiKey.redact(message) : text.strip().replaceAll("\\s+", " "), apiKey);
  }

  private static String jsonMessage(String text) {
    if (!text.stripLeading().startsWith("{")) {
      return null;
    }
    try {
      Map<String, Object> fields = OBJECT.fromJson(text);
      return fields != null && fields.get("message") instanceof String message ? message : null;
    } catch (IOException | JsonDataException notJson) {
      return null;
    }
  }

  private static String shortened(String message, ApiKey apiKey) {
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
    return apiKey.redactCut(message.substring(0, cut)) + "…";
  }
}
