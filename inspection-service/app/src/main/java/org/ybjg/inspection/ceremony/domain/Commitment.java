package org.ybjg.inspection.ceremony.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.ybjg.chassis.domain.Refusal;

/**
 * Commit–reveal: SHA-256(secret) is published before the ceremony, the secret is revealed with the
 * seed. The secret is the server's (drawn here, kept private until the ceremony) or the caller's,
 * when the caller supplied only the commitment and enters the secret at the ceremony. Nobody can
 * steer the seed: the secret is fixed before the officials' digits exist, and the digits are
 * unknown to whoever chose the secret.
 */
public final class Commitment {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Commitment() {}

  /** A fresh server secret: 32 random bytes as lower-case hex. */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The published commitment to a secret: SHA-256(secret) as lower-case hex. */
  public static String of(String secret) {
    return Sha256.hex(secret);
  }

  /** Whether {@code text} has the form of a commitment (64 lower-case hex digits). */
  public static boolean isWellFormed(String text) {
    return text != null && text.matches("[0-9a-f]{64}");
  }

  /**
   * Refuses a revealed secret that does not hash to the commitment: nothing may be drawn from it.
   */
  public static void requireRevealed(String secret, String commitment) {
    if (secret == null || !of(secret).equals(commitment)) {
      throw Refusal.rule(
          "secret-mismatch",
          "secret",
          "公开的密钥与事先公布的承诺不符 (SHA-256 of the secret does not match the commitment)");
    }
  }

  /**
   * The secret the ceremony reveals: the caller's exactly when the caller supplied the commitment
   * (it must then be entered now), else the server's own (a secret sent anyway is refused, so
   * nobody believes they chose it).
   *
   * @param callerSecret what the caller entered at the ceremony; blank counts as nothing
   */
  public static String secretToReveal(
      boolean suppliedByCaller, String serverSecret, String callerSecret) {
    boolean entered = callerSecret != null && !callerSecret.isBlank();
    if (suppliedByCaller) {
      if (!entered) {
        throw Refusal.rule(
            "secret-mismatch",
            "secret",
            "须录入与承诺值对应的密钥 (the secret behind the supplied commitment is required)");
      }
      return callerSecret;
    }
    if (entered) {
      throw Refusal.rule(
          "secret-not-expected", "secret", "本次由系统生成密钥，不应提交密钥 (the server holds the secret)");
    }
    return serverSecret;
  }
}
