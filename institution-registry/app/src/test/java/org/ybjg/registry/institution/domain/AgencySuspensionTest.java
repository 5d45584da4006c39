package org.ybjg.registry.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ybjg.registry.institution.domain.InstitutionMother.NOW;
import static org.ybjg.registry.institution.domain.InstitutionMother.TODAY;
import static org.ybjg.registry.institution.domain.InstitutionMother.tertiaryPublicHospital;
import static org.ybjg.registry.institution.domain.InstitutionMother.withoutAgreement;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;

/**
 * Suspension and reinstatement decided by the agency itself (暂停/恢复医保服务; docs/law.md#regulation art.
 * 38/40: the whole institution or the responsible department for a period), applied province-wide
 * (承医保发〔2019〕2号 §10 一处违规处处受限).
 */
class AgencySuspensionTest {

  private static final LocalDate UNTIL = TODAY.plusMonths(6);

  private static Institution withDepartments() {
    return tertiaryPublicHospital()
        .addDepartment(new Department("GK01", "骨科"), NOW, "county-admin")
        .addDepartment(new Department("JYK", "检验科"), NOW, "county-admin");
  }

  @Test
  void shouldSuspendNamedDepartmentWhileAgreementStaysActiveWhenLawArt38DepartmentScope() {
    Institution after =
        withDepartments()
            .suspendByAgency(
                TODAY, UNTIL, "case-9", "骨科串换项目", List.of("骨科"), TODAY, NOW, "county-admin");

    assertThat(after.agreement().state()).isEqualTo(AgreementState.ACTIVE);
    assertThat(after.agreement().departmentsSuspended()).isTrue();
    assertThat(after.agreement().suspendedDepartments()).containsExactly("骨科");
    assertThat(after.agreement().causeCaseId()).isEqualTo("case-9");
    assertThat(after.lastChange().kind()).isEqualTo(ChangeKind.AGREEMENT_SUSPENDED);
    assertThat(after.lastChange().detail()).contains("骨科").contains("机构服务协议照常履行").contains("全省适用");
  }

  @Test
  void shouldSuspendWholeInstitutionWhenNoDepartmentsNamed() {
    Institution after =
        tertiaryPublicHospital()
            .suspendByAgency(TODAY, UNTIL, null, "拒不配合检查", null, TODAY, NOW, "county-admin");

    assertThat(after.agreement().state()).isEqualTo(AgreementState.SUSPENDED);
    assertThat(after.agreement().suspendedDepartments()).isEmpty();
    assertThat(after.lastChange().detail()).contains("全院");
  }

  @Test
  void shouldRefuseDepartmentNotRegisteredForInstitution() {
    assertThatThrownBy(
            () ->
                withDepartments()
                    .suspendByAgency(
                        TODAY, UNTIL, null, "理由", List.of("眼科"), TODAY, NOW, "county-admin"))
        .isInstanceOfSatisfying(
            Refusal.class,
            v -> {
              assertThat(v.code()).isEqualTo("unknown-department");
              assertThat(v.field()).isEqualTo("departments");
            });
  }

  @Test
  void shouldRefuseDatesOutOfOrderAsARuleRefusalNotAConflict() {
    assertThatThrownBy(
            () ->
                tertiaryPublicHospital()
                    .suspendByAgency(UNTIL, TODAY, null, "理由", null, TODAY, NOW, "county-admin"))
        .isInstanceOfSatisfying(
            Refusal.class,
            v -> {
              assertThat(v.code()).isEqualTo("dates-out-of-order");
              assertThat(v.kind()).isEqualTo(Refusal.Kind.RULE);
            });
  }

  @Test
  void shouldRejectSuspendingWithoutAgreementOrAfterTermination() {
    assertThatThrownBy(
            () ->
                withoutAgreement().suspendByAgency(TODAY, UNTIL, null, "理由", null, TODAY, NOW, "a"))
        .isInstanceOf(AgreementTransitionRejected.class);
    Institution terminated = tertiaryPublicHospital().terminateAgreement(TODAY, "解除", NOW, "a");
    assertThatThrownBy(
            () -> terminated.suspendByAgency(TODAY, UNTIL, null, "理由", null, TODAY, NOW, "a"))
        .isInstanceOf(AgreementTransitionRejected.class);
  }

  @Test
  void shouldWidenToWholeInstitutionWhenWholeSuspensionMergesIntoDepartmentOne() {
    Institution after =
        withDepartments()
            .suspendByAgency(TODAY, UNTIL, "case-1", "骨科", List.of("骨科"), TODAY, NOW, "a")
            .suspendByAgency(TODAY, UNTIL.plusMonths(1), "case-2", "全院", null, TODAY, NOW, "a");

    assertThat(after.agreement().state()).isEqualTo(AgreementState.SUSPENDED);
    assertThat(after.agreement().suspendedDepartments()).isEmpty();
    assertThat(after.agreement().causeCaseId()).isEqualTo("case-2");
  }

  @Test
  void shouldReinstateDepartmentSuspensionAutomaticallyTheDayAfterItsLastDay() {
    Institution suspended =
        withDepartments().suspendByAgency(TODAY, UNTIL, null, "骨科", List.of("骨科"), TODAY, NOW, "a");

    assertThat(suspended.reinstatementDue(UNTIL)).isFalse();
    assertThat(suspended.reinstatementDue(UNTIL.plusDays(1))).isTrue();
    Institution reinstated =
        suspended.reinstateAgreement(UNTIL.plusDays(1), NOW, "system:reinstatement");
    assertThat(reinstated.agreement().state()).isEqualTo(AgreementState.ACTIVE);
    assertThat(reinstated.agreement().suspendedDepartments()).isEmpty();
    assertThat(reinstated.agreement().suspendedFrom()).isNull();
    assertThat(reinstated.lastChange().kind()).isEqualTo(ChangeKind.AGREEMENT_REINSTATED);
  }

  @Test
  void shouldLiftSuspensionEarlyWithReasonAndRefuseWhenNoneOnRecord() {
    Institution suspended =
        tertiaryPublicHospital().suspendByAgency(TODAY, UNTIL, null, "全院", null, TODAY, NOW, "a");

    Institution lifted = suspended.reinstateByAgency("整改到位", NOW, "county-admin");

    assertThat(lifted.agreement().state()).isEqualTo(AgreementState.ACTIVE);
    assertThat(lifted.agreement().suspendedUntil()).isNull();
    assertThat(lifted.lastChange().detail()).contains("整改到位");
    assertThatThrownBy(() -> lifted.reinstateByAgency("再次", NOW, "a"))
        .isInstanceOf(AgreementTransitionRejected.class);
    assertThatThrownBy(() -> suspended.reinstateByAgency(" ", NOW, "a"))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void shouldRefuseDuplicateDepartmentCodeOrName() {
    Institution institution = withDepartments();

    assertThatThrownBy(() -> institution.addDepartment(new Department("GK01", "眼科"), NOW, "a"))
        .isInstanceOf(InstitutionConflict.class);
    assertThatThrownBy(() -> institution.addDepartment(new Department("YK", "骨科"), NOW, "a"))
        .isInstanceOf(InstitutionConflict.class);
    assertThat(institution.departments()).extracting(Department::name).containsExactly("骨科", "检验科");
    assertThat(institution.lastChange().kind()).isEqualTo(ChangeKind.DEPARTMENT_ADDED);
  }
}
