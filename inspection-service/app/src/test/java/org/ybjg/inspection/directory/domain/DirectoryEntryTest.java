package org.ybjg.inspection.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ybjg.inspection.testdata.InstitutionMother;

class DirectoryEntryTest {

  private final DirectoryEntry entry = InstitutionMother.hospitalEntry("i-1"); // registry version 3

  @Test
  void shouldSupersedeOnlyWhenTheRegistryVersionIsHigher() {
    assertThat(entry.supersedes(2)).isTrue();
    assertThat(entry.supersedes(3)).as("the same version again changes nothing").isFalse();
    assertThat(entry.supersedes(4)).as("an older message after a newer one is ignored").isFalse();
  }

  @Test
  void shouldBeWithinItsCountyAndEveryAncestorButNoSibling() {
    assertThat(entry.isWithin("990102")).isTrue();
    assertThat(entry.isWithin("990100")).isTrue();
    assertThat(entry.isWithin("990000")).isTrue();
    assertThat(entry.isWithin("990103")).isFalse();
  }

  @Test
  void shouldLabelCodesInChineseWhenKnown() {
    // docs/domain.md#who-and-where (吕医保发〔2021〕36号, 承医保发〔2019〕2号, 2023年度省级飞行检查工作方案): levels
    // 三级/二级/一级, public 公立 versus private 民营/个体
    assertThat(entry.typeLabel()).isEqualTo("定点医疗机构");
    assertThat(entry.levelLabel()).isEqualTo("三级");
    assertThat(entry.ownershipLabel()).isEqualTo("公立");
    assertThat(entry.agreementStateLabel()).isEqualTo("履行中");
    assertThat(InstitutionLevel.OUTPATIENT_COVERAGE.label()).isEqualTo("门诊保障定点药店");
    assertThat(AgreementState.SUSPENDED.label()).isEqualTo("暂停");
    assertThat(AgreementState.TERMINATED.label()).isEqualTo("已解除");
  }

  @Test
  void shouldShowTheCodeAsLabelWhenTheRegistryAddedACodeThisServiceDoesNotKnow() {
    DirectoryEntry withNewLevel =
        new DirectoryEntry(
            "i-2",
            1,
            "N",
            "新机构",
            "MEDICAL_INSTITUTION",
            "SPECIALIST_CENTRE",
            "PUBLIC",
            "990102",
            entry.regionPath(),
            "ACTIVE",
            null,
            null,
            entry.updatedAt());

    assertThat(withNewLevel.levelLabel()).isEqualTo("SPECIALIST_CENTRE");
  }
}
