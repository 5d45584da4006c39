package org.ybjg.chassis.region;

/**
 * One GB/T 2260 administrative division with its parent as recorded (never derived by arithmetic).
 */
public record Region(String code, String name, String parentCode) {

  public Level level() {
    if (parentCode == null) {
      return Level.PROVINCE;
    }
    return code.endsWith("00") ? Level.CITY : Level.COUNTY;
  }

  public enum Level {
    PROVINCE,
    CITY,
    COUNTY
  }
}
