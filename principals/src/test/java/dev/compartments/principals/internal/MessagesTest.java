package dev.compartments.principals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void quote_wrapsInDoubleQuotes() {
    assertEquals("\"https://a.com\"", Messages.quote("https://a.com"));
    assertEquals("\"\"", Messages.quote(""));
  }

  @Test
  void quote_writesControlCharactersAsEscapes() {
    assertEquals("\"a\\u000Ab\\u0000c\\u007F\\u009B\"", Messages.quote("a\nb\u0000c\u007f\u009b"));
  }

  @Test
  void quote_keepsNonAsciiAndBackslashes() {
    assertEquals("\"bücher\\x\"", Messages.quote("bücher\\x"));
  }

  @Test
  void quote_namesNullWithoutQuotes() {
    assertEquals("null", Messages.quote(null));
  }

  @Test
  void malformedOrigin_namesTheInputAndWhatWasExpected() {
    assertEquals(
        "Malformed origin \"http://\": expected scheme://host[:port]",
        Messages.malformedOrigin("http://", "scheme://host[:port]").getMessage());
  }

  @Test
  void checkNotNull_returnsTheValueOrThrowsNamingIt() {
    String value = "x";
    assertSame(value, Messages.checkNotNull(value, "The value"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Messages.checkNotNull(null, "The value"));
    assertEquals("The value must not be null", e.getMessage());
  }
}
