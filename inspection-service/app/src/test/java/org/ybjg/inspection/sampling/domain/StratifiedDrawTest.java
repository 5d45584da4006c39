package org.ybjg.inspection.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StratifiedDrawTest {

  private static List<String> ids(String prefix, int n) {
    return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
  }

  // 吕医保发〔2021〕36号 §(三): level quotas tertiary ≥ 50 %, secondary ≥ 30 %, primary ≥ 10 %; quotas
  // round up
  @Test
  void shouldRoundQuotasUpWhenPercentOfStratumIsFractional() {
    var strata =
        List.of(
            new Stratum("TERTIARY", 50, 0),
            new Stratum("SECONDARY", 30, 0),
            new Stratum("PRIMARY", 10, 0));
    var result =
        StratifiedDraw.draw(
            "seed",
            strata,
            Map.of("TERTIARY", ids("t", 3), "SECONDARY", ids("s", 7), "PRIMARY", ids("p", 11)),
            Set.of(),
            Set.of());
    assertThat(result).extracting(StratifiedDraw.StratumResult::quota).containsExactly(2, 3, 2);
    assertThat(result).allSatisfy(r -> assertThat(r.selected()).hasSize(r.quota()));
  }

  @Test
  void shouldBeDeterministicAndOrderedByHashOfSeedAndIdWhenDrawnTwice() {
    var strata = List.of(new Stratum("A", 20, 0));
    var pop = Map.of("A", ids("i", 100));
    var first = StratifiedDraw.draw("12|34|secret", strata, pop, Set.of(), Set.of());
    var second = StratifiedDraw.draw("12|34|secret", strata, pop, Set.of(), Set.of());
    assertThat(first).isEqualTo(second);
    var keys =
        first.get(0).selected().stream().map(id -> StratifiedDraw.key("12|34|secret", id)).toList();
    assertThat(keys).isSorted();
    var other = StratifiedDraw.draw("other", strata, pop, Set.of(), Set.of());
    assertThat(other.get(0).selected()).isNotEqualTo(first.get(0).selected());
  }

  // A stratum smaller than its quota is taken whole and reported
  @Test
  void shouldTakeStratumWholeAndReportShortfallWhenSmallerThanMinimum() {
    var result =
        StratifiedDraw.draw(
            "s",
            List.of(new Stratum("TOP30", 10, 30)),
            Map.of("TOP30", ids("x", 12)),
            Set.of(),
            Set.of());
    assertThat(result.get(0).selected()).hasSize(12);
    assertThat(result.get(0).shortfall()).isEqualTo(18);
  }

  // Forced inclusions (tip-offs) count toward the quota; exclusions never drawn
  @Test
  void shouldIncludeForcedAndSkipExcludedWhenDrawing() {
    var result =
        StratifiedDraw.draw(
            "s",
            List.of(new Stratum("A", 10, 0)),
            Map.of("A", ids("a", 20)),
            Set.of("a5"),
            Set.of("a1", "a2", "a3"));
    assertThat(result.get(0).selected())
        .hasSize(2)
        .startsWith("a5")
        .doesNotContain("a1", "a2", "a3");
    assertThat(result.get(0).population()).isEqualTo(17);
  }

  // the 64-bit prefix ordering must equal the published hex ordering that Verifier.java uses
  @Test
  void shouldOrderCandidatesExactlyAsTheirHexKeysSort() {
    List<String> ids = ids("x", 500);
    List<String> byHex =
        ids.stream()
            .sorted(java.util.Comparator.comparing((String id) -> StratifiedDraw.key("seed-1", id)))
            .toList();
    assertThat(StratifiedDraw.ordered("seed-1", ids)).containsExactlyElementsOf(byHex);
    assertThat(StratifiedDraw.ordered("seed-1", ids, 7))
        .containsExactlyElementsOf(byHex.subList(0, 7));
  }

  @Test
  void shouldHashPopulationIndependentlyOfOrderWhenSnapshotIsPublished() {
    assertThat(StratifiedDraw.populationHash(Map.of("A", List.of("b", "a"))))
        .isEqualTo(StratifiedDraw.populationHash(Map.of("A", List.of("a", "b"))));
  }

  // docs/law.md#double-random: sampling frequency may follow credit grade — a heavier weight is
  // drawn more often
  @Test
  void shouldDrawHeavierWeightedInstitutionsMoreOftenAndDeterministically() {
    List<String> ids = ids("x", 2000);
    Map<String, Integer> weights = new java.util.HashMap<>();
    ids.subList(0, 1000).forEach(id -> weights.put(id, 10));
    var a =
        StratifiedDraw.draw(
            "seed-w",
            List.of(new Stratum("A", 10, 0)),
            Map.of("A", ids),
            Set.of(),
            Set.of(),
            weights);
    var b =
        StratifiedDraw.draw(
            "seed-w",
            List.of(new Stratum("A", 10, 0)),
            Map.of("A", ids),
            Set.of(),
            Set.of(),
            weights);
    assertThat(a).isEqualTo(b);
    Set<String> heavy = Set.copyOf(ids.subList(0, 1000));
    long drawnHeavy = a.get(0).selected().stream().filter(heavy::contains).count();
    assertThat(a.get(0).selected()).hasSize(200);
    assertThat(drawnHeavy).isGreaterThan(150);
  }
}
