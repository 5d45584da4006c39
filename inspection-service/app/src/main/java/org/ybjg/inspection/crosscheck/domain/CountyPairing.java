package org.ybjg.inspection.crosscheck.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.inspection.ceremony.domain.Ceremony;
import org.ybjg.inspection.ceremony.domain.Commitment;
import org.ybjg.inspection.ceremony.domain.Official;

/**
 * A county-to-county cross-check pairing (县际交叉检查) of a city's counties, fixed by lot in a public
 * ceremony. First a commitment = SHA-256(secret) is published (the secret is the server's, or the
 * caller's when the caller supplied the commitment); then officials enter digits and the seed is
 * {@code digits1|digits2|...|secret}; the pairs follow from the seed by {@link Derangement}. Anyone
 * can recompute them from the published record (inspection-service/verifier/Verifier.java).
 *
 * @param regionPath the city and its ancestors, nearest first
 * @param counties the counties paired, sorted by code
 * @param noReciprocal whether two counties may not check each other
 * @param secretSupplied whether the caller holds the secret (else the server generated it)
 * @param secret the secret: the server's from the start (never shown before FIXED); the caller's
 *     once revealed in the ceremony
 * @param ceremony null until fixed; its seed orders the counties
 */
public record CountyPairing(
    String id,
    long version,
    String cityCode,
    List<String> regionPath,
    List<String> counties,
    boolean noReciprocal,
    String commitment,
    boolean secretSupplied,
    String secret,
    PairingStatus status,
    Ceremony ceremony,
    List<Derangement.Ranked> order,
    List<Derangement.Pair> pairs,
    String createdBy,
    Instant createdAt) {

  public CountyPairing {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    counties = counties == null ? List.of() : List.copyOf(counties);
    order = order == null ? List.of() : List.copyOf(order);
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
  }

  /**
   * Publishes the commitment. At least two distinct counties are needed (one county cannot be
   * checked by another of the set); with exactly two, each necessarily checks the other, so {@code
   * noReciprocal} cannot be met (422 {@code reciprocal-unavoidable}).
   *
   * @param suppliedCommitment the caller's SHA-256(secret) in hex, or null for a server secret
   * @param serverSecret the server's fresh secret (ignored when a commitment is supplied)
   */
  public static CountyPairing commit(
      String id,
      String cityCode,
      List<String> regionPath,
      List<String> counties,
      boolean noReciprocal,
      String suppliedCommitment,
      String serverSecret,
      String createdBy,
      Instant now) {
    TreeSet<String> distinct = new TreeSet<>(counties);
    if (distinct.size() != counties.size()) {
      throw Refusal.rule("duplicate-county", "counties", "县级区划不能重复 (a county is listed twice)");
    }
    if (distinct.size() < 2) {
      throw Refusal.rule(
          "too-few-counties",
          "counties",
          "交叉检查至少需要两个县级区划 (a cross-check needs at least two counties)");
    }
    if (noReciprocal && distinct.size() == 2) {
      throw Refusal.rule(
          "reciprocal-unavoidable",
          "noReciprocal",
          "只有两个县时必然互查，无法满足“不互查” (with two counties each must check the other)");
    }
    boolean supplied = suppliedCommitment != null;
    String commitment =
        supplied
            ? suppliedCommitment.toLowerCase(java.util.Locale.ROOT)
            : Commitment.of(serverSecret);
    return new CountyPairing(
        id,
        0,
        cityCode,
        regionPath,
        new ArrayList<>(distinct),
        noReciprocal,
        commitment,
        supplied,
        supplied ? null : serverSecret,
        PairingStatus.COMMITTED,
        null,
        List.of(),
        List.of(),
        createdBy,
        now.truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * Records the ceremony and fixes the pairs: the ceremony's rules ({@link Ceremony#hold}); the
   * caller's secret exactly when the caller supplied the commitment, and it must hash to it. A
   * pairing is fixed once (409 {@code already-fixed}).
   */
  public CountyPairing fix(
      List<Official> officials, String suppliedSecret, String fixedBy, Instant now) {
    if (status == PairingStatus.FIXED) {
      throw Refusal.conflict("already-fixed", "交叉检查已抽定，不能重抽 (the pairing is already fixed)");
    }
    String revealed = Commitment.secretToReveal(secretSupplied, secret, suppliedSecret);
    Ceremony held = Ceremony.hold(officials, revealed, commitment, fixedBy, now);
    List<Derangement.Ranked> ranked = Derangement.order(held.seed(), counties);
    return new CountyPairing(
        id,
        version,
        cityCode,
        regionPath,
        counties,
        noReciprocal,
        commitment,
        secretSupplied,
        revealed,
        PairingStatus.FIXED,
        held,
        ranked,
        Derangement.pairs(ranked),
        createdBy,
        createdAt);
  }

  /** The seed of the ceremony, once fixed. */
  public String seed() {
    return ceremony == null ? null : ceremony.seed();
  }

  /** The secret as it may be shown: only once the pairing is fixed. */
  public String revealedSecret() {
    return status == PairingStatus.FIXED ? secret : null;
  }
}
