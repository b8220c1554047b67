package dev.compartments.wrappers.internal;

import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.JSFunction;
import org.mozilla.javascript.NativeFunction;

/**
 * The name a function Xray shows: the function's explicit name only (DESIGN.md section 3), never
 * one the engine inferred from what the function was assigned to.
 *
 * <p>Rhino keeps no flag for an inferred name: {@code var q = function () {}} and
 * {@code function q() {}} both report {@code q}. The function's own source text tells them apart,
 * and content cannot change it: an explicit name is written after {@code function} (or
 * {@code function*}); an arrow function has none. A method ({@code {m() {}}}) has its key as its
 * name, as in Gecko. A function without source text (a builtin, a host function, a bound
 * function) keeps the name Rhino reports.
 */
final class FunctionNames {
  private FunctionNames() {}

  /** The name an Xray of {@code function} shows; never null. */
  static String xrayName(BaseFunction function) {
    String name = function.getFunctionName();
    if (name == null || name.isEmpty()) {
      return "";
    }
    String source = rawSource(function);
    if (source == null) {
      return name;
    }
    return isInferred(source.strip(), name) ? "" : name;
  }

  private static String rawSource(BaseFunction function) {
    try {
      if (function instanceof JSFunction) {
        return ((JSFunction) function).getRawSource();
      }
      if (function instanceof NativeFunction) {
        return ((NativeFunction) function).getRawSource();
      }
    } catch (RuntimeException noSource) {
      return null;
    }
    return null;
  }

  /** Whether {@code name} is not written in {@code source}, the function's whole text. */
  static boolean isInferred(String source, String name) {
    String rest = source;
    if (startsWithWord(rest, "async")) {
      rest = rest.substring("async".length()).stripLeading();
    }
    if (startsWithWord(rest, "function")) {
      rest = rest.substring("function".length()).stripLeading();
      if (rest.startsWith("*")) {
        rest = rest.substring(1).stripLeading();
      }
      // function name(...) is explicit; function (...) got its name from elsewhere
      return !(rest.startsWith(name) && !isIdentifierPart(rest, name.length()));
    }
    return isArrow(rest);
  }

  /** Whether {@code text} (a function's source without {@code async}) is an arrow function. */
  private static boolean isArrow(String text) {
    int end;
    if (text.startsWith("(")) {
      end = closingParenthesis(text);
      if (end < 0) {
        return false;
      }
      end++;
    } else {
      end = 0;
      while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
        end++;
      }
      if (end == 0) {
        return false;
      }
    }
    return text.substring(end).stripLeading().startsWith("=>");
  }

  /** The index of the parenthesis closing the one at 0, skipping string literals; -1 if none. */
  private static int closingParenthesis(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = endOfString(text, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int endOfString(String text, int start) {
    char quote = text.charAt(start);
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWithWord(String text, String word) {
    return text.startsWith(word) && !isIdentifierPart(text, word.length());
  }

  private static boolean isIdentifierPart(String text, int index) {
    return index < text.length() && Character.isJavaIdentifierPart(text.charAt(index));
  }
}
