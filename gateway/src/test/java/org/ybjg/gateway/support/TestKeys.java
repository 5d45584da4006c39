package org.ybjg.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * A throwaway RSA key pair for the whole test JVM, written as PEM files the way the local platform
 * writes var/keys/ (private PKCS#8, public X.509), plus a second pair the gateway has never heard
 * of.
 */
public final class TestKeys {

  private static final KeyPair TRUSTED = generate();
  private static final KeyPair FOREIGN = generate();
  private static final Path DIRECTORY = writePems();

  private TestKeys() {}

  public static String publicKeyFile() {
    return DIRECTORY.resolve("jwt-public.pem").toString();
  }

  public static String privateKeyFile() {
    return DIRECTORY.resolve("jwt-private.pem").toString();
  }

  public static RSAPublicKey trustedPublic() {
    return (RSAPublicKey) TRUSTED.getPublic();
  }

  static RSAPrivateKey trustedPrivate() {
    return (RSAPrivateKey) TRUSTED.getPrivate();
  }

  static RSAPublicKey foreignPublic() {
    return (RSAPublicKey) FOREIGN.getPublic();
  }

  static RSAPrivateKey foreignPrivate() {
    return (RSAPrivateKey) FOREIGN.getPrivate();
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static Path writePems() {
    try {
      Path directory = Files.createTempDirectory("ybjg-gateway-keys");
      directory.toFile().deleteOnExit();
      write(directory.resolve("jwt-private.pem"), "PRIVATE KEY", TRUSTED.getPrivate().getEncoded());
      write(directory.resolve("jwt-public.pem"), "PUBLIC KEY", TRUSTED.getPublic().getEncoded());
      return directory;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void write(Path file, String label, byte[] der) throws IOException {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    Files.writeString(
        file,
        "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n",
        StandardCharsets.US_ASCII);
    file.toFile().deleteOnExit();
  }
}
