package dev.compartments.principals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostParserTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "[::], [::]",
    "[::1], [::1]",
    "[1::], [1::]",
    "[0:0:0:0:0:0:0:0], [::]",
    "[1:0:0:0:0:0:0:0], [1::]",
    "[0:0:0:0:0:0:0:1], [::1]",
    "[1:2:0:0:0:0:0:8], [1:2::8]",
    "[1:0:2:0:0:3:0:4], [1:0:2::3:0:4]",
    "[1:0:0:2:0:0:3:4], [1::2:0:0:3:4]",
    "[1:0:2:0:3:0:4:0], [1:0:2:0:3:0:4:0]",
    "[ABCD:EF01:2345:6789:ABCD:EF01:2345:6789], [abcd:ef01:2345:6789:abcd:ef01:2345:6789]",
    "[0001:02:003:0004::], [1:2:3:4::]",
    "[::127.0.0.1], [::7f00:1]",
    "[::ffff:255.255.255.255], [::ffff:ffff:ffff]",
    "[1:2:3:4:5:6:1.2.3.4], [1:2:3:4:5:6:102:304]"
  })
  void ipv6_isSerializedInTheCompressedLowerCaseForm(String host, String expected) {
    assertEquals(expected, HostParser.parse("http://" + host, host));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.0.0.0, 0.0.0.0",
    "0, 0.0.0.0",
    "1, 0.0.0.1",
    "4294967295, 255.255.255.255",
    "0xffffffff, 255.255.255.255",
    "0XFF.0, 255.0.0.0",
    "192.168.257, 192.168.1.1",
    "10.65535, 10.0.255.255",
    "010.0.0.1, 8.0.0.1",
    "0x.0x.0x.0x, 0.0.0.0",
    "1.2.3.4., 1.2.3.4"
  })
  void ipv4_inAnyUrlStandardSpelling_isADottedQuad(String host, String expected) {
    assertEquals(expected, HostParser.parse("http://" + host, host));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a.com", "xn--bcher-kva.de", "a-b_c.d9", "1a.com", "a.com.", "0x1g"})
  void domain_alreadyCanonical_isKept(String host) {
    assertEquals(host, HostParser.parse("http://" + host, host));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1.2.3.4.5", "256.1.1.1", "1.256.1.1", "1.1.65536", "09", "0x1.0xg.1"})
  void ipv4_outOfRangeOrMalformed_throwsNamingTheUrl(String host) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HostParser.parse("http://" + host, host));
    assertTrue(e.getMessage().startsWith("Malformed origin \"http://" + host + "\": expected "));
  }
}
