package org.ybjg.inspection.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.inspection.ceremony.domain.Commitment;
import org.ybjg.inspection.ceremony.domain.Official;
import org.ybjg.inspection.directory.domain.DirectoryEntry;

/** The plan's life cycle and its population rules (吕医保发〔2021〕36号 §(三)1). */
class SamplingPlanTest {

  private static final DateRange OCTOBER =
      new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));

  private static PlanDefinition recheck() {
    return new PlanDefinition(
        "复查", PlanKind.RECHECK, "990100", OCTOBER, null, null, null, null, null, null, null, null);
  }

  private static DirectoryEntry entry(
      String id, String type, String level, String state, String amount) {
    return new DirectoryEntry(
        id,
        1,
        "N" + id,
        "机构" + id,
        type,
        level,
        "PUBLIC",
        "990102",
        List.of("990102", "990100", "990000"),
        state,
        null,
        "B",
        Instant.EPOCH,
        amount == null
            ? null
            : new DirectoryEntry.FundPayment(2025, new BigDecimal(amount), null, null, null));
  }

  private static Publication publication(String secret, boolean bureau) {
    return new Publication(
        SamplingPlan.RULE_VERSION,
        Map.of("TERTIARY", List.of("a")),
        Map.of("a", "990102"),
        "h",
        List.of(),
        List.of(),
        List.of(),
        Commitment.of(secret),
        bureau ? null : secret,
        bureau,
        "u",
        Instant.EPOCH);
  }

  // 吕医保发〔2021〕36号 §(三)1: re-check quotas agencies 100 %, tertiary ≥ 50 %, secondary ≥ 30 %, primary
  // ≥ 10 %
  @Test
  void shouldGiveARecheckPlanWithoutStrataTheSeed000Quotas() {
    PlanDefinition d = recheck();
    assertThat(d.strata())
        .extracting(StratumRule::code, StratumRule::percent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TERTIARY", 50),
            org.assertj.core.groups.Tuple.tuple("SECONDARY", 30),
            org.assertj.core.groups.Tuple.tuple("PRIMARY", 10),
            org.assertj.core.groups.Tuple.tuple("AGENCIES", 100));
    assertThat(d.checkOn()).isEqualTo(OCTOBER.from());
    assertThat(d.teamRule().officers()).isEqualTo(2);
    assertThatThrownBy(
            () ->
                new PlanDefinition(
                    "随机",
                    PlanKind.RANDOM,
                    "990100",
                    OCTOBER,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("stratum");
    assertThatThrownBy(
            () ->
                new PlanDefinition(
                    "x",
                    PlanKind.RECHECK,
                    "990100",
                    OCTOBER,
                    LocalDate.of(2026, 11, 1),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void shouldLeaveOutTerminatedAgreementsAndPutEachInstitutionInTheFirstStratumItMatches() {
    PlanDefinition d =
        new PlanDefinition(
            "前30",
            PlanKind.RANDOM,
            "990100",
            OCTOBER,
            null,
            null,
            null,
            List.of(
                new StratumRule(
                    "TOP2", "前2名", List.of("MEDICAL_INSTITUTION"), List.of(), 2, 10, 1, false),
                new StratumRule(
                    "TERTIARY", "三级", List.of(), List.of("TERTIARY"), null, 50, 0, false)),
            null,
            null,
            null,
            null);
    Population.Snapshot s =
        Population.build(
            d,
            List.of(
                entry("a", "MEDICAL_INSTITUTION", "TERTIARY", "ACTIVE", "900.00"),
                entry("b", "MEDICAL_INSTITUTION", "TERTIARY", "SUSPENDED", "500.00"),
                entry("c", "MEDICAL_INSTITUTION", "TERTIARY", "ACTIVE", "100.00"),
                entry("d", "MEDICAL_INSTITUTION", "TERTIARY", "TERMINATED", "99999.00"),
                entry("e", "MEDICAL_INSTITUTION", "SECONDARY", "ACTIVE", null)));
    assertThat(s.strata().get("TOP2")).containsExactly("a", "b");
    assertThat(s.strata().get("TERTIARY")).containsExactly("c");
    assertThat(s.counties()).doesNotContainKeys("d", "e");
  }

  // 吕医保发〔2021〕36号 §(三)1 round 2: "经办机构100%" — every agency in scope, whatever the institution
  // filter says
  @Test
  void shouldTakeEveryHandlingAgencyInScopeIntoTheAgencyStratumOnly() {
    List<DirectoryEntry> agencies =
        List.of(
            Agencies.of("990100", "东江市", List.of("990100", "990000")),
            Agencies.of("990102", "城东区", List.of("990102", "990100", "990000")));
    Population.Snapshot s =
        Population.build(
            recheck(),
            List.of(
                entry("a", "MEDICAL_INSTITUTION", "TERTIARY", "ACTIVE", null),
                entry("b", "MEDICAL_INSTITUTION", "PRIMARY", "ACTIVE", null)),
            agencies);
    assertThat(s.strata().get("AGENCIES")).containsExactly("AGENCY-990100", "AGENCY-990102");
    assertThat(s.strata().get("TERTIARY")).containsExactly("a");
    assertThat(s.counties())
        .containsEntry("AGENCY-990102", "990102")
        .containsEntry("AGENCY-990100", "990100");
    assertThat(
            new StratumRule(
                    "AGENCIES", "经办", List.of(Agencies.TYPE), List.of(), null, 100, 0, false)
                .stratum()
                .quotaFor(2))
        .isEqualTo(2);

    // a stratum of any type means any institution: agencies only where a stratum names their type
    PlanDefinition anyType =
        new PlanDefinition(
            "随机",
            PlanKind.RANDOM,
            "990100",
            OCTOBER,
            null,
            null,
            null,
            List.of(new StratumRule("ALL", "全部", List.of(), List.of(), null, 10, 0, false)),
            null,
            null,
            null,
            null);
    assertThat(
            Population.build(
                    anyType,
                    List.of(entry("a", "MEDICAL_INSTITUTION", "TERTIARY", "ACTIVE", null)),
                    agencies)
                .counties())
        .containsOnlyKeys("a");
    assertThat(Agencies.isAgency("AGENCY-990102")).isTrue();
    assertThat(Agencies.of("990102", "城东区", List.of("990102")).name()).isEqualTo("城东区医疗保障经办机构");
  }

  @Test
  void shouldRefuseChangesAfterPublicationAndASecondDraw() {
    SamplingPlan draft =
        SamplingPlan.draft("p", recheck(), List.of("990100"), "u", Instant.EPOCH, null);
    SamplingPlan published = draft.publish(publication("s3cret", false));
    assertThatThrownBy(() -> published.revise(recheck(), List.of("990100")))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.CONFLICT));
    assertThatThrownBy(() -> published.publish(publication("x", false)))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.CONFLICT));
    assertThatThrownBy(() -> published.drawInput(List.of(), Set.of()))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.CONFLICT));
    SamplingPlan seeded =
        published.fixSeed(
            List.of(new Official("甲", "局长", "42", Instant.EPOCH)), null, "u", Instant.EPOCH);
    assertThat(seeded.ceremony().seed()).isEqualTo("42|s3cret");
    assertThatThrownBy(
            () ->
                seeded.fixSeed(
                    List.of(new Official("甲", "局长", "43", Instant.EPOCH)),
                    null,
                    "u",
                    Instant.EPOCH))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.CONFLICT));
    SamplingPlan drawn = seeded.drawn(null, List.of(), Instant.EPOCH);
    assertThatThrownBy(() -> drawn.drawInput(List.of(), Set.of()))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("once");
  }

  @Test
  void shouldRefuseACeremonyWhenAnOfficialsRoleIsMissing() {
    SamplingPlan published =
        SamplingPlan.draft("p", recheck(), List.of("990100"), "u", Instant.EPOCH, null)
            .publish(publication("s3cret", false));
    assertThatThrownBy(
            () -> published.fixSeed(List.of(new Official("甲", "42")), null, "u", Instant.EPOCH))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.field()).isEqualTo("officials.role"));
  }

  // A seed revealed that does not match its commitment changes nothing
  @Test
  void shouldRefuseABureauSecretThatDoesNotMatchTheCommitment() {
    SamplingPlan published =
        SamplingPlan.draft("p", recheck(), List.of("990100"), "u", Instant.EPOCH, null)
            .publish(publication("bureau-secret", true));
    List<Official> digits = List.of(new Official("甲", "局长", "7", Instant.EPOCH));
    assertThatThrownBy(() -> published.fixSeed(digits, "guess", "u", Instant.EPOCH))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.code()).isEqualTo("secret-mismatch"));
    assertThatThrownBy(() -> published.fixSeed(digits, null, "u", Instant.EPOCH))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.code()).isEqualTo("secret-mismatch"));
    assertThat(published.status()).isEqualTo(PlanStatus.PUBLISHED);
    assertThat(published.fixSeed(digits, "bureau-secret", "u", Instant.EPOCH).ceremony().seed())
        .isEqualTo("7|bureau-secret");
  }
}
