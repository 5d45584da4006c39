package org.ybjg.inspection.roster.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.imports.domain.RowError;
import org.ybjg.inspection.roster.domain.InspectorRole;
import org.ybjg.inspection.roster.domain.Specialty;

/** Roster import rows (执法人员名录库, 吕医保发〔2021〕36号 §(四)2) read into single-registration commands. */
class InspectorRowsTest {

  private static RawRow row(String... pairs) {
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return new RawRow(7, fields);
  }

  @Test
  void shouldReadAnOfficerRowWithSpecialtiesInAnySeparator() {
    InspectorRows.Validated read =
        InspectorRows.read(
            row(
                "name",
                " 张建国 ",
                "role",
                "law_enforcement_officer",
                "certificateNumber",
                "99010220230001",
                "certificateValidUntil",
                "2028-06-30",
                "homeCountyCode",
                "990102",
                "employer",
                "东江市城东区医疗保障局（演示）",
                "specialties",
                "finance;MEDICAL、drug"));

    assertThat(read.ok()).isTrue();
    assertThat(read.command().name()).isEqualTo("张建国");
    assertThat(read.command().role()).isEqualTo(InspectorRole.LAW_ENFORCEMENT_OFFICER);
    assertThat(read.command().certificateValidUntil()).isEqualTo(LocalDate.of(2028, 6, 30));
    assertThat(read.command().specialties())
        .containsExactly(Specialty.MEDICAL, Specialty.DRUG, Specialty.FINANCE);
  }

  @Test
  void shouldCarryOnlyTheOptionalFieldsTheRowHasAValueOrAClearMarkFor() {
    InspectorRows.Validated read =
        InspectorRows.read(
            row(
                "name",
                "李敏",
                "role",
                "THIRD_PARTY",
                "homeCountyCode",
                "990105",
                "employer",
                "-",
                "specialties",
                " "));

    assertThat(read.ok()).isTrue();
    assertThat(read.carried()).containsExactly(InspectorRows.Optional.EMPLOYER);
    assertThat(read.command().employer()).isNull();
    assertThat(read.carries(InspectorRows.Optional.SPECIALTIES)).isFalse();
    assertThat(read.carries(InspectorRows.Optional.CERTIFICATE_VALID_UNTIL)).isFalse();
  }

  @Test
  void shouldReportEveryBadFieldOfARowWithItsNumber() {
    InspectorRows.Validated read =
        InspectorRows.read(
            row(
                "role",
                "JANITOR",
                "homeCountyCode",
                "9901",
                "certificateValidUntil",
                "30/06/2028",
                "specialties",
                "LAW"));

    assertThat(read.ok()).isFalse();
    assertThat(read.errors())
        .extracting(RowError::field)
        .containsExactlyInAnyOrder(
            "name", "role", "homeCountyCode", "certificateValidUntil", "specialties");
    assertThat(read.errors()).allMatch(e -> e.row() == 7);
  }

  @Test
  void shouldKeyOfficersByCertificateAndOthersByNameAndEmployerOrHomeCounty() {
    assertThat(RosterKey.of("C1", "张建国", "东江市医保局", "990102"))
        .isEqualTo(RosterKey.of("C1", "张建国（改名）", "别处", "990103"));
    assertThat(RosterKey.of(null, "王医生", "第一人民医院", "990102"))
        .isEqualTo(RosterKey.of(null, "王医生", "第一人民医院", "990103"));
    assertThat(RosterKey.of(null, "王医生", null, "990102"))
        .isNotEqualTo(RosterKey.of(null, "王医生", null, "990103"));
    assertThat(RosterKey.of(null, "王医生", "第一人民医院", "990102").byCertificate()).isFalse();
    assertThat(List.of(RosterKey.of("C1", "a", null, "990102").describe()))
        .containsExactly("证号 C1");
  }
}
