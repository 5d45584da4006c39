package org.ybjg.inspection.sampling.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.ybjg.chassis.domain.Refusal;

/**
 * The draw seed and its commitment (issue #4 §4, the published-seed consistent sampler model).
 *
 * <p>At publication a 32-byte secret is drawn ({@link #newSecret()}, hex) and kept private; only the
 * commitment SHA-256(secret) is published — it can be published before the ceremony because it does
 * not depend on the officials' digits. (A bureau may instead hold the secret offline and supply only
 * its commitment; the secret is then entered at the ceremony.) At the ceremony named officials enter
 * digits in a recorded order and the seed is {@code digits1|digits2|...|secret}; the secret is
 * revealed with the seed, so anyone can check SHA-256(secret) = commitment and recompute the seed.
 * Nobody could steer the draw: the secret was fixed before the digits were known, and the digits were
 * unknown to whoever chose the secret.
 */
public final class Seed {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Seed() {}

  /** A fresh server secret: 32 random bytes as lower-case hex. */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The published commitment to a secret: SHA-256(secret) as hex. */
  public static String commitment(String secret) {
    return Sha256.hex(secret);
  }

  /** Whether {@code text} has the form of a commitment (64 lower-case hex digits). */
  public static boolean isCommitment(String text) {
    return text != null && text.matches("[0-9a-f]{64}");
  }

  /** The seed produced by a ceremony: officials' digits in the recorded order, then the revealed secret. */
  public static String fromCeremony(List<String> officialsDigits, String secret) {
    if (officialsDigits == null || officialsDigits.isEmpty()) {
      throw Refusal.rule("sampling-rule", "ceremony", "at least one official must enter digits");
    }
    for (String d : officialsDigits) {
      if (d == null || !d.matches("[0-9]{1,64}")) {
        throw Refusal.rule("sampling-rule", "ceremony", "an official's entry must be 1 to 64 digits");
      }
    }
    if (secret == null || secret.isBlank()) {
      throw Refusal.rule("sampling-rule", "secret", "the secret is required");
    }
    return String.join("|", officialsDigits) + "|" + secret;
  }

  /** Rejects a revealed secret that does not match what was committed (nothing may be drawn from it). */
  public static void requireMatches(String revealedSecret, String commitment) {
    if (revealedSecret == null || !commitment(revealedSecret).equals(commitment)) {
      throw Refusal.rule("sampling-rule", "secret", "revealed secret does not match the published commitment");
    }
  }

  /** The seed's secret part: what follows the last {@code |}. */
  public static String secretOf(String seed) {
    return seed.substring(seed.lastIndexOf('|') + 1);
  }
}
