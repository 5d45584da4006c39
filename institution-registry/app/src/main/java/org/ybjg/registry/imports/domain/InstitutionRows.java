package org.ybjg.registry.imports.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.imports.domain.RowError;
import org.ybjg.registry.institution.domain.BasicInfo;
import org.ybjg.registry.institution.domain.InstitutionLevel;
import org.ybjg.registry.institution.domain.InstitutionType;
import org.ybjg.registry.institution.domain.Ownership;

/** The rules every institution row of a bulk import must meet (the same as for registering one). */
public final class InstitutionRows {

  public static final Set<String> REQUIRED_COLUMNS =
      Set.of("nationalCode", "name", "type", "level", "ownership", "countyCode");
  private static final Pattern NATIONAL_CODE = Pattern.compile("^[A-Z0-9]{1,40}$");
  private static final int MAX_NAME = 200;

  private InstitutionRows() {}

  public static Validated<InstitutionRecord> validate(
      RawRow row, RegionRules regions, LocalDate today) {
    List<RowError> errors = new ArrayList<>();
    String nationalCode = row.get("nationalCode");
    if (nationalCode == null) {
      errors.add(missing(row, "nationalCode"));
    } else if (!NATIONAL_CODE.matcher(nationalCode).matches()) {
      errors.add(
          new RowError(row.number(), "nationalCode", "国家医保机构编码应为 1–40 位大写字母或数字：" + nationalCode));
    }
    String name = row.get("name");
    if (name == null) {
      errors.add(missing(row, "name"));
    } else if (name.length() > MAX_NAME) {
      errors.add(new RowError(row.number(), "name", "名称超过 " + MAX_NAME + " 个字符"));
    }
    InstitutionType type = code(row, "type", InstitutionType.class, errors);
    InstitutionLevel level = code(row, "level", InstitutionLevel.class, errors);
    Ownership ownership = code(row, "ownership", Ownership.class, errors);
    if (type != null && level != null && !level.fits(type)) {
      errors.add(
          new RowError(row.number(), "level", "级别“" + level.label() + "”不适用于" + type.label()));
    }
    String county = row.get("countyCode");
    if (county == null) {
      errors.add(missing(row, "countyCode"));
    } else if (!regions.isCounty(county)) {
      errors.add(new RowError(row.number(), "countyCode", county + " 不是区划表中的县级区划"));
    } else if (!regions.inCallerRegion(county)) {
      errors.add(new RowError(row.number(), "countyCode", county + " 不在您的辖区内"));
    }
    LocalDate signedOn = null;
    String signed = row.get("agreementSignedOn");
    if (signed != null) {
      try {
        signedOn = LocalDate.parse(signed);
        if (signedOn.isAfter(today)) {
          errors.add(
              new RowError(
                  row.number(), "agreementSignedOn", "服务协议签订日期 " + signed + " 晚于今天 " + today));
        }
      } catch (DateTimeParseException e) {
        errors.add(new RowError(row.number(), "agreementSignedOn", "日期应为 YYYY-MM-DD：" + signed));
      }
    }
    if (!errors.isEmpty()) {
      return new Validated<>(null, errors);
    }
    return new Validated<>(
        new InstitutionRecord(
            row.number(),
            nationalCode,
            new BasicInfo(name, type, level, ownership, county, regions.pathOf(county)),
            signedOn),
        List.of());
  }

  static RowError missing(RawRow row, String field) {
    return new RowError(row.number(), field, "缺少必填项 " + field);
  }

  private static <E extends Enum<E>> E code(
      RawRow row, String field, Class<E> type, List<RowError> errors) {
    String value = row.get(field);
    if (value == null) {
      errors.add(missing(row, field));
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        allowed.add(constant.name());
      }
      errors.add(
          new RowError(
              row.number(), field, "未知代码 " + value + "（可用：" + String.join("、", allowed) + "）"));
      return null;
    }
  }
}
