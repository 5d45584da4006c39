package org.ybjg.cases.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ybjg.cases.casefile.domain.FindingCategory;
import org.ybjg.cases.casefile.domain.Referral;
import org.ybjg.cases.casefile.domain.ReferralTarget;
import org.ybjg.cases.institution.domain.Ownership;

/** Referral proposals by ownership and violation (DOMAIN.md §4). */
class ReferralProposerTest {

  @ParameterizedTest(name = "{6}")
  @CsvSource({
      "PUBLIC,  FRAUD,             false, false, false, '',     DISCIPLINE_INSPECTION, seed 000 §(三)2: public hospital's typical fraud case → 纪检监察",
      "PRIVATE, FRAUD,             false, false, false, '',     PUBLIC_SECURITY,       seed 000 §(三)2: private hospital/clinic/pharmacy → 公安",
      "PRIVATE, GENERAL_VIOLATION, false, false, false, '',     '',                    an ordinary violation is not referred",
      "PRIVATE, GENERAL_VIOLATION, true,  false, false, '',     PUBLIC_SECURITY,       seed 000 §(三)2: a case marked typical",
      "PUBLIC,  GENERAL_VIOLATION, false, true,  false, '',     JUDICIARY,             seed 002 §七(三): suspected crime → 司法机关",
      "PUBLIC,  GENERAL_VIOLATION, false, false, true,  '',     DISCIPLINE_INSPECTION, seed 002 §七(三): party members and state employees → 纪检监察",
      "PUBLIC,  FRAUD,             false, false, true,  '',     DISCIPLINE_INSPECTION, seed 002 §七(三): discipline inspection is proposed once",
      "PRIVATE, FRAUD,             false, true,  false, '',     PUBLIC_SECURITY;JUDICIARY, seed 000 + 002: private fraud suspected of crime",
      "PUBLIC,  MANAGEMENT,        false, false, false, HEALTH, HEALTH_COMMISSION,     seed 003 §五(三), 001 §12: 卫生健康部门's matter",
      "PRIVATE, OTHER,             false, false, false, MARKET, MARKET_REGULATION,     seed 003 §五(三), 001 §12: 市场监管部门's matter"
  })
  void shouldProposeTheBodiesTheSeedsNameWhenOwnershipAndViolationAreKnown(Ownership ownership,
      FindingCategory category, boolean typical, boolean crime, boolean misconduct, String department,
      String expected, String rule) {
    List<ReferralProposal> proposals = ReferralProposer.propose(ownership, category, typical, crime, misconduct,
        department.isBlank() ? null : OtherDepartment.valueOf(department));

    List<ReferralTarget> targets = expected.isBlank() ? List.of()
        : Arrays.stream(expected.split(";")).map(ReferralTarget::valueOf).toList();
    assertThat(proposals).as(rule).extracting(ReferralProposal::target).containsExactlyElementsOf(targets);
    assertThat(proposals).allSatisfy(p -> assertThat(p.source()).startsWith("种子文件"));
  }
}
