package org.ybjg.local.platform.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DemoProvinceTest {

  private static final Set<String> COUNTY_CODES =
      Set.of(
          "990102", "990103", "990104", "990105", "990202", "990203", "990204", "990205", "990302",
          "990303", "990304", "990305", "999001");

  private final DemoProvince province = DemoProvince.generate();
  private final List<DemoInstitution> institutions = province.institutions();
  private final List<DemoInspector> inspectors = province.inspectors();

  @Test
  void shouldUseTheDemoProvinceCountiesWhenDefined() {
    assertThat(DemoProvince.COUNTIES)
        .extracting(DemoCounty::code)
        .containsExactlyInAnyOrderElementsOf(COUNTY_CODES);
  }

  @Test
  void shouldGenerateAboutThreeThousandInstitutionsWithRealisticSharesWhenGenerated() {
    Map<InstitutionLevel, Long> perLevel = countBy(institutions, DemoInstitution::level);

    assertThat(institutions).hasSizeBetween(2800, 3300);
    assertThat(perLevel.keySet()).containsExactlyInAnyOrder(InstitutionLevel.values());
    assertThat(perLevel.get(InstitutionLevel.TERTIARY)).isBetween(15L, 60L);
    assertThat(perLevel.get(InstitutionLevel.TERTIARY))
        .isLessThan(perLevel.get(InstitutionLevel.SECONDARY));
    assertThat(perLevel.get(InstitutionLevel.SECONDARY))
        .isLessThan(perLevel.get(InstitutionLevel.PRIMARY));
    assertThat(perLevel.get(InstitutionLevel.PRIMARY))
        .isLessThan(perLevel.get(InstitutionLevel.VILLAGE_CLINIC));
    long pharmacies =
        perLevel.get(InstitutionLevel.OUTPATIENT_COVERAGE)
            + perLevel.get(InstitutionLevel.ORDINARY_RETAIL);
    assertThat(pharmacies).isBetween(institutions.size() / 3L, institutions.size() / 2L);
  }

  @Test
  void shouldCoverEveryLevelWithBothOwnershipsWhenGenerated() {
    Map<InstitutionLevel, Map<Ownership, Long>> ownershipPerLevel =
        institutions.stream()
            .collect(
                groupingBy(
                    DemoInstitution::level, groupingBy(DemoInstitution::ownership, counting())));

    for (InstitutionLevel level : InstitutionLevel.values()) {
      assertThat(ownershipPerLevel.get(level)).as(level.name()).containsKeys(Ownership.values());
    }
    assertThat(publicShare(ownershipPerLevel, InstitutionLevel.TERTIARY)).isGreaterThan(0.7);
    assertThat(publicShare(ownershipPerLevel, InstitutionLevel.VILLAGE_CLINIC)).isLessThan(0.4);
    assertThat(publicShare(ownershipPerLevel, InstitutionLevel.ORDINARY_RETAIL)).isLessThan(0.1);
    assertThat(publicShare(ownershipPerLevel, InstitutionLevel.OUTPATIENT_COVERAGE))
        .isLessThan(0.2);
  }

  @Test
  void shouldMatchTypeToLevelWhenGenerated() {
    assertThat(institutions)
        .allSatisfy(
            institution -> assertThat(institution.type()).isEqualTo(institution.level().type()));
    assertThat(countBy(institutions, DemoInstitution::type).keySet())
        .containsExactlyInAnyOrder(InstitutionType.values());
  }

  @Test
  void shouldGiveUniqueNationalCodesUnderTheInstitutionsCountyWhenGenerated() {
    assertThat(institutions).extracting(DemoInstitution::nationalCode).doesNotHaveDuplicates();
    assertThat(institutions)
        .allSatisfy(
            institution -> {
              assertThat(institution.countyCode()).isIn(COUNTY_CODES);
              assertThat(institution.nationalCode())
                  .matches("[HP]\\d{11}")
                  .startsWith(institution.type().codePrefix() + institution.countyCode());
            });
    assertThat(institutions.get(0).nationalCode()).isEqualTo("H99010200001");
  }

  @Test
  void shouldMarkEveryNameAsDemoWhenGenerated() {
    assertThat(institutions)
        .extracting(DemoInstitution::name)
        .doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name).endsWith("（演示）"));
    assertThat(inspectors)
        .extracting(DemoInspector::name)
        .allSatisfy(name -> assertThat(name).endsWith("（演示）"));
    assertThat(inspectors)
        .extracting(DemoInspector::employer)
        .allSatisfy(employer -> assertThat(employer).endsWith("（演示）"));
  }

  @Test
  void shouldSignAgreementsBetween2023And2025WhenGenerated() {
    assertThat(institutions)
        .extracting(DemoInstitution::agreementSignedOn)
        .allSatisfy(
            day -> assertThat(day).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)));
    assertThat(
            institutions.stream()
                .map(institution -> institution.agreementSignedOn().getYear())
                .distinct())
        .containsExactlyInAnyOrder(2023, 2024, 2025);
  }

  @Test
  void shouldGenerateEightyInspectorsOfEveryRoleAndSpecialtyWhenGenerated() {
    assertThat(inspectors).hasSize(80);
    assertThat(countBy(inspectors, DemoInspector::role).keySet())
        .containsExactlyInAnyOrder(InspectorRole.values());
    assertThat(
            inspectors.stream().flatMap(inspector -> inspector.specialties().stream()).distinct())
        .containsExactlyInAnyOrder(Specialty.values());
    assertThat(inspectors)
        .allSatisfy(
            inspector -> {
              assertThat(inspector.homeCountyCode()).isIn(COUNTY_CODES);
              assertThat(inspector.specialties()).isNotEmpty().doesNotHaveDuplicates();
            });
  }

  @Test
  void shouldGiveCertificatesOnlyToOfficersAndAtLeastTwoOfficersToEveryCountyWhenGenerated() {
    Map<Boolean, List<DemoInspector>> byOfficer =
        inspectors.stream()
            .collect(
                Collectors.partitioningBy(
                    inspector -> inspector.role() == InspectorRole.LAW_ENFORCEMENT_OFFICER));

    assertThat(byOfficer.get(true))
        .allSatisfy(
            officer -> {
              assertThat(officer.certificateNumber())
                  .matches("ZF" + officer.homeCountyCode() + "\\d{3}");
              assertThat(officer.certificateValidUntil()).isAfter(LocalDate.of(2026, 1, 1));
            });
    assertThat(byOfficer.get(true))
        .extracting(DemoInspector::certificateNumber)
        .doesNotHaveDuplicates();
    assertThat(byOfficer.get(false))
        .allSatisfy(
            other -> {
              assertThat(other.certificateNumber()).isNull();
              assertThat(other.certificateValidUntil()).isNull();
            });
    assertThat(countBy(byOfficer.get(true), DemoInspector::homeCountyCode))
        .containsOnlyKeys(COUNTY_CODES)
        .allSatisfy((county, officers) -> assertThat(officers).isGreaterThanOrEqualTo(2L));
  }

  @Test
  void shouldGenerateTheSameProvinceWhenSeedIsTheSame() {
    DemoProvince again = DemoProvince.generate();

    assertThat(again.institutions()).isEqualTo(institutions);
    assertThat(again.inspectors()).isEqualTo(inspectors);
  }

  @Test
  void shouldWriteTheApiJsonFieldsWhenSerialized() {
    JsonMapper json = JsonMapper.builder().build();
    DemoInspector auditor =
        inspectors.stream()
            .filter(inspector -> inspector.role() == InspectorRole.AGENCY_AUDITOR)
            .findFirst()
            .orElseThrow();

    assertThat(json.writeValueAsString(institutions.get(0)))
        .isEqualTo(
            "{\"nationalCode\":\"H99010200001\",\"name\":\""
                + institutions.get(0).name()
                + "\","
                + "\"type\":\"MEDICAL_INSTITUTION\",\"level\":\"TERTIARY\",\"ownership\":\""
                + institutions.get(0).ownership()
                + "\",\"countyCode\":\"990102\",\"agreementSignedOn\":\""
                + institutions.get(0).agreementSignedOn()
                + "\"}");
    assertThat(json.writeValueAsString(inspectors.get(0)))
        .contains(
            "\"role\":\"LAW_ENFORCEMENT_OFFICER\"",
            "\"certificateNumber\":\"ZF990102001\"",
            "\"certificateValidUntil\":\"20",
            "\"homeCountyCode\":\"990102\"",
            "\"specialties\":[\"");
    assertThat(json.writeValueAsString(auditor)).doesNotContain("certificate");
  }

  private static double publicShare(
      Map<InstitutionLevel, Map<Ownership, Long>> counts, InstitutionLevel level) {
    Map<Ownership, Long> ofLevel = counts.get(level);
    return (double) ofLevel.get(Ownership.PUBLIC)
        / (ofLevel.get(Ownership.PUBLIC) + ofLevel.get(Ownership.PRIVATE));
  }

  private static <T, K> Map<K, Long> countBy(List<T> items, Function<T, K> key) {
    return items.stream().collect(groupingBy(key, counting()));
  }
}
