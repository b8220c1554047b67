package dev.compartments.components;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** Reading the UTF-8 documents of this package (API objects, blueprints, panels, reviews). */
final class TextFiles {
  private TextFiles() {}

  /**
   * The text of {@code file}.
   *
   * @throws IllegalArgumentException starting with the file: missing, not UTF-8, or unreadable
   */
  static String read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file", e);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
