package dev.benchgate.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UserAgentInterceptorTest {

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void reads_the_version_maven_wrote() {
    assertThat(UserAgentInterceptor.version(() -> stream("groupId=dev.benchgate\nversion=1.2.3\n")))
        .isEqualTo("1.2.3");
  }

  @Test
  void says_dev_without_the_file_or_without_a_version_in_it() {
    assertThat(UserAgentInterceptor.version(() -> null)).isEqualTo("dev");
    assertThat(UserAgentInterceptor.version(() -> stream("groupId=dev.benchgate\n")))
        .isEqualTo("dev");
  }

  @Test
  void says_dev_when_the_file_cannot_be_read() {
    assertThat(
            UserAgentInterceptor.version(
                () -> {
                  throw new IOException("jar closed");
                }))
        .isEqualTo("dev");
    assertThat(
            UserAgentInterceptor.version(
                () ->
                    new InputStream() {
                      @Override
                      public int read() throws IOException {
                        throw new IOException("truncated jar entry");
                      }
                    }))
        .isEqualTo("dev");
    assertThat(UserAgentInterceptor.version(() -> stream("version=\\u12"))).isEqualTo("dev");
  }
}
