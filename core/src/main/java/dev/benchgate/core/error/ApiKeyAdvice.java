package dev.benchgate.core.error;

/** How to provide the API key, said the same way by every exception that is about the key. */
final class ApiKeyAdvice {
  static final String HOW_TO_SET =
      "set the environment variable RUNLOOP_API_KEY, or the configuration parameter"
          + " benchgate.api-key (e.g. -Dbenchgate.api-key=...)";

  private ApiKeyAdvice() {}
}
