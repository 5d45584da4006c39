package org.ybjg.local.platform.demo;

import java.util.List;
import java.util.Random;

/**
 * The synthetic province 示范省（演示） (region 990000) that the local platform loads on first start:
 * about 3,100 designated institutions of every type, level and ownership, and 80 inspectors.
 * Deterministic: the same seed gives the same data, so demos and screenshots are reproducible.
 * Every name ends with （演示）.
 */
public final class DemoProvince {

  public static final String PROVINCE_CODE = "990000";
  public static final long DEFAULT_SEED = 990_000L;

  /**
   * Three cities with four counties each (xx02..xx05), and one county-level city directly under the
   * province.
   */
  public static final List<DemoCounty> COUNTIES =
      List.of(
          new DemoCounty("990102", "东江市城东区", CountyKind.CITY_DISTRICT),
          new DemoCounty("990103", "东江市城西区", CountyKind.CITY_DISTRICT),
          new DemoCounty("990104", "东江市临河县", CountyKind.RURAL_COUNTY),
          new DemoCounty("990105", "东江市青山县", CountyKind.RURAL_COUNTY),
          new DemoCounty("990202", "南岭市中心区", CountyKind.CITY_DISTRICT),
          new DemoCounty("990203", "南岭市新城区", CountyKind.CITY_DISTRICT),
          new DemoCounty("990204", "南岭市白石县", CountyKind.RURAL_COUNTY),
          new DemoCounty("990205", "南岭市云溪县", CountyKind.RURAL_COUNTY),
          new DemoCounty("990302", "北原市河北区", CountyKind.CITY_DISTRICT),
          new DemoCounty("990303", "北原市河南区", CountyKind.CITY_DISTRICT),
          new DemoCounty("990304", "北原市长丰县", CountyKind.RURAL_COUNTY),
          new DemoCounty("990305", "北原市安平县", CountyKind.RURAL_COUNTY),
          new DemoCounty("999001", "泉山市", CountyKind.COUNTY_LEVEL_CITY));

  private final List<DemoInstitution> institutions;
  private final List<DemoInspector> inspectors;

  DemoProvince(List<DemoInstitution> institutions, List<DemoInspector> inspectors) {
    this.institutions = List.copyOf(institutions);
    this.inspectors = List.copyOf(inspectors);
  }

  public static DemoProvince generate() {
    return generate(DEFAULT_SEED);
  }

  public static DemoProvince generate(long seed) {
    Random random = new Random(seed);
    return new DemoProvince(
        new InstitutionGenerator(random).generate(COUNTIES),
        new InspectorGenerator(random).generate(COUNTIES));
  }

  public List<DemoInstitution> institutions() {
    return institutions;
  }

  public List<DemoInspector> inspectors() {
    return inspectors;
  }
}
