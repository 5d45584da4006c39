package org.ybjg.local.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The RS256 key pair of the local profile (conventions: {@code var/keys/jwt-private.pem} in PKCS#8
 * and {@code var/keys/jwt-public.pem} in X.509 SubjectPublicKeyInfo, both PEM). The gateway signs
 * demo tokens with the private key; every process validates them with the public key.
 */
public record JwtKeyFiles(Path privateKey, Path publicKey) {

  public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
  public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

  private static final int KEY_SIZE = 2048;

  /**
   * Keeps an existing pair, so tokens issued before a restart stay valid; generates one if either
   * file is missing.
   */
  public static JwtKeyFiles ensureIn(Path keysDir) {
    JwtKeyFiles files =
        new JwtKeyFiles(keysDir.resolve(PRIVATE_KEY_FILE), keysDir.resolve(PUBLIC_KEY_FILE));
    if (Files.isRegularFile(files.privateKey) && Files.isRegularFile(files.publicKey)) {
      return files;
    }
    try {
      Files.createDirectories(keysDir);
      KeyPair pair = generate();
      writePrivate(files.privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
      Files.writeString(
          files.publicKey,
          pem("PUBLIC KEY", pair.getPublic().getEncoded()),
          StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the JWT key pair to " + keysDir, e);
    }
    return files;
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_SIZE);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JDK cannot generate RSA keys", e);
    }
  }

  /**
   * The JDK encodes RSA private keys as PKCS#8 and public keys as X.509, which is what PEM
   * "PRIVATE/PUBLIC KEY" hold.
   */
  private static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static void writePrivate(Path file, String pem) throws IOException {
    Files.deleteIfExists(file);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      // Readable by the owner only, like ssh-keygen does.
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(file, pem, StandardCharsets.US_ASCII);
  }
}
