package dev.compartments.loader.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * Strict JSON reading and stable JSON writing for {@code package.json} and the manifest. Stateless
 * and thread-safe.
 *
 * <p>Reading is strict RFC 8259 (no comments, no single quotes, one top-level value) and, unlike
 * Gson's own tree parser, refuses duplicate keys: two {@code "permissions"} sections in one
 * {@code package.json} would let a reviewer read one and the loader use the other.
 */
public final class Json {
  private static final Gson PRETTY =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();
  private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  private Json() {}

  /**
   * Parses {@code text} as one strict JSON value.
   *
   * @throws IllegalArgumentException starting with {@code source + ": not valid JSON: "} and
   *     saying where the text went wrong
   */
  public static JsonElement parse(String text, String source) {
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    try {
      JsonElement value = read(reader, "$");
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new IllegalArgumentException(
            source + ": not valid JSON: more than one top-level value, at " + reader.getPath());
      }
      return value;
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      throw new IllegalArgumentException(source + ": not valid JSON: " + gsonMessage(e), e);
    }
  }

  private static JsonElement read(JsonReader reader, String path) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
          String key = reader.nextName();
          if (object.has(key)) {
            throw new IllegalStateException("duplicate key " + quote(key) + " in " + path);
          }
          object.add(key, read(reader, path + "." + key));
        }
        reader.endObject();
        return object;
      }
      case BEGIN_ARRAY -> {
        JsonArray array = new JsonArray();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader, path + "[" + array.size() + "]"));
        }
        reader.endArray();
        return array;
      }
      case STRING -> {
        return new JsonPrimitive(reader.nextString());
      }
      case NUMBER -> {
        return new JsonPrimitive(new BigDecimal(reader.nextString()));
      }
      case BOOLEAN -> {
        return new JsonPrimitive(reader.nextBoolean());
      }
      case NULL -> {
        reader.nextNull();
        return JsonNull.INSTANCE;
      }
      default -> throw new IllegalStateException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  /** Gson's message on its first line, without its advice to switch to lenient parsing. */
  private static String gsonMessage(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    return message.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON");
  }

  /** {@code value} as indented JSON, keys in the order they were added, no HTML escaping. */
  public static String pretty(JsonElement value) {
    return PRETTY.toJson(value);
  }

  /** {@code value} as JSON on one line, keys in the order they were added, no HTML escaping. */
  public static String compact(JsonElement value) {
    return COMPACT.toJson(value);
  }

  /** {@code s} as a JSON string literal: how messages name a value. */
  public static String quote(String s) {
    return COMPACT.toJson(new JsonPrimitive(s));
  }

  /** How a message names a JSON value it did not expect: its compact text, shortened. */
  public static String describe(JsonElement value) {
    String text = compact(value);
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
