package org.ybjg.cases.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.cases.casefile.domain.ConcernedDoctor;
import org.ybjg.chassis.domain.Refusal;

/** A decision names the 医保医师 concerned, checked before it is stored. */
class ConcernedDoctorTest {

  @Test
  void trimsAndKeepsTheNamedDoctorsInOrder() {
    List<ConcernedDoctor> checked =
        ConcernedDoctor.checked(
            List.of(
                new ConcernedDoctor(" D1 ", " 张三 ", " 110 "),
                new ConcernedDoctor("D2", "李四", " ")));

    assertThat(checked)
        .containsExactly(
            new ConcernedDoctor("D1", "张三", "110"), new ConcernedDoctor("D2", "李四", null));
    assertThat(checked.get(0).describe()).isEqualTo("张三（编码 110）");
    assertThat(checked.get(1).describe()).isEqualTo("李四");
  }

  @Test
  void noDoctorsIsAnEmptyList() {
    assertThat(ConcernedDoctor.checked(null)).isEmpty();
  }

  @Test
  void aBlankNameIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                ConcernedDoctor.checked(
                    List.of(
                        new ConcernedDoctor("D1", "张三", null),
                        new ConcernedDoctor("D2", "  ", null))))
        .isInstanceOfSatisfying(
            Refusal.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("doctor-incomplete");
              assertThat(refused.field()).isEqualTo("doctors[1].name");
            });
  }

  @Test
  void aBlankIdOrTheSameDoctorTwiceIsRefused() {
    assertThatThrownBy(() -> ConcernedDoctor.checked(List.of(new ConcernedDoctor(" ", "张三", null))))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.field()).isEqualTo("doctors[0].doctorId"));
    assertThatThrownBy(
            () ->
                ConcernedDoctor.checked(
                    List.of(
                        new ConcernedDoctor("D1", "张三", null),
                        new ConcernedDoctor("D1 ", "张三", null))))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("doctor-duplicate"));
  }

  @Test
  void atMostFiftyDoctors() {
    List<ConcernedDoctor> many = new ArrayList<>();
    for (int i = 0; i <= ConcernedDoctor.MAX; i++) {
      many.add(new ConcernedDoctor("D" + i, "医师" + i, null));
    }
    assertThatThrownBy(() -> ConcernedDoctor.checked(many))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("too-many-doctors"));
    assertThat(ConcernedDoctor.checked(many.subList(0, ConcernedDoctor.MAX)))
        .hasSize(ConcernedDoctor.MAX);
  }
}
