package dev.compartments.engine;

import static dev.compartments.wrappers.Arguments.requireNonNull;

/**
 * A script ended with an uncaught exception. Carries what a person needs, never a Java object of
 * the script: the error's name and message, the file and line.
 */
public class ScriptException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String errorName;
  private final String errorMessage;
  private final String fileName;
  private final int lineNumber;

  /** An uncaught {@code errorName: errorMessage} at {@code fileName:lineNumber} (0 if unknown). */
  public ScriptException(String errorName, String errorMessage, String fileName, int lineNumber) {
    super(format(errorName, errorMessage, fileName, lineNumber));
    this.errorName = requireNonNull(errorName, "errorName");
    this.errorMessage = requireNonNull(errorMessage, "errorMessage");
    this.fileName = requireNonNull(fileName, "fileName");
    this.lineNumber = lineNumber;
  }

  private static String format(String name, String message, String file, int line) {
    return file + ":" + line + ": " + (message.isEmpty() ? name : name + ": " + message);
  }

  /** The error's name: {@code TypeError}, {@code Error}, {@code SecurityError}, ... */
  public String errorName() {
    return errorName;
  }

  /** The error's message, possibly empty. */
  public String errorMessage() {
    return errorMessage;
  }

  /** The file the error was thrown in, as the script was named. */
  public String fileName() {
    return fileName;
  }

  /** The line the error was thrown at, or 0 if unknown. */
  public int lineNumber() {
    return lineNumber;
  }
}
