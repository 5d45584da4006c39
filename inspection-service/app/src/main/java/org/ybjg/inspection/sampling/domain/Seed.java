package org.ybjg.inspection.sampling.domain;

import java.util.List;
import java.util.Objects;

/**
 * The draw seed and its commitment (issue #4 §4, the published-seed consistent sampler model).
 *
 * <p>Before the draw only {@link #commitment(String)} = SHA-256(seed) is published. The seed is fixed
 * in a recorded ceremony: the digits entered by named officials, in order, joined with the server
 * secret ({@code digits1|digits2|...|secret}); once revealed anyone can check it against the
 * commitment.
 */
public final class Seed {

  private Seed() {}

  /** The seed produced by a ceremony: officials' digits in the recorded order, then the server secret. */
  public static String fromCeremony(List<String> officialsDigits, String serverSecret) {
    if (officialsDigits == null || officialsDigits.isEmpty()) {
      throw new SamplingRuleException("ceremony", "at least one official must enter digits");
    }
    for (String d : officialsDigits) {
      if (d == null || !d.matches("[0-9]{1,64}")) {
        throw new SamplingRuleException("ceremony", "an official's entry must be 1 to 64 digits");
      }
    }
    Objects.requireNonNull(serverSecret, "serverSecret");
    return String.join("|", officialsDigits) + "|" + serverSecret;
  }

  public static String commitment(String seed) {
    return Sha256.hex(seed);
  }

  /** Rejects a revealed seed that does not match what was committed (nothing may be drawn from it). */
  public static void requireMatches(String revealedSeed, String commitment) {
    if (revealedSeed == null || !commitment(revealedSeed).equals(commitment)) {
      throw new SamplingRuleException("seed", "revealed seed does not match the published commitment");
    }
  }
}
