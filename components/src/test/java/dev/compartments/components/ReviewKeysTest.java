package dev.compartments.components;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewKeysTest {
  @TempDir Path temp;

  @Test
  void generate_writesPemFilesThatReadBackToTheSamePair() throws IOException {
    Path prefix = temp.resolve("keys/alice");
    KeyPair pair = ReviewKeys.generate(prefix);
    Path key = temp.resolve("keys/alice.key");
    Path pub = temp.resolve("keys/alice.pub");
    assertEquals(key, ReviewKeys.privateKeyFile(prefix));
    assertEquals(pub, ReviewKeys.publicKeyFile(prefix));
    String keyText = Files.readString(key);
    String pubText = Files.readString(pub);
    assertTrue(keyText.startsWith("-----BEGIN PRIVATE KEY-----\n") && keyText.endsWith("-----END PRIVATE KEY-----\n"), keyText);
    assertTrue(pubText.startsWith("-----BEGIN PUBLIC KEY-----\n") && pubText.endsWith("-----END PUBLIC KEY-----\n"), pubText);
    PrivateKey privateKey = ReviewKeys.readPrivateKey(key);
    PublicKey publicKey = ReviewKeys.readPublicKey(pub);
    assertArrayEquals(pair.getPrivate().getEncoded(), privateKey.getEncoded());
    assertEquals(pair.getPublic(), publicKey);
    ComponentDescription c = ReviewTest.component(temp.resolve("c"), "icon", "StatusIcon", Map.of(), true);
    assertTrue(Review.sign(c, privateKey, publicKey).verify(c).valid());
  }

  @Test
  void generate_makesThePrivateKeyOwnerOnly() throws IOException {
    assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    ReviewKeys.generate(temp.resolve("alice"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("alice.key"))));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("alice.pub"))));
  }

  @Test
  void generate_neverOverwritesAnExistingKey() throws IOException {
    Path prefix = temp.resolve("alice");
    ReviewKeys.generate(prefix);
    String before = Files.readString(temp.resolve("alice.key"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReviewKeys.generate(prefix));
    assertEquals(temp.resolve("alice.key") + ": already exists; refusing to overwrite a key", e.getMessage());
    assertEquals(before, Files.readString(temp.resolve("alice.key")));
    try (var children = Files.list(temp)) {
      assertEquals(List.of("alice.key", "alice.pub"), children.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void read_missingFile_saysSo() {
    Path missing = temp.resolve("nobody.key");
    assertEquals(missing + ": no such file", assertThrows(IllegalArgumentException.class, () -> ReviewKeys.readPrivateKey(missing)).getMessage());
    Path missingPub = temp.resolve("nobody.pub");
    assertEquals(missingPub + ": no such file", assertThrows(IllegalArgumentException.class, () -> ReviewKeys.readPublicKey(missingPub)).getMessage());
  }

  @Test
  void read_wrongPemLabel_namesBothLabels() {
    ReviewKeys.generate(temp.resolve("alice"));
    Path pub = temp.resolve("alice.pub");
    Path key = temp.resolve("alice.key");
    assertEquals(
        pub + ": expected a PEM \"PRIVATE KEY\", found \"PUBLIC KEY\" (a .pub file; the private key is in the .key file)",
        assertThrows(IllegalArgumentException.class, () -> ReviewKeys.readPrivateKey(pub)).getMessage());
    assertEquals(
        key + ": expected a PEM \"PUBLIC KEY\", found \"PRIVATE KEY\" (a .key file; the public key is in the .pub file)",
        assertThrows(IllegalArgumentException.class, () -> ReviewKeys.readPublicKey(key)).getMessage());
  }

  @Test
  void read_notPem_saysWhatWasExpected() throws IOException {
    Path file = temp.resolve("junk.key");
    Files.writeString(file, "hello\n");
    assertEquals(
        file + ": not a PEM file: expected a line -----BEGIN PRIVATE KEY-----",
        assertThrows(IllegalArgumentException.class, () -> ReviewKeys.readPrivateKey(file)).getMessage());
  }

  @Test
  void read_keyOfAnotherAlgorithm_saysItIsNotEd25519() throws IOException, NoSuchAlgorithmException {
    KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
    Path key = temp.resolve("ed448.key");
    Path pub = temp.resolve("ed448.pub");
    Files.writeString(key, pem("PRIVATE KEY", ed448.getPrivate().getEncoded()));
    Files.writeString(pub, pem("PUBLIC KEY", ed448.getPublic().getEncoded()));
    assertEquals(
        key + ": not an Ed25519 private key (PKCS#8): Parameters must be Ed25519",
        assertThrows(IllegalArgumentException.class, () -> ReviewKeys.readPrivateKey(key)).getMessage());
    assertEquals(
        pub + ": not an Ed25519 public key: it is 69 bytes; an Ed25519 public key in X.509 is 44 bytes",
        assertThrows(IllegalArgumentException.class, () -> ReviewKeys.readPublicKey(pub)).getMessage());
    KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    Files.writeString(key, pem("PRIVATE KEY", rsa.getPrivate().getEncoded()));
    String message = assertThrows(IllegalArgumentException.class, () -> ReviewKeys.readPrivateKey(key)).getMessage();
    assertTrue(message.startsWith(key + ": not an Ed25519 private key (PKCS#8): "), message);
  }

  @Test
  void fingerprint_isTheStartOfTheSha256OfTheX509Encoding() {
    KeyPair pair = ReviewKeys.generate();
    String fingerprint = ReviewKeys.fingerprint(pair.getPublic());
    assertEquals(16, fingerprint.length());
    assertTrue(fingerprint.matches("[0-9a-f]{16}"), fingerprint);
    assertEquals(CanonicalJson.sha256(pair.getPublic().getEncoded()).substring(0, 16), fingerprint);
  }

  @Test
  void encodeAndDecode_roundTrip_andDecodeSaysWhatIsWrong() {
    KeyPair pair = ReviewKeys.generate();
    String base64 = ReviewKeys.encode(pair.getPublic());
    assertEquals(pair.getPublic(), ReviewKeys.decodePublicKey(base64));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ReviewKeys.decodePublicKey("not base64!"))
            .getMessage()
            .startsWith("the key is not base64: "));
    String truncated = Base64.getEncoder().encodeToString(Arrays.copyOf(pair.getPublic().getEncoded(), 32));
    assertEquals(
        "not an Ed25519 public key: it is 32 bytes; an Ed25519 public key in X.509 is 44 bytes",
        assertThrows(IllegalArgumentException.class, () -> ReviewKeys.decodePublicKey(truncated)).getMessage());
    byte[] scrambled = pair.getPublic().getEncoded();
    scrambled[1] = 0x7f;
    String message =
        assertThrows(IllegalArgumentException.class, () -> ReviewKeys.decodePublicKey(Base64.getEncoder().encodeToString(scrambled))).getMessage();
    assertTrue(message.startsWith("not an Ed25519 public key (X.509): "), message);
  }

  @Test
  void write_keyOfAnotherAlgorithm_isRefused() throws NoSuchAlgorithmException {
    KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
    assertEquals(
        "the private key is not an Ed25519 key (it is EdDSA)",
        assertThrows(IllegalArgumentException.class, () -> ReviewKeys.write(ed448, temp.resolve("x"))).getMessage());
    assertEquals("prefix", assertThrows(NullPointerException.class, () -> ReviewKeys.generate(null)).getMessage());
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label + "-----\n";
  }
}
