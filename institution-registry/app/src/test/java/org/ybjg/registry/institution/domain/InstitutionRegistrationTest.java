package org.ybjg.registry.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ybjg.registry.institution.domain.InstitutionMother.NOW;
import static org.ybjg.registry.institution.domain.InstitutionMother.TODAY;
import static org.ybjg.registry.institution.domain.InstitutionMother.tertiaryPublicHospitalRegistration;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ybjg.chassis.domain.Refusal;

/**
 * Entry into the directory (入口管理, 承医保发〔2019〕2号 §(二)); levels of designated institutions
 * (docs/domain.md#who-and-where).
 */
class InstitutionRegistrationTest {

  @Test
  void shouldPutAgreementInForceWhenSignedDateGiven() {
    Institution institution =
        Institution.register(
            "i",
            tertiaryPublicHospitalRegistration(LocalDate.of(2024, 1, 1)),
            TODAY,
            NOW,
            "county-admin");

    assertThat(institution.version()).isEqualTo(1);
    assertThat(institution.agreement().state()).isEqualTo(AgreementState.ACTIVE);
    assertThat(institution.agreement().signedOn()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(institution.history())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.kind()).isEqualTo(ChangeKind.REGISTERED);
              assertThat(change.at()).isEqualTo(NOW);
              assertThat(change.by()).isEqualTo("county-admin");
              assertThat(change.detail()).contains("2024-01-01");
            });
    assertThat(institution.creditGrade()).isNull();
  }

  @Test
  void shouldRegisterWithoutAgreementWhenNoSignedDate() {
    Institution institution =
        Institution.register("i", tertiaryPublicHospitalRegistration(null), TODAY, NOW, "x");

    assertThat(institution.agreement().state()).isEqualTo(AgreementState.NONE);
    assertThat(institution.agreement().signedOn()).isNull();
  }

  @Test
  void shouldAcceptAgreementSignedTodayWhenToday() {
    Institution institution =
        Institution.register("i", tertiaryPublicHospitalRegistration(TODAY), TODAY, NOW, "x");

    assertThat(institution.agreement().state()).isEqualTo(AgreementState.ACTIVE);
  }

  @Test
  void shouldRefuseAgreementSignedInFutureWhenRegistering() {
    assertThatThrownBy(
            () ->
                Institution.register(
                    "i", tertiaryPublicHospitalRegistration(TODAY.plusDays(1)), TODAY, NOW, "x"))
        .isInstanceOfSatisfying(
            Refusal.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("signed-in-future");
              assertThat(violation.field()).isEqualTo("agreementSignedOn");
            });
  }

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource({
    "PHARMACY, TERTIARY",
    "PHARMACY, SECONDARY",
    "PHARMACY, PRIMARY",
    "PHARMACY, VILLAGE_CLINIC",
    "MEDICAL_INSTITUTION, OUTPATIENT_COVERAGE",
    "MEDICAL_INSTITUTION, ORDINARY_RETAIL"
  })
  void shouldRefuseLevelWhenItDoesNotFitType(InstitutionType type, InstitutionLevel level) {
    Registration registration =
        new Registration(
            "P1",
            "名称",
            type,
            level,
            Ownership.PRIVATE,
            "990102",
            InstitutionMother.CITY_EAST,
            null,
            null);

    assertThatThrownBy(() -> Institution.register("i", registration, TODAY, NOW, "x"))
        .isInstanceOfSatisfying(
            Refusal.class,
            violation -> {
              assertThat(violation.code()).isEqualTo("level-does-not-fit-type");
              assertThat(violation.field()).isEqualTo("level");
            });
  }

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource({
    "MEDICAL_INSTITUTION, TERTIARY", "MEDICAL_INSTITUTION, SECONDARY",
        "MEDICAL_INSTITUTION, PRIMARY",
    "MEDICAL_INSTITUTION, VILLAGE_CLINIC", "PHARMACY, OUTPATIENT_COVERAGE",
        "PHARMACY, ORDINARY_RETAIL"
  })
  void shouldRegisterWhenLevelFitsType(InstitutionType type, InstitutionLevel level) {
    Registration registration =
        new Registration(
            "P1",
            "名称",
            type,
            level,
            Ownership.PRIVATE,
            "990102",
            InstitutionMother.CITY_EAST,
            null,
            null);

    assertThat(Institution.register("i", registration, TODAY, NOW, "x").level()).isEqualTo(level);
  }

  @Test
  void shouldLabelEveryCodeInChinese() {
    assertThat(InstitutionType.MEDICAL_INSTITUTION.label()).isEqualTo("定点医疗机构");
    assertThat(InstitutionType.PHARMACY.label()).isEqualTo("定点零售药店");
    assertThat(InstitutionLevel.VILLAGE_CLINIC.label()).isEqualTo("村卫生室");
    assertThat(InstitutionLevel.OUTPATIENT_COVERAGE.label()).isEqualTo("门诊保障定点药店");
    assertThat(Ownership.PRIVATE.label()).isEqualTo("民营/个体");
    assertThat(AgreementState.TERMINATED.label()).isEqualTo("已解除");
    for (ChangeKind kind : ChangeKind.values()) {
      assertThat(kind.label()).isNotBlank();
    }
  }
}
