package dev.benchgate.core.internal;

import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The start of an error response's body: enough for any JSON error, while an HTML error page of a
 * proxy beyond it is of no use in a message and not worth holding in memory.
 */
final class ErrorBody {
  /** The most of an error body that is read. */
  static final long MAX_BYTES = 16 * 1024;

  private ErrorBody() {}

  /**
   * Reads at most {@link #MAX_BYTES} of a body. A longer one is cut where no UTF-8 character
   * straddles the cut, so that the text keeps no half character.
   */
  static Buffer start(BufferedSource body) throws IOException {
    Buffer start = new Buffer();
    if (body.request(MAX_BYTES + 1)) {
      start.write(body, wholeCharacters(body.getBuffer(), MAX_BYTES));
    } else {
      start.writeAll(body);
    }
    return start;
  }

  /** The longest length up to {@code limit} that does not end inside a UTF-8 character. */
  private static long wholeCharacters(Buffer bytes, long limit) {
    long lead = limit - 1;
    while (lead > 0 && limit - lead < 4 && isContinuation(bytes.getByte(lead))) {
      lead--;
    }
    int first = bytes.getByte(lead) & 0xff;
    int characterLength = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
    return lead + characterLength > limit ? lead : limit;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xc0) == 0x80;
  }
}
