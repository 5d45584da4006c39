package org.ybjg.local.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Designated institutions of the demo province, county by county, level by level. */
final class InstitutionGenerator {

  private static final LocalDate FIRST_AGREEMENT_DAY = LocalDate.of(2023, 1, 1);
  private static final LocalDate LAST_AGREEMENT_DAY = LocalDate.of(2025, 12, 31);

  /**
   * Chance that an institution of a level is publicly owned (tertiary mostly public, pharmacies
   * mostly private).
   */
  private static final Map<InstitutionLevel, Double> PUBLIC_SHARE =
      new EnumMap<>(
          Map.of(
              InstitutionLevel.TERTIARY, 0.85,
              InstitutionLevel.SECONDARY, 0.6,
              InstitutionLevel.PRIMARY, 0.8,
              InstitutionLevel.VILLAGE_CLINIC, 0.25,
              InstitutionLevel.OUTPATIENT_COVERAGE, 0.08,
              InstitutionLevel.ORDINARY_RETAIL, 0.03));

  private static final List<String> TERTIARY_PUBLIC = List.of("人民医院", "中医医院", "中心医院", "妇幼保健院");
  private static final List<String> SECONDARY_PUBLIC =
      List.of(
          "第二人民医院", "中西医结合医院", "骨科医院", "口腔医院", "眼科医院", "精神卫生中心", "传染病医院", "康复医院", "肿瘤医院", "儿童医院");
  private static final List<String> SECONDARY_PRIVATE =
      List.of("眼科医院", "口腔医院", "骨科医院", "妇产医院", "康复医院", "肛肠医院");

  private final Random random;

  InstitutionGenerator(Random random) {
    this.random = random;
  }

  List<DemoInstitution> generate(List<DemoCounty> counties) {
    List<DemoInstitution> institutions = new ArrayList<>();
    for (DemoCounty county : counties) {
      Map<InstitutionType, Integer> lastSequence = new EnumMap<>(InstitutionType.class);
      for (InstitutionLevel level : InstitutionLevel.values()) {
        for (int index = 0; index < county.kind().institutionsOf(level); index++) {
          int sequence = lastSequence.merge(level.type(), 1, Integer::sum);
          institutions.add(institution(county, level, index, sequence));
        }
      }
    }
    return institutions;
  }

  private DemoInstitution institution(
      DemoCounty county, InstitutionLevel level, int index, int sequence) {
    Ownership ownership =
        random.nextDouble() < PUBLIC_SHARE.get(level) ? Ownership.PUBLIC : Ownership.PRIVATE;
    return new DemoInstitution(
        nationalCode(level.type(), county, sequence),
        DemoNames.marked(county.placeName() + name(county, level, ownership, index)),
        level.type(),
        level,
        ownership,
        county.code(),
        agreementDay());
  }

  /** e.g. H99010200001: type letter, county code, sequence of that type within the county. */
  static String nationalCode(InstitutionType type, DemoCounty county, int sequence) {
    return String.format("%s%s%05d", type.codePrefix(), county.code(), sequence);
  }

  /**
   * Names are built from the index, so they never repeat within a county (the county prefix does
   * the rest).
   */
  private static String name(
      DemoCounty county, InstitutionLevel level, Ownership ownership, int index) {
    boolean publicOwned = ownership == Ownership.PUBLIC;
    return switch (level) {
      case TERTIARY -> publicOwned ? pick(TERTIARY_PUBLIC, index) : DemoNames.brand(index) + "医院";
      case SECONDARY ->
          publicOwned
              ? pick(SECONDARY_PUBLIC, index)
              : DemoNames.brand(index) + pick(SECONDARY_PRIVATE, index);
      case PRIMARY -> DemoNames.placeWord(index) + primaryCareSuffix(county, publicOwned);
      case VILLAGE_CLINIC ->
          DemoNames.placeWord(DemoNames.PLACE_WORDS - 1 - index / 12)
              + "镇"
              + DemoNames.placeWord(index)
              + "村卫生室";
      case OUTPATIENT_COVERAGE -> DemoNames.brand(index) + "大药房" + DemoNames.placeWord(index) + "店";
      case ORDINARY_RETAIL -> DemoNames.brand(index) + "药店" + DemoNames.placeWord(index) + "店";
    };
  }

  private static String primaryCareSuffix(DemoCounty county, boolean publicOwned) {
    if (!publicOwned) {
      return "诊所";
    }
    return county.kind() == CountyKind.RURAL_COUNTY ? "镇卫生院" : "街道社区卫生服务中心";
  }

  /**
   * The list's entry for small indexes, then numbered (第11...) so names stay distinct beyond the
   * list.
   */
  private static String pick(List<String> names, int index) {
    return index < names.size()
        ? names.get(index)
        : "第" + (index + 1) + names.get(index % names.size());
  }

  private LocalDate agreementDay() {
    long days = LAST_AGREEMENT_DAY.toEpochDay() - FIRST_AGREEMENT_DAY.toEpochDay() + 1;
    return FIRST_AGREEMENT_DAY.plusDays(random.nextInt((int) days));
  }
}
