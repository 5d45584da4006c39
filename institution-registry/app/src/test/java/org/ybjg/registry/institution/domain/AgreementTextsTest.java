package org.ybjg.registry.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ybjg.registry.institution.domain.InstitutionMother.NOW;
import static org.ybjg.registry.institution.domain.InstitutionMother.TODAY;
import static org.ybjg.registry.institution.domain.InstitutionMother.decision;
import static org.ybjg.registry.institution.domain.InstitutionMother.suspend;
import static org.ybjg.registry.institution.domain.InstitutionMother.tertiaryPublicHospital;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The history texts of agreement transitions, word for word: a decision's and the agency's
 * suspension are read side by side on the public notice and in the history, so they must keep one
 * wording (docs/domain.md#registry).
 */
class AgreementTextsTest {

  private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
  private static final LocalDate DECEMBER_31 = LocalDate.of(2025, 12, 31);

  @Test
  void shouldTellWhenSuspensionTakesEffectWhenDecidedForALaterStart() {
    PenaltyDecision decision = decision("case-1", suspend(JULY_1, DECEMBER_31));

    Institution scheduled = tertiaryPublicHospital().apply(decision, NOW).after();

    assertThat(scheduled.lastChange().detail())
        .isEqualTo(
            "依据处理决定 "
                + decision.decisionNumber()
                + " 暂停全院医保服务 2025-07-01 至 2025-12-31；暂停自 2025-07-01 起生效，此前协议照常履行（全省适用，一处违规处处受限）");
    assertThat(scheduled.startScheduledSuspension(JULY_1, NOW, "system").lastChange().detail())
        .isEqualTo("暂停全院医保服务开始执行（2025-07-01 至 2025-12-31，全省适用，一处违规处处受限）");
  }

  @Test
  void shouldTellHowSuspensionsMergedWhenAgencySuspendsAnotherDepartment() {
    Institution first =
        tertiaryPublicHospital()
            .addDepartment(new Department("GK01", "骨科"), NOW, "county-admin")
            .addDepartment(new Department("JYK", "检验科"), NOW, "county-admin")
            .suspendByAgency(
                TODAY,
                DECEMBER_31,
                "case-9",
                " 骨科串换项目 ",
                List.of("骨科"),
                TODAY,
                NOW,
                "county-admin");

    Institution merged =
        first.suspendByAgency(
            JULY_1,
            LocalDate.of(2026, 1, 31),
            "case-10",
            "再犯",
            List.of("检验科"),
            TODAY,
            NOW,
            "county-admin");

    assertThat(first.lastChange().detail())
        .isEqualTo("经办机构暂停骨科医保服务 2025-06-15 至 2025-12-31：骨科串换项目；机构服务协议照常履行（全省适用，一处违规处处受限）");
    assertThat(merged.lastChange().detail())
        .isEqualTo(
            "经办机构暂停检验科医保服务 2025-07-01 至 2026-01-31：再犯"
                + "；与已决定的暂停合并，暂停 2025-06-15 至 2026-01-31；机构服务协议照常履行（全省适用，一处违规处处受限）");
    assertThat(merged.reinstateByAgency(" 整改到位 ", NOW, "county-admin").lastChange().detail())
        .isEqualTo("经办机构提前恢复骨科、检验科医保服务：整改到位（全省适用）");
  }

  @Test
  void shouldTellWhoTerminatedWhenDecisionOrAgencyTerminates() {
    PenaltyDecision decision = decision("case-t");

    assertThat(
            tertiaryPublicHospital().terminateAgreement(TODAY, decision, NOW).lastChange().detail())
        .isEqualTo("依据处理决定 " + decision.decisionNumber() + " 自 2025-06-15 解除服务协议（全省适用，一处违规处处受限）");
    assertThat(
            tertiaryPublicHospital()
                .terminateAgreement(TODAY, "拒不整改", NOW, "county-admin")
                .lastChange()
                .detail())
        .isEqualTo("自 2025-06-15 解除服务协议：拒不整改（全省适用，一处违规处处受限）");
  }
}
