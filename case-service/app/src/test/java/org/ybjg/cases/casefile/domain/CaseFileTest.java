package org.ybjg.cases.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.cases.decision.domain.Decision;
import org.ybjg.cases.decision.domain.DecisionNumber;
import org.ybjg.cases.decision.domain.Measure;
import org.ybjg.cases.decision.domain.MeasureKind;
import org.ybjg.cases.institution.domain.Ownership;

class CaseFileTest {

  private static final List<String> PATH_990102 = List.of("990102", "990100", "990000");
  private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);
  private static final Instant NOW = Instant.parse("2026-02-10T02:15:30Z");

  private final Finding finding = FindingMother.overChargingAtPublicHospital();

  @Test
  void shouldOpenCaseWhenFindingArrives() {
    CaseFile opened = CaseFile.openFrom(finding, null, PATH_990102, TODAY, NOW);

    assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(opened.origin()).isEqualTo(CaseOrigin.INSPECTION_FINDING);
    assertThat(opened.version()).isEqualTo(CaseFile.FIRST_VERSION);
    assertThat(opened.findingId()).isEqualTo("finding-0001");
    assertThat(opened.countyCode()).isEqualTo("990102");
    assertThat(opened.regionPath()).isEqualTo(PATH_990102);
    assertThat(opened.ownership()).isEqualTo(Ownership.PUBLIC);
    assertThat(opened.improperAmount()).isEqualByComparingTo("12800.50");
    assertThat(opened.openedOn()).isEqualTo(TODAY);
    assertThat(opened.decision()).isNull();
    assertThat(opened.history()).containsExactly(new HistoryEntry(HistoryKind.OPENED, NOW, HistoryEntry.SYSTEM));
  }

  @Test
  void shouldDeriveTheSameCaseIdWhenTheSameFindingArrivesAgain() {
    CaseFile first = CaseFile.openFrom(finding, null, PATH_990102, TODAY, NOW);
    CaseFile redelivered = CaseFile.openFrom(finding, null, PATH_990102, TODAY.plusDays(1), NOW.plusSeconds(86400));

    assertThat(redelivered.id()).isEqualTo(first.id()).isEqualTo(CaseFile.idForFinding("finding-0001"));
    assertThat(CaseFile.idForFinding("finding-0002")).isNotEqualTo(first.id());
  }

  /** ARCHITECTURE.md: case reads ownership from the registry; the finding's is the fallback. */
  @Test
  void shouldTakeRegistryOwnershipWhenReplicaKnowsTheInstitution() {
    CaseFile opened = CaseFile.openFrom(finding, Ownership.PRIVATE, PATH_990102, TODAY, NOW);

    assertThat(opened.ownership()).isEqualTo(Ownership.PRIVATE);
  }

  @Test
  void shouldRefuseRegionPathWhenItDoesNotStartWithTheCounty() {
    assertThatThrownBy(() -> CaseFile.openFrom(finding, null, List.of("990103", "990100", "990000"), TODAY, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldBeDecidedWithNewVersionWhenDecisionIssued() {
    CaseFile opened = CaseFile.openFrom(finding, null, PATH_990102, TODAY, NOW);
    Instant later = NOW.plusSeconds(3600);

    CaseFile decided = opened.decide(decision(1), later);

    assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
    assertThat(decided.version()).isEqualTo(opened.version() + 1);
    assertThat(decided.decision().number().text()).isEqualTo("990102医保决〔2026〕1号");
    assertThat(decided.history()).extracting(HistoryEntry::kind)
        .containsExactly(HistoryKind.OPENED, HistoryKind.DECISION_ISSUED);
    assertThat(decided.history().get(1)).isEqualTo(new HistoryEntry(HistoryKind.DECISION_ISSUED, later,
        "county-admin"));
    assertThat(opened.status()).as("the aggregate is immutable").isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void shouldRefuseSecondDecisionWhenCaseIsDecided() {
    CaseFile decided = CaseFile.openFrom(finding, null, PATH_990102, TODAY, NOW).decide(decision(1), NOW);

    assertThatThrownBy(() -> decided.decide(decision(2), NOW))
        .isInstanceOf(CaseAlreadyDecided.class)
        .hasMessageContaining("990102医保决〔2026〕1号");
  }

  private static Decision decision(long sequence) {
    return new Decision(new DecisionNumber("990102", 2026, sequence),
        List.of(new Measure(MeasureKind.SUSPEND_AGREEMENT, 6, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31),
            List.of("骨科"))),
        new BigDecimal("25000.00"), "《医疗保障基金使用监督管理条例》第三十八条", TODAY, "county-admin");
  }
}
