package org.ybjg.local.platform.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The inspector roster of the demo province: law-enforcement officers spread evenly so that every
 * county can draw a pair of officers (two are needed per inspection), plus agency auditors, medical
 * experts and third-party staff.
 */
final class InspectorGenerator {

  static final int OFFICERS = 30;
  static final int AUDITORS = 24;
  static final int EXPERTS = 16;
  static final int THIRD_PARTY = 10;

  /**
   * Certificates run out from six months after the load on: an expired one could not be registered.
   */
  private static final LocalDate FIRST_CERTIFICATE_EXPIRY =
      LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(6);

  private static final int CERTIFICATE_EXPIRY_SPREAD_DAYS = 3 * 365;
  private static final List<String> EXPERT_EMPLOYERS =
      List.of("示范省人民医院", "示范省中医院", "东江医学院附属医院", "示范省药品检验研究院");

  private final Random random;

  InspectorGenerator(Random random) {
    this.random = random;
  }

  List<DemoInspector> generate(List<DemoCounty> counties) {
    List<DemoInspector> inspectors = new ArrayList<>();
    Map<String, Integer> certificatesPerCounty = new HashMap<>();
    for (int i = 0; i < OFFICERS; i++) {
      DemoCounty county = counties.get(i % counties.size());
      int certificate = certificatesPerCounty.merge(county.code(), 1, Integer::sum);
      inspectors.add(officer(county, certificate));
    }
    for (int i = 0; i < AUDITORS; i++) {
      DemoCounty county = anyOf(counties);
      inspectors.add(
          inspector(
              InspectorRole.AGENCY_AUDITOR,
              county,
              county.placeName() + "医疗保障事业管理中心",
              specialties(Specialty.FINANCE, Specialty.MEDICAL)));
    }
    for (int i = 0; i < EXPERTS; i++) {
      // Every fourth expert is a pharmacist, for drug-sales checks at pharmacies.
      Specialty main = i % 4 == 3 ? Specialty.DRUG : Specialty.MEDICAL;
      Specialty other = main == Specialty.DRUG ? Specialty.MEDICAL : Specialty.DRUG;
      inspectors.add(
          inspector(
              InspectorRole.MEDICAL_EXPERT,
              anyOf(counties),
              EXPERT_EMPLOYERS.get(i % EXPERT_EMPLOYERS.size()),
              specialties(main, other)));
    }
    for (int i = 0; i < THIRD_PARTY; i++) {
      boolean accountant = i % 2 == 0;
      inspectors.add(
          inspector(
              InspectorRole.THIRD_PARTY,
              anyOf(counties),
              accountant ? "示范省信达会计师事务所" : "示范省数智信息技术有限公司",
              List.of(accountant ? Specialty.FINANCE : Specialty.INFORMATION)));
    }
    return inspectors;
  }

  private DemoInspector officer(DemoCounty county, int certificate) {
    String certificateNumber = String.format("ZF%s%03d", county.code(), certificate);
    LocalDate validUntil =
        FIRST_CERTIFICATE_EXPIRY.plusDays(random.nextInt(CERTIFICATE_EXPIRY_SPREAD_DAYS));
    Set<Specialty> specialties =
        EnumSet.of(Specialty.values()[random.nextInt(Specialty.values().length)]);
    if (random.nextBoolean()) {
      specialties.add(Specialty.values()[random.nextInt(Specialty.values().length)]);
    }
    return new DemoInspector(
        DemoNames.person(random),
        InspectorRole.LAW_ENFORCEMENT_OFFICER,
        certificateNumber,
        validUntil,
        county.code(),
        DemoNames.marked(county.placeName() + "医疗保障局"),
        List.copyOf(specialties));
  }

  private DemoInspector inspector(
      InspectorRole role, DemoCounty county, String employer, List<Specialty> specialties) {
    return new DemoInspector(
        DemoNames.person(random),
        role,
        null,
        null,
        county.code(),
        DemoNames.marked(employer),
        specialties);
  }

  /** The main specialty, and sometimes a second one. */
  private List<Specialty> specialties(Specialty main, Specialty sometimes) {
    return random.nextInt(3) == 0 ? List.of(main, sometimes) : List.of(main);
  }

  private DemoCounty anyOf(List<DemoCounty> counties) {
    return counties.get(random.nextInt(counties.size()));
  }
}
