package dev.compartments.principals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class UrlParserTest {

  @Test
  void parse_urlWithAnAuthority_givesSchemeHostAndPort() {
    ParsedUrl parsed = UrlParser.parse("HTTP://user@Example.COM:8080/x");
    assertEquals(
        new ParsedUrl.WithOrigin("http", "example.com", 8080, "http://example.com:8080"), parsed);
  }

  @Test
  void parse_defaultPort_givesMinusOne() {
    assertEquals(
        new ParsedUrl.WithOrigin("wss", "a.com", -1, "wss://a.com"),
        UrlParser.parse("wss://a.com:443"));
  }

  @Test
  void parse_aboutUrl_hasNoHost() {
    assertEquals(
        new ParsedUrl.WithOrigin("about", "", -1, "about:config"),
        UrlParser.parse("about:config#x"));
  }

  @Test
  void parse_fileUrl_hasItsHostIfAny() {
    assertEquals(
        new ParsedUrl.WithOrigin("file", "", -1, "file:///a"), UrlParser.parse("file:///a"));
    assertEquals(
        new ParsedUrl.WithOrigin("file", "srv", -1, "file://srv/a"),
        UrlParser.parse("file://SRV/a"));
  }

  @Test
  void parse_blobUrl_givesTheInnerUrlsParts() {
    assertEquals(UrlParser.parse("https://a.com:8443"), UrlParser.parse("blob:https://a.com:8443/u"));
  }

  @Test
  void parse_urlWithoutOrigin_givesTheReason() {
    assertEquals(
        new ParsedUrl.WithoutOrigin("it is a data: URL"), UrlParser.parse("data:text/plain,x"));
    assertInstanceOf(ParsedUrl.WithoutOrigin.class, UrlParser.parse("about:blank"));
  }
}
