package org.ybjg.inspection.roster.imports.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.imports.domain.RowError;
import org.ybjg.inspection.roster.domain.InspectorRole;
import org.ybjg.inspection.roster.domain.RegisterInspectorCommand;
import org.ybjg.inspection.roster.domain.Specialty;

/**
 * Reads a roster import row into the command of a single registration: codes and dates must parse,
 * the required fields must be there. The registration rules themselves (certificate for officers,
 * not expired, name length) are {@code Inspector.register}'s, applied afterwards to every row.
 *
 * <p>Columns: {@code name, role, homeCountyCode} required; {@code certificateNumber,
 * certificateValidUntil (YYYY-MM-DD), employer, specialties} optional. Specialties are codes
 * separated by {@code ;}, {@code |}, {@code 、} or spaces (a JSON array is accepted too).
 *
 * <p>For an entry already on the roster, an empty or missing optional cell leaves its field as it
 * is (a roster sheet rarely carries every column); {@value #CLEAR} in the cell clears it. The row
 * says which optional fields it carries in {@link Validated#carried()}.
 */
public final class InspectorRows {

  public static final Set<String> REQUIRED_COLUMNS = Set.of("name", "role", "homeCountyCode");

  /** The cell value that clears an optional field of an existing entry. */
  public static final String CLEAR = "-";

  /** The optional fields an update changes only when the row carries them. */
  public enum Optional {
    CERTIFICATE_VALID_UNTIL("certificateValidUntil"),
    EMPLOYER("employer"),
    SPECIALTIES("specialties");

    private final String column;

    Optional(String column) {
      this.column = column;
    }

    public String column() {
      return column;
    }
  }

  private static final int MAX_CERTIFICATE = 50;
  private static final int MAX_EMPLOYER = 200;

  private InspectorRows() {}

  public static Validated read(RawRow row) {
    List<RowError> errors = new ArrayList<>();
    EnumSet<Optional> carried = EnumSet.noneOf(Optional.class);
    for (Optional field : Optional.values()) {
      if (row.get(field.column()) != null) {
        carried.add(field);
      }
    }
    String name = row.get("name");
    if (name == null) {
      errors.add(missing(row, "name"));
    }
    InspectorRole role = null;
    String roleText = row.get("role");
    if (roleText == null) {
      errors.add(missing(row, "role"));
    } else {
      try {
        role = InspectorRole.valueOf(roleText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            new RowError(
                row.number(),
                "role",
                "未知人员类别 "
                    + roleText
                    + "（可用：LAW_ENFORCEMENT_OFFICER、AGENCY_AUDITOR、MEDICAL_EXPERT、THIRD_PARTY）"));
      }
    }
    String county = row.get("homeCountyCode");
    if (county == null) {
      errors.add(missing(row, "homeCountyCode"));
    } else if (!county.matches("[0-9]{6}")) {
      errors.add(new RowError(row.number(), "homeCountyCode", "区划代码应为6位数字：" + county));
    }
    String certificate = row.get("certificateNumber");
    if (certificate != null
        && (certificate.length() > MAX_CERTIFICATE
            || certificate.chars().anyMatch(Character::isWhitespace))) {
      errors.add(new RowError(row.number(), "certificateNumber", "证号应为不含空格的1至50个字符"));
    }
    LocalDate validUntil = null;
    String validText = cleared(row.get("certificateValidUntil"));
    if (validText != null) {
      try {
        validUntil = LocalDate.parse(validText);
      } catch (DateTimeParseException e) {
        errors.add(
            new RowError(row.number(), "certificateValidUntil", "日期应为 YYYY-MM-DD：" + validText));
      }
    }
    String employer = cleared(row.get("employer"));
    if (employer != null && employer.length() > MAX_EMPLOYER) {
      errors.add(new RowError(row.number(), "employer", "工作单位超过 " + MAX_EMPLOYER + " 个字符"));
    }
    EnumSet<Specialty> specialties = EnumSet.noneOf(Specialty.class);
    String specialtyText = cleared(row.get("specialties"));
    if (specialtyText != null) {
      for (String code : specialtyText.split("[;|、,\\s]+")) {
        if (code.isEmpty()) {
          continue;
        }
        try {
          specialties.add(Specialty.valueOf(code.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          errors.add(
              new RowError(
                  row.number(),
                  "specialties",
                  "未知专业 " + code + "（可用：MEDICAL、DRUG、FINANCE、INFORMATION）"));
        }
      }
    }
    if (!errors.isEmpty()) {
      return new Validated(null, errors, Set.of());
    }
    return new Validated(
        new RegisterInspectorCommand(
            name, role, certificate, validUntil, county, employer, List.copyOf(specialties), null),
        List.of(),
        carried);
  }

  private static String cleared(String cell) {
    return CLEAR.equals(cell) ? null : cell;
  }

  static RowError missing(RawRow row, String field) {
    return new RowError(row.number(), field, "缺少必填项 " + field);
  }

  /**
   * A row read into a command, or its errors (never both).
   *
   * @param carried the optional fields the row has a value (or {@value #CLEAR}) for
   */
  public record Validated(
      RegisterInspectorCommand command, List<RowError> errors, Set<Optional> carried) {

    public Validated {
      errors = List.copyOf(errors);
      carried = carried.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(carried));
    }

    public boolean carries(Optional field) {
      return carried.contains(field);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }
}
