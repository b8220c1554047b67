package dev.compartments.loader.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code storage} low-level module's backing: per package, a JSON object of keys to JSON values,
 * kept in {@code <dir>/<package>.json} (rewritten atomically on every change) or, without a folder,
 * in memory. For one loader on one thread.
 */
public final class PackageStorage {
  private final Optional<Path> dir;
  private final Map<String, JsonObject> loaded = new HashMap<>();

  public PackageStorage(Optional<Path> dir) {
    this.dir = dir;
  }

  /** The JSON text stored under {@code key}, or null. */
  public String get(String pkg, String key) {
    JsonElement value = data(pkg).get(key);
    return value == null ? null : Json.compact(value);
  }

  /** Stores the JSON text {@code json} under {@code key}; null removes the key. */
  public void set(String pkg, String key, String json) {
    JsonObject data = data(pkg);
    if (json == null) {
      data.remove(key);
    } else {
      data.add(key, Json.parse(json, "storage value"));
    }
    save(pkg, data);
  }

  /** The keys, as a JSON array. */
  public String keys(String pkg) {
    JsonArray keys = new JsonArray();
    data(pkg).keySet().forEach(keys::add);
    return Json.compact(keys);
  }

  private JsonObject data(String pkg) {
    return loaded.computeIfAbsent(pkg, name -> {
      if (dir.isEmpty() || !Files.isRegularFile(file(name))) {
        return new JsonObject();
      }
      try {
        JsonElement read = Json.parse(Files.readString(file(name), StandardCharsets.UTF_8), file(name).toString());
        if (!read.isJsonObject()) {
          throw new IllegalArgumentException("storage: " + file(name) + " must hold a JSON object");
        }
        return read.getAsJsonObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private void save(String pkg, JsonObject data) {
    if (dir.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(dir.get());
      Path temp = dir.get().resolve(pkg + ".json.tmp");
      Files.writeString(temp, Json.compact(data), StandardCharsets.UTF_8);
      Files.move(temp, file(pkg), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalArgumentException("storage: cannot write " + file(pkg) + ": " + e.getMessage(), e);
    }
  }

  private Path file(String pkg) {
    return dir.orElseThrow().resolve(pkg + ".json");
  }
}
