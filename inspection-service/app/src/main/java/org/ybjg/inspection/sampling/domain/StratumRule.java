package org.ybjg.inspection.sampling.domain;

import java.util.List;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.inspection.directory.domain.DirectoryEntry;

/**
 * A stratum as data: which institutions belong to it and its quota.
 *
 * @param types institution types (empty: any)
 * @param levels institution levels (empty: any), e.g. OUTPATIENT_COVERAGE for a pharmacy stratum
 * @param topByFundPayment when set, only the N largest by fund payment in the plan's population
 * @param percent share to draw, rounded up
 * @param minimum at least this many
 * @param strict when true, publication is refused if the eligible stratum is smaller than the
 *     minimum
 */
public record StratumRule(
    String code,
    String label,
    List<String> types,
    List<String> levels,
    Integer topByFundPayment,
    int percent,
    int minimum,
    boolean strict) {

  public StratumRule {
    types = types == null ? List.of() : List.copyOf(types);
    levels = levels == null ? List.of() : List.copyOf(levels);
    if (code == null || !code.matches("[A-Z0-9_]{1,40}")) {
      throw Refusal.rule(
          "sampling-rule", "strata.code", "a stratum code is 1 to 40 of A-Z, 0-9 and _");
    }
    if (topByFundPayment != null && topByFundPayment < 1) {
      throw Refusal.rule("sampling-rule", "strata.topByFundPayment", "top N needs N ≥ 1");
    }
    new Stratum(code, percent, minimum); // percent and minimum rules
  }

  public Stratum stratum() {
    return new Stratum(code, percent, minimum);
  }

  /**
   * Whether the entry matches the type and level criteria (top N is decided over the whole
   * population).
   */
  public boolean matches(DirectoryEntry entry) {
    if (Agencies.TYPE.equals(entry.type())) {
      return types.contains(Agencies.TYPE);
    }
    return (types.isEmpty() || types.contains(entry.type()))
        && (levels.isEmpty() || levels.contains(entry.level()));
  }

  /** Whether this stratum draws handling agencies (only when it names their type). */
  public boolean takesAgencies() {
    return types.contains(Agencies.TYPE);
  }

  /**
   * 吕医保发〔2021〕36号 §(三)1 round 2 (抽查复查): agencies 100 %, tertiary ≥ 50 %, secondary ≥ 30 %, primary
   * ≥ 10 %.
   */
  public static List<StratumRule> recheckDefaults() {
    List<String> medical = List.of("MEDICAL_INSTITUTION");
    return List.of(
        new StratumRule("TERTIARY", "三级医疗机构", medical, List.of("TERTIARY"), null, 50, 0, false),
        new StratumRule("SECONDARY", "二级医疗机构", medical, List.of("SECONDARY"), null, 30, 0, false),
        new StratumRule("PRIMARY", "一级医疗机构", medical, List.of("PRIMARY"), null, 10, 0, false),
        new StratumRule(
            "AGENCIES", "医保经办机构", List.of(Agencies.TYPE), List.of(), null, 100, 0, false));
  }
}
