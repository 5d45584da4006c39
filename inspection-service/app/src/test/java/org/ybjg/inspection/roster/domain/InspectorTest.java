package org.ybjg.inspection.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;

class InspectorTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  private static final Instant NOW = Instant.parse("2025-03-01T02:15:00.123456Z");
  private static final List<String> CITY_EAST = List.of("990102", "990100", "990000");

  @Test
  void shouldRefuseALawEnforcementOfficerWithoutCertificateNumber() {
    // 吕医保发〔2021〕36号 §(四)2 builds the roster of law-enforcement officers (执法人员名录库); only certified
    // officers may enforce (行政处罚法 art. 42)
    var command = command(InspectorRole.LAW_ENFORCEMENT_OFFICER, "  ", null, List.of());

    assertThatThrownBy(() -> register(command))
        .isInstanceOfSatisfying(
            Refusal.class,
            e -> {
              assertThat(e.code()).isEqualTo("certificate-required");
              assertThat(e.field()).isEqualTo("certificateNumber");
            });
  }

  @Test
  void shouldRegisterAnOfficerWithCertificate() {
    Inspector officer =
        register(
            command(
                InspectorRole.LAW_ENFORCEMENT_OFFICER,
                " 99010220230001 ",
                LocalDate.of(2028, 6, 30),
                List.of(Specialty.FINANCE)));

    assertThat(officer.certificateNumber()).isEqualTo("99010220230001");
    assertThat(officer.regionPath()).containsExactly("990102", "990100", "990000");
    assertThat(officer.registeredAt()).isEqualTo(Instant.parse("2025-03-01T02:15:00.123Z"));
    assertThat(officer.version()).isZero();
  }

  @Test
  void shouldRegisterAMedicalExpertWithoutCertificate() {
    // 2023年度省级飞行检查工作方案 §(二): about 8 medical experts (医疗专家) join each flight-check team; they hold
    // no enforcement certificate
    Inspector expert =
        register(command(InspectorRole.MEDICAL_EXPERT, null, null, List.of(Specialty.MEDICAL)));

    assertThat(expert.certificateNumber()).isNull();
    assertThat(expert.role().label()).isEqualTo("医疗专家");
  }

  @Test
  void shouldRefuseAnExpiredCertificate() {
    var command =
        command(
            InspectorRole.LAW_ENFORCEMENT_OFFICER, "99010220230001", TODAY.minusDays(1), List.of());

    assertThatThrownBy(() -> register(command))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.field()).isEqualTo("certificateValidUntil"));
  }

  @Test
  void shouldAcceptACertificateValidUntilToday() {
    assertThat(
            register(command(InspectorRole.LAW_ENFORCEMENT_OFFICER, "C-1", TODAY, List.of()))
                .certificateValidUntil())
        .isEqualTo(TODAY);
  }

  @Test
  void shouldRefuseAValidUntilDateWithoutCertificateNumber() {
    var command = command(InspectorRole.AGENCY_AUDITOR, null, LocalDate.of(2028, 1, 1), List.of());

    assertThatThrownBy(() -> register(command))
        .isInstanceOfSatisfying(
            Refusal.class, e -> assertThat(e.field()).isEqualTo("certificateNumber"));
  }

  @Test
  void shouldKeepSpecialtiesOnceInNaturalOrderWhenThirdParty() {
    // 2023年度省级飞行检查工作方案 §(二): third-party professionals in medicine, drugs, finance and information
    // (医疗、药品、财务、信息)
    Inspector thirdParty =
        register(
            command(
                InspectorRole.THIRD_PARTY,
                null,
                null,
                List.of(Specialty.INFORMATION, Specialty.FINANCE, Specialty.INFORMATION)));

    assertThat(thirdParty.specialties()).containsExactly(Specialty.FINANCE, Specialty.INFORMATION);
    assertThat(thirdParty.specialties().stream().map(Specialty::label)).containsExactly("财务", "信息");
  }

  @Test
  void shouldLabelEveryRoleInChinese() {
    // docs/domain.md#who-and-where: 行政执法人员, 经办稽核人员, 医疗专家, 第三方专业人员 (2023年度省级飞行检查工作方案,
    // 澄江市医保局2024年预算项目文本)
    assertThat(List.of(InspectorRole.values()).stream().map(InspectorRole::label))
        .containsExactly("行政执法人员", "经办稽核人员", "医疗专家", "第三方专业人员");
    assertThat(List.of(Specialty.values()).stream().map(Specialty::label))
        .containsExactly("医疗", "药品", "财务", "信息");
  }

  @Test
  void shouldRefuseABlankName() {
    var blank =
        new RegisterInspectorCommand(
            " ", InspectorRole.MEDICAL_EXPERT, null, null, "990102", null, List.of(), null);

    assertThatThrownBy(() -> register(blank))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  private static RegisterInspectorCommand command(
      InspectorRole role, String certificate, LocalDate validUntil, List<Specialty> specialties) {
    return new RegisterInspectorCommand(
        " 张建国 ", role, certificate, validUntil, "990102", "东江市城东区医疗保障局（演示）", specialties, null);
  }

  private static Inspector register(RegisterInspectorCommand command) {
    return Inspector.register("ins-1", command, CITY_EAST, "province-admin", NOW, TODAY);
  }
}
