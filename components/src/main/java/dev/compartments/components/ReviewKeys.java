package dev.compartments.components;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 key pairs for review sign-offs (DESIGN.md section 8), with the JDK's own provider: no
 * other crypto library. Stateless and thread-safe.
 *
 * <p>A key pair lives in two PEM files beside each other: {@code <prefix>.key}, the private key as
 * PKCS#8 under the label {@code PRIVATE KEY} (owner-only when the file system has POSIX
 * permissions), and {@code <prefix>.pub}, the public key as X.509 under {@code PUBLIC KEY}. In JSON
 * (reviews, panels) a public key is the base64 of its X.509 encoding, always 44 bytes for Ed25519;
 * for display it is named by its {@link #fingerprint}.
 *
 * <p>Entry points: {@link #generate(Path)}, {@link #readPrivateKey}, {@link #readPublicKey}, {@link
 * #fingerprint}, {@link #decodePublicKey}.
 */
public final class ReviewKeys {
  /** The signature algorithm, as the JDK names it. */
  public static final String ALGORITHM = "Ed25519";

  /** The length of an Ed25519 public key's X.509 encoding: 12 bytes of header, 32 of key. */
  static final int X509_LENGTH = 44;

  private static final String PRIVATE_LABEL = "PRIVATE KEY";
  private static final String PUBLIC_LABEL = "PUBLIC KEY";
  private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

  private ReviewKeys() {}

  /** A fresh Ed25519 key pair, kept in memory only. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK from 15 has Ed25519", e);
    }
  }

  /**
   * Generates a key pair and writes it to {@code <prefix>.key} and {@code <prefix>.pub}, as {@link
   * #write} does.
   *
   * @return the pair written
   * @throws IllegalArgumentException if either file already exists or cannot be written
   */
  public static KeyPair generate(Path prefix) {
    Objects.requireNonNull(prefix, "prefix");
    KeyPair pair = generate();
    write(pair, prefix);
    return pair;
  }

  /**
   * Writes {@code pair} to {@code <prefix>.key} (PEM {@code PRIVATE KEY}, PKCS#8, owner-only where
   * the file system supports POSIX permissions) and {@code <prefix>.pub} (PEM {@code PUBLIC KEY},
   * X.509). Each file is written to a temporary file first and then moved into place, so a reader
   * never sees half a key.
   *
   * @throws IllegalArgumentException if the pair is not Ed25519, if either file already exists (an
   *     existing key is never overwritten), or if a file cannot be written
   */
  public static void write(KeyPair pair, Path prefix) {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(prefix, "prefix");
    requireEd25519(pair.getPrivate(), "the private key");
    requireEd25519(pair.getPublic(), "the public key");
    Path privateFile = privateKeyFile(prefix);
    Path publicFile = publicKeyFile(prefix);
    for (Path file : new Path[] {privateFile, publicFile}) {
      if (Files.exists(file)) {
        throw new IllegalArgumentException(file + ": already exists; refusing to overwrite a key");
      }
    }
    writeAtomically(privateFile, pem(PRIVATE_LABEL, pair.getPrivate().getEncoded()), OWNER_ONLY, false);
    writeAtomically(publicFile, pem(PUBLIC_LABEL, pair.getPublic().getEncoded()), READABLE, false);
  }

  /** {@code <prefix>.key}: where {@link #write} puts the private key. */
  public static Path privateKeyFile(Path prefix) {
    return sibling(prefix, ".key");
  }

  /** {@code <prefix>.pub}: where {@link #write} puts the public key. */
  public static Path publicKeyFile(Path prefix) {
    return sibling(prefix, ".pub");
  }

  /**
   * Reads an Ed25519 private key from a PEM {@code PRIVATE KEY} (PKCS#8) file.
   *
   * @throws IllegalArgumentException starting with the file: missing, not PEM, another PEM label
   *     (such as a public key), or not an Ed25519 key
   */
  public static PrivateKey readPrivateKey(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] der = readPem(file, PRIVATE_LABEL);
    try {
      PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
      requireEd25519(key, file.toString());
      return key;
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException(file + ": not an Ed25519 private key (PKCS#8): " + reason(e), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK from 15 has Ed25519", e);
    }
  }

  /**
   * Reads an Ed25519 public key from a PEM {@code PUBLIC KEY} (X.509) file.
   *
   * @throws IllegalArgumentException starting with the file: missing, not PEM, another PEM label
   *     (such as a private key), or not an Ed25519 key
   */
  public static PublicKey readPublicKey(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] der = readPem(file, PUBLIC_LABEL);
    try {
      return decodePublicKey(der);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The fingerprint that names a public key in file names and messages: the first 16 lowercase hex
   * digits of the SHA-256 of its X.509 encoding.
   */
  public static String fingerprint(PublicKey key) {
    Objects.requireNonNull(key, "key");
    return fingerprint(key.getEncoded());
  }

  static String fingerprint(byte[] x509) {
    return CanonicalJson.sha256(x509).substring(0, 16);
  }

  /** The base64 of {@code key}'s X.509 encoding: how reviews and panels write a public key. */
  public static String encode(PublicKey key) {
    Objects.requireNonNull(key, "key");
    requireEd25519(key, "the key");
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /**
   * Decodes a public key written by {@link #encode}.
   *
   * @throws IllegalArgumentException saying what is wrong: not base64, not 44 bytes, or not an
   *     Ed25519 X.509 public key
   */
  public static PublicKey decodePublicKey(String base64) {
    Objects.requireNonNull(base64, "base64");
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the key is not base64: " + e.getMessage(), e);
    }
    return decodePublicKey(der);
  }

  private static PublicKey decodePublicKey(byte[] der) {
    if (der.length != X509_LENGTH) {
      throw new IllegalArgumentException(
          "not an Ed25519 public key: it is " + der.length + " bytes; an Ed25519 public key in X.509 is " + X509_LENGTH + " bytes");
    }
    PublicKey key;
    try {
      key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException("not an Ed25519 public key (X.509): " + reason(e), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK from 15 has Ed25519", e);
    }
    // The JDK's parser accepts some non-canonical encodings; a key has exactly one spelling here.
    if (!Arrays.equals(key.getEncoded(), der)) {
      throw new IllegalArgumentException("not an Ed25519 public key (X.509): the encoding is not canonical");
    }
    requireEd25519(key, "the key");
    return key;
  }

  /** Whether {@code key} is an Ed25519 key (not Ed448, RSA, ...). */
  static boolean isEd25519(Key key) {
    return key instanceof EdECKey ed && ALGORITHM.equalsIgnoreCase(ed.getParams().getName());
  }

  static void requireEd25519(Key key, String what) {
    if (!isEd25519(key)) {
      throw new IllegalArgumentException(what + " is not an Ed25519 key (it is " + key.getAlgorithm() + ")");
    }
  }

  private static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  private static byte[] readPem(Path file, String label) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
    }
    Matcher begin = BEGIN.matcher(text);
    if (!begin.find()) {
      throw new IllegalArgumentException(file + ": not a PEM file: expected a line -----BEGIN " + label + "-----");
    }
    String found = begin.group(1);
    if (!found.equals(label)) {
      String hint = found.equals(PUBLIC_LABEL) ? " (a .pub file; the private key is in the .key file)"
          : found.equals(PRIVATE_LABEL) ? " (a .key file; the public key is in the .pub file)" : "";
      throw new IllegalArgumentException(
          file + ": expected a PEM \"" + label + "\", found \"" + found + "\"" + hint);
    }
    String end = "-----END " + label + "-----";
    int endAt = text.indexOf(end, begin.end());
    if (endAt < 0) {
      throw new IllegalArgumentException(file + ": the PEM \"" + label + "\" has no line " + end);
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(begin.end(), endAt).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": the PEM body is not base64: " + e.getMessage(), e);
    }
  }

  private static String reason(GeneralSecurityException e) {
    // The JDK wraps the parser's InvalidKeyException; its message is the one that says why.
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static Path sibling(Path prefix, String suffix) {
    Objects.requireNonNull(prefix, "prefix");
    Path name = prefix.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("prefix " + prefix + " has no file name; expected a path such as keys/alice");
    }
    return prefix.resolveSibling(name + suffix);
  }

  /**
   * Puts the complete file {@code temp} at {@code target} unless {@code target} exists. A hard link
   * does that atomically (two writers cannot both win); where links are not supported, a check
   * followed by a move.
   */
  private static void createWithoutReplacing(Path temp, Path target) throws IOException {
    try {
      Files.createLink(target, temp);
      return;
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      // No hard links here (FAT, some network file systems): fall back to check-then-move.
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Files.move(temp, target);
  }

  /**
   * Writes {@code text} in UTF-8 to a temporary file beside {@code target}, with {@code
   * permissions} where the file system supports POSIX permissions, then moves it onto {@code
   * target} atomically: a reader sees the old file or the whole new one, never a part. With {@code
   * replace} false, an existing target is left alone and refused.
   *
   * @throws IllegalArgumentException naming {@code target} if it cannot be written
   */
  static void writeAtomically(Path target, String text, Set<PosixFilePermission> permissions, boolean replace) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, ".tmp-", ".part");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      if (replace) {
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        temp = null;
      } else {
        createWithoutReplacing(temp, target);
      }
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException(target + ": already exists", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(target + ": cannot write: " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // Best effort: the temporary file is named .tmp-*.part and readers skip it.
        }
      }
    }
  }
}
