package org.ybjg.cases.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;

/** A typical case is published without personal data (《中华人民共和国个人信息保护法》). */
class CaseExposureTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  @Test
  void shouldRefuseASummaryNamingAWhistleblowerOrHoldingANumberInAnyNotation() {
    for (String summary :
        List.of("经举报人李 四反映，该院串换项目收费", "联系电话＋８６ １３９ １２３４ ５６７８", "身份证 110105 19491231 002X")) {
      assertThatThrownBy(() -> CaseExposure.publish(summary, List.of("李四"), DAY, "city-admin"))
          .as(summary)
          .isInstanceOfSatisfying(
              Refusal.class, r -> assertThat(r.code()).isEqualTo("personal-data"));
    }
  }

  @Test
  void shouldPublishAnOrdinarySummaryStripped() {
    CaseExposure exposure =
        CaseExposure.publish(" 某医院串换项目收费 186000.00 元，罚款 2 倍 ", List.of("李四"), DAY, "city-admin");
    assertThat(exposure.summary()).isEqualTo("某医院串换项目收费 186000.00 元，罚款 2 倍");
  }
}
