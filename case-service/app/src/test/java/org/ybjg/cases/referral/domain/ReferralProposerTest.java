package org.ybjg.cases.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ybjg.cases.casefile.domain.FindingCategory;
import org.ybjg.cases.casefile.domain.ReferralTarget;
import org.ybjg.cases.institution.domain.Ownership;

/** Referral proposals by ownership and violation (docs/domain.md#cases). */
class ReferralProposerTest {

  @ParameterizedTest(name = "{6}")
  @CsvSource({
    "PUBLIC,  FRAUD,             false, false, false, '',     DISCIPLINE_INSPECTION, 吕医保发〔2021〕36号 §(三)2: public hospital's typical fraud case → 纪检监察",
    "PRIVATE, FRAUD,             false, false, false, '',     PUBLIC_SECURITY,       吕医保发〔2021〕36号 §(三)2: private hospital/clinic/pharmacy → 公安",
    "PRIVATE, GENERAL_VIOLATION, false, false, false, '',     '',                    an ordinary violation is not referred",
    "PRIVATE, GENERAL_VIOLATION, true,  false, false, '',     PUBLIC_SECURITY,       吕医保发〔2021〕36号 §(三)2: a case marked typical",
    "PUBLIC,  GENERAL_VIOLATION, false, true,  false, '',     JUDICIARY,             2023年度省级飞行检查工作方案 §七(三): suspected crime → 司法机关",
    "PUBLIC,  GENERAL_VIOLATION, false, false, true,  '',     DISCIPLINE_INSPECTION, 2023年度省级飞行检查工作方案 §七(三): party members and state employees → 纪检监察",
    "PUBLIC,  FRAUD,             false, false, true,  '',     DISCIPLINE_INSPECTION, 2023年度省级飞行检查工作方案 §七(三): discipline inspection is proposed once",
    "PRIVATE, FRAUD,             false, true,  false, '',     PUBLIC_SECURITY;JUDICIARY, 吕医保发〔2021〕36号 and 2023年度省级飞行检查工作方案: private fraud suspected of crime",
    "PUBLIC,  MANAGEMENT,        false, false, false, HEALTH, HEALTH_COMMISSION,     黄医保（2024）1号 §五(三), 承医保发〔2019〕2号 §12: 卫生健康部门's matter",
    "PRIVATE, OTHER,             false, false, false, MARKET, MARKET_REGULATION,     黄医保（2024）1号 §五(三), 承医保发〔2019〕2号 §12: 市场监管部门's matter"
  })
  void shouldProposeTheBodiesTheSeedsNameWhenOwnershipAndViolationAreKnown(
      Ownership ownership,
      FindingCategory category,
      boolean typical,
      boolean crime,
      boolean misconduct,
      String department,
      String expected,
      String rule) {
    List<ReferralProposal> proposals =
        ReferralProposer.propose(
            ownership,
            category,
            typical,
            crime,
            misconduct,
            department.isBlank() ? null : OtherDepartment.valueOf(department));

    List<ReferralTarget> targets =
        expected.isBlank()
            ? List.of()
            : Arrays.stream(expected.split(";")).map(ReferralTarget::valueOf).toList();
    assertThat(proposals)
        .as(rule)
        .extracting(ReferralProposal::target)
        .containsExactlyElementsOf(targets);
    assertThat(proposals)
        .allSatisfy(
            p ->
                assertThat(p.source())
                    .matches("^(吕医保发〔2021〕36号|2023年度省级飞行检查工作方案|黄医保（2024）1号) §.+"));
  }
}
