package org.ybjg.inspection.sampling.domain;

import java.util.Map;
import java.util.TreeMap;
import org.ybjg.chassis.domain.Refusal;

/**
 * How a team is composed and who may not sit on it (docs/law.md#double-random 回避).
 *
 * @param officers law-enforcement officers per team (default 2; 行政处罚法 art. 42: at least two)
 * @param expertSpecialty the specialty of the one expert the plan's focus needs, or null for none
 * @param loadCap at most this many tasks per person (this draw plus open tasks), null for no cap
 * @param recusalMonths an inspector who was assigned the same target within this many months is
 *     excluded
 * @param crossCheck no inspector from the target's own county (县际交叉检查)
 * @param pairing targetCounty → inspectingCounty; when given, only that county's inspectors go
 *     there
 */
public record TeamRule(
    int officers,
    String expertSpecialty,
    Integer loadCap,
    int recusalMonths,
    boolean crossCheck,
    Map<String, String> pairing) {

  public static final int DEFAULT_OFFICERS = 2;
  public static final int DEFAULT_LOAD_CAP = 20;
  public static final int DEFAULT_RECUSAL_MONTHS = 12;

  public TeamRule {
    if (officers < 2) {
      throw Refusal.rule(
          "sampling-rule",
          "teamRule.officers",
          "a team needs at least two law-enforcement officers (行政处罚法 art. 42)");
    }
    if (officers > 10) {
      throw Refusal.rule("sampling-rule", "teamRule.officers", "at most 10 officers per team");
    }
    if (loadCap != null && loadCap < 1) {
      throw Refusal.rule("sampling-rule", "teamRule.loadCap", "the load cap must be at least 1");
    }
    if (recusalMonths < 0 || recusalMonths > 120) {
      throw Refusal.rule(
          "sampling-rule", "teamRule.recusalMonths", "recusal window must be 0 to 120 months");
    }
    pairing = pairing == null ? Map.of() : new TreeMap<>(pairing);
    pairing.forEach(
        (target, inspecting) -> {
          if (target.equals(inspecting)) {
            throw Refusal.rule(
                "sampling-rule",
                "teamRule.pairing",
                "county " + target + " may not be paired with itself");
          }
        });
  }

  public static TeamRule defaults() {
    return new TeamRule(
        DEFAULT_OFFICERS, null, DEFAULT_LOAD_CAP, DEFAULT_RECUSAL_MONTHS, false, Map.of());
  }

  public int teamSize() {
    return officers + (expertSpecialty == null ? 0 : 1);
  }
}
