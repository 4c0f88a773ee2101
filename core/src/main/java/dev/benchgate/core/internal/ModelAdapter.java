package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Reads and writes one model record by hand: no reflection, so the first call costs what every call
 * costs, and every check in one place. Reading refuses values of the wrong JSON type as it meets
 * them ({@link FieldReader}), and a record without a field it needs once the record is read ({@link
 * #problem}). Writing a snapshot ({@link SnapshotWriting}) checks each record the same way before
 * it is written, so that nothing is written that cannot be read back. The problems are {@link
 * JsonDataException}s naming the record, its id when it has one, its path in the document and the
 * field; the client reports them as {@code MalformedResponseException}, the snapshot reader as
 * {@code SnapshotFormatException}.
 *
 * @param <T> the record type
 */
abstract class ModelAdapter<T> extends JsonAdapter<T> {
  /** The smallest and largest score, and the slack a sum of weighted scores may add to them. */
  private static final double SCORE_SLACK = 1e-9;

  private final String kind;

  /**
   * @param kind the record's name in messages, e.g. {@code "scenario run"}
   */
  ModelAdapter(String kind) {
    this.kind = kind;
  }

  /** Reads the fields of the record; the object is begun and is ended by the caller. */
  abstract T readFields(JsonReader in) throws IOException;

  /** Writes the fields of the record, in sorted order of their names. */
  abstract void writeFields(JsonWriter out, T value) throws IOException;

  /**
   * Says what makes the record unusable, or {@code null} when nothing does.
   *
   * @return e.g. {@code "\"scenario_id\" is missing"}
   */
  String problem(T value) {
    return null;
  }

  /** The record's id for messages, or {@code null}. */
  String id(T value) {
    return null;
  }

  @Override
  public final T fromJson(JsonReader in) throws IOException {
    if (!FieldReader.beginObject(in)) {
      return null;
    }
    return readBegun(in);
  }

  /**
   * Reads the rest of a record whose object is begun (and some of whose fields may be read already,
   * as {@link SealedTypeAdapter} reads its {@code type}), ends the object and checks the record.
   */
  final T readBegun(JsonReader in) throws IOException {
    T value;
    try {
      value = readFields(in);
    } catch (InvalidField invalid) {
      // Thrown once every field is read: finish the object so the path names this record.
      in.endObject();
      throw invalid(invalid.id, FieldReader.previousElement(in), invalid.getMessage());
    }
    in.endObject();
    String problem = problem(value);
    if (problem != null) {
      throw invalid(id(value), FieldReader.previousElement(in), problem);
    }
    return value;
  }

  @Override
  public final void toJson(JsonWriter out, T value) throws IOException {
    if (value == null) {
      out.nullValue();
      return;
    }
    if (SnapshotWriting.isOn(out)) {
      String problem = problem(value);
      if (problem != null) {
        throw invalid(id(value), out.getPath(), problem);
      }
    }
    out.beginObject();
    writeFields(out, value);
    out.endObject();
  }

  /** Reads one value of a record, such as a nested record or a list of them. */
  interface ValueReader<V> {
    V read() throws IOException;
  }

  /**
   * Reads a value nested in this record. A failure inside it also names this record when its id was
   * read before (the API sends ids first): {@code benchmark job bmj_1: scenario outcome scn_2 at
   * $.benchmark_outcomes[0].scenario_outcomes[1]: "scenario_name" is missing}.
   */
  final <V> V nested(String id, ValueReader<V> value) throws IOException {
    try {
      return value.read();
    } catch (JsonDataException inner) {
      if (id == null || id.isBlank()) {
        throw inner;
      }
      throw new JsonDataException(kind + " " + id + ": " + inner.getMessage(), inner);
    }
  }

  private JsonDataException invalid(String id, String path, String problem) {
    return new JsonDataException(
        kind + (id == null || id.isBlank() ? "" : " " + id) + " at " + path + ": " + problem);
  }

  @Override
  public String toString() {
    return "ModelAdapter(" + kind + ")";
  }

  /** Says what is wrong with a required id: {@code null} when it is there. */
  static String requireId(String id, String field) {
    if (id == null) {
      return missing(field);
    }
    return id.isBlank() ? "\"" + field + "\" is blank" : null;
  }

  /** Says what is wrong with a list of ids: {@code null} when none is absent or blank. */
  static String requireIds(java.util.List<String> ids, String field) {
    for (String id : ids) {
      if (id == null || id.isBlank()) {
        return "\"" + field + "\" holds " + (id == null ? "null" : "a blank id");
      }
    }
    return null;
  }

  /** Says what is wrong with a list of strings: {@code null} when none is absent. */
  static String requireStrings(java.util.List<String> values, String field) {
    for (String value : values) {
      if (value == null) { // List.of refuses contains(null)
        return "\"" + field + "\" holds null";
      }
    }
    return null;
  }

  /**
   * Refuses a field a record must have that was absent, once all its fields are read (from {@link
   * #readFields}, after its last field): for fields the record holds as primitives, or turns from
   * absent into empty.
   */
  static <V> V required(V value, String id, String field) {
    if (value == null) {
      throw new InvalidField(id, missing(field));
    }
    return value;
  }

  static String missing(String field) {
    return "\"" + field + "\" is missing";
  }

  /**
   * Says what is wrong with a score: {@code null} when it is absent or in [0, 1]. A score is a
   * weighted sum, so one a rounding step outside (1.0000000000000002) is taken as it is.
   */
  static String checkScore(Double score, String field) {
    return checkFraction(score, field, "score");
  }

  /** Says what is wrong with a weight: like a score, it lies in [0, 1] (REFERENCE.md). */
  static String checkWeight(double weight, String field) {
    return checkFraction(weight, field, "weight");
  }

  private static String checkFraction(Double value, String field, String what) {
    if (value == null || (value >= -SCORE_SLACK && value <= 1 + SCORE_SLACK)) { // false for NaN
      return null;
    }
    return "\"" + field + "\" is " + value + ", not a " + what + " from 0 to 1";
  }

  /**
   * A field found wrong only once all of a record's fields are read; thrown from {@link
   * #readFields} after its last field, never before.
   */
  static final class InvalidField extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The record's id, if it was read. */
    final transient String id;

    InvalidField(String id, String problem) {
      super(problem, null, false, false);
      this.id = id;
    }
  }
}
