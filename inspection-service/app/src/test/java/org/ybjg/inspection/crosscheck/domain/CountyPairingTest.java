package org.ybjg.inspection.crosscheck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.inspection.ceremony.domain.Official;
import org.ybjg.inspection.ceremony.domain.Sha256;

/**
 * County-to-county cross-checks (县际交叉检查, 吕医保发〔2021〕36号 §(三)1) paired by a seeded, verifiable
 * derangement.
 */
class CountyPairingTest {

  private static final Instant NOW = Instant.parse("2025-09-25T02:00:00Z");
  private static final List<Official> OFFICIALS =
      List.of(new Official("王局长", "31415"), new Official("李科长", "27182"));

  private static CountyPairing committed(List<String> counties, boolean noReciprocal) {
    return CountyPairing.commit(
        "p1",
        "990100",
        List.of("990100", "990000"),
        counties,
        noReciprocal,
        null,
        "server-secret",
        "city-admin",
        NOW);
  }

  @Test
  void shouldNeverLetACountyCheckItselfNorTwoCountiesCheckEachOtherWithThreeOrMore() {
    for (int n = 3; n <= 12; n++) {
      List<String> counties =
          IntStream.range(0, n).mapToObj(i -> String.format("99%04d", 102 + i)).toList();
      for (int s = 0; s < 50; s++) {
        List<Derangement.Pair> pairs = Derangement.pairs(Derangement.order("seed-" + s, counties));
        Map<String, String> inspectorOf = new HashMap<>();
        pairs.forEach(p -> inspectorOf.put(p.inspectedCounty(), p.inspectingCounty()));
        assertThat(inspectorOf).hasSize(n);
        assertThat(inspectorOf.values()).containsExactlyInAnyOrderElementsOf(counties);
        inspectorOf.forEach(
            (inspected, inspecting) -> {
              assertThat(inspecting).isNotEqualTo(inspected);
              assertThat(inspectorOf.get(inspecting)).isNotEqualTo(inspected);
            });
      }
    }
  }

  @Test
  void shouldOrderByTheHashOfSeedAndCodeAndLetEachCountyCheckTheNext() {
    String seed = "31415|27182|server-secret";
    List<Derangement.Ranked> order = Derangement.order(seed, List.of("990102", "990103", "990104"));

    assertThat(order).isSortedAccordingTo(java.util.Comparator.comparing(Derangement.Ranked::key));
    assertThat(order.get(0).key()).isEqualTo(Sha256.hex(seed + order.get(0).countyCode()));
    List<Derangement.Pair> pairs = Derangement.pairs(order);
    assertThat(pairs)
        .contains(
            new Derangement.Pair(order.get(1).countyCode(), order.get(0).countyCode()),
            new Derangement.Pair(order.get(2).countyCode(), order.get(1).countyCode()),
            new Derangement.Pair(order.get(0).countyCode(), order.get(2).countyCode()));
  }

  @Test
  void shouldPublishTheHashOfTheServerSecretAndRevealItOnlyOnceFixed() {
    CountyPairing pairing = committed(List.of("990104", "990102", "990103"), true);

    assertThat(pairing.commitment()).isEqualTo(Sha256.hex("server-secret"));
    assertThat(pairing.counties()).containsExactly("990102", "990103", "990104");
    assertThat(pairing.revealedSecret()).isNull();
    assertThat(pairing.pairs()).isEmpty();

    CountyPairing fixed = pairing.fix(OFFICIALS, null, "city-admin", NOW);
    assertThat(fixed.status()).isEqualTo(PairingStatus.FIXED);
    assertThat(fixed.seed()).isEqualTo("31415|27182|server-secret");
    assertThat(fixed.revealedSecret()).isEqualTo("server-secret");
    assertThat(fixed.pairs())
        .isEqualTo(Derangement.pairs(Derangement.order(fixed.seed(), fixed.counties())));
    assertThatThrownBy(() -> fixed.fix(OFFICIALS, null, "city-admin", NOW))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void shouldRequireTheSecretBehindASuppliedCommitment() {
    CountyPairing pairing =
        CountyPairing.commit(
            "p2",
            "990100",
            List.of("990100"),
            List.of("990102", "990103"),
            false,
            Sha256.hex("bureau-secret").toUpperCase(),
            "ignored",
            "city-admin",
            NOW);

    assertThat(pairing.secretSupplied()).isTrue();
    assertThat(pairing.secret()).isNull();
    assertThat(pairing.commitment()).isEqualTo(Sha256.hex("bureau-secret"));
    assertRule(() -> pairing.fix(OFFICIALS, "wrong", "u", NOW), "secret-mismatch");
    assertRule(() -> pairing.fix(OFFICIALS, null, "u", NOW), "secret-mismatch");
    CountyPairing fixed = pairing.fix(OFFICIALS, "bureau-secret", "u", NOW);
    assertThat(fixed.seed()).isEqualTo("31415|27182|bureau-secret");
    // two counties check each other: allowed when reciprocal pairs are not excluded
    assertThat(fixed.pairs())
        .extracting(Derangement.Pair::inspectingCounty)
        .containsExactly("990103", "990102");
  }

  @Test
  void shouldRefuseImpossibleOrMalformedPairings() {
    assertRule(() -> committed(List.of("990102", "990103"), true), "reciprocal-unavoidable");
    assertRule(() -> committed(List.of("990102"), false), "too-few-counties");
    assertRule(() -> committed(List.of("990102", "990102", "990103"), false), "duplicate-county");
    CountyPairing pairing = committed(List.of("990102", "990103", "990104"), true);
    assertRule(() -> pairing.fix(List.of(), null, "u", NOW), "invalid-ceremony");
    assertRule(
        () -> pairing.fix(List.of(new Official("王局长", "31a")), null, "u", NOW), "invalid-ceremony");
    assertRule(
        () -> pairing.fix(List.of(new Official(" ", "31")), null, "u", NOW), "invalid-ceremony");
    assertRule(() -> pairing.fix(OFFICIALS, "server-secret", "u", NOW), "secret-not-expected");
  }

  private static void assertRule(Runnable action, String type) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo(type));
  }
}
