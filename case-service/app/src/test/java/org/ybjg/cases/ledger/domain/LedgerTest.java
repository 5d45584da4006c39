package org.ybjg.cases.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.FindingMother;
import org.ybjg.cases.casefile.domain.LedgerReason;
import org.ybjg.cases.casefile.domain.ProcedureRules;
import org.ybjg.cases.casefile.domain.ProcedureRulesMother;
import org.ybjg.cases.casefile.domain.Step;
import org.ybjg.cases.casefile.domain.StepAction;
import org.ybjg.cases.casefile.domain.TransitionNotAllowed;
import org.ybjg.chassis.domain.Refusal;

/**
 * 吕医保发〔2021〕36号 §(三)3 (清零行动): every open problem with its reason; the report counts what is
 * cleared.
 */
class LedgerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 4, 20);
  private final ProcedureRules rules = ProcedureRulesMother.on(TODAY);

  @Test
  void shouldCountClearedAndListOpenProblemsOldestFirstWithTheirReasons() {
    CaseFile inCourt =
        open("f-1", LocalDate.of(2026, 2, 9))
            .noteForLedger(
                LedgerReason.IN_JUDICIAL_PROCEEDINGS, "已移送公安(演示)", "county-admin", rules);
    CaseFile unexplained = open("f-2", LocalDate.of(2026, 3, 2));
    CaseFile cleared =
        open("f-3", LocalDate.of(2026, 1, 5))
            .take(
                Step.of(StepAction.DECLINE, TODAY, "county-admin").withReason("不构成违法(演示)"), rules);

    Ledger ledger =
        Ledger.of(List.of(unexplained, cleared, inCourt), LocalDate.of(2026, 4, 30), TODAY);

    assertThat(ledger.total()).isEqualTo(3);
    assertThat(ledger.cleared()).isEqualTo(1);
    assertThat(ledger.open()).extracting(CaseFile::findingId).containsExactly("f-1", "f-2");
    assertThat(ledger.openWithoutReason()).isEqualTo(1);
    assertThat(ledger.daysLeft()).isEqualTo(10);
    assertThat(inCourt.ledgerNote().reason().label()).isEqualTo("进入司法程序");
  }

  @Test
  void shouldRefuseANoteOnAClearedProblemAndAnOtherReasonWithoutText() {
    CaseFile cleared =
        open("f-3", LocalDate.of(2026, 1, 5))
            .take(
                Step.of(StepAction.DECLINE, TODAY, "county-admin").withReason("不构成违法(演示)"), rules);

    assertThatThrownBy(() -> cleared.noteForLedger(LedgerReason.OTHER, "x", "county-admin", rules))
        .isInstanceOf(TransitionNotAllowed.class);
    assertThatThrownBy(
            () -> open("f-4", TODAY).noteForLedger(LedgerReason.OTHER, " ", "county-admin", rules))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("note-required"));
  }

  private CaseFile open(String findingId, LocalDate openedOn) {
    var f = FindingMother.overChargingAtPublicHospital();
    var finding =
        new org.ybjg.cases.casefile.domain.Finding(
            findingId,
            f.institutionId(),
            f.institutionName(),
            f.ownership(),
            f.countyCode(),
            f.category(),
            f.improperAmount(),
            openedOn);
    return CaseFile.openFrom(
        finding, null, List.of("990102", "990100", "990000"), ProcedureRulesMother.on(openedOn));
  }
}
