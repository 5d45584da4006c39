package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeyFilesTest {

  @TempDir Path keysDir;

  @Test
  void shouldWriteMatchingPkcs8AndX509PemKeysWhenNoneExist() throws Exception {
    JwtKeyFiles keys = JwtKeyFiles.ensureIn(keysDir);

    assertThat(keys.privateKey()).isEqualTo(keysDir.resolve("jwt-private.pem"));
    assertThat(keys.publicKey()).isEqualTo(keysDir.resolve("jwt-public.pem"));
    PrivateKey privateKey =
        KeyFactory.getInstance("RSA")
            .generatePrivate(new PKCS8EncodedKeySpec(der(keys.privateKey(), "PRIVATE KEY")));
    PublicKey publicKey =
        KeyFactory.getInstance("RSA")
            .generatePublic(new X509EncodedKeySpec(der(keys.publicKey(), "PUBLIC KEY")));
    assertThat(((RSAPublicKey) publicKey).getModulus().bitLength()).isEqualTo(2048);
    assertThat(verifies(sign(privateKey), publicKey)).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.privateKey())))
        .isEqualTo("rw-------");
  }

  @Test
  void shouldKeepExistingKeysWhenCalledAgain() throws Exception {
    JwtKeyFiles first = JwtKeyFiles.ensureIn(keysDir);
    String privatePem = Files.readString(first.privateKey());

    JwtKeyFiles second = JwtKeyFiles.ensureIn(keysDir);

    assertThat(Files.readString(second.privateKey())).isEqualTo(privatePem);
  }

  private static byte[] der(Path pem, String type) throws Exception {
    String text = Files.readString(pem, StandardCharsets.US_ASCII);
    assertThat(text)
        .startsWith("-----BEGIN " + type + "-----\n")
        .endsWith("-----END " + type + "-----\n");
    return Base64.getMimeDecoder()
        .decode(
            text.replace("-----BEGIN " + type + "-----", "")
                .replace("-----END " + type + "-----", ""));
  }

  private static byte[] sign(PrivateKey key) throws Exception {
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(key);
    signature.update("header.payload".getBytes(StandardCharsets.US_ASCII));
    return signature.sign();
  }

  private static boolean verifies(byte[] signed, PublicKey key) throws Exception {
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initVerify(key);
    signature.update("header.payload".getBytes(StandardCharsets.US_ASCII));
    return signature.verify(signed);
  }
}
