package org.ybjg.registry.credit;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.ybjg.registry.institution.domain.CreditRepairRule;
import org.ybjg.registry.institution.domain.CreditScale;

/**
 * The credit grade scale from {@code registry.credit.grades} (application.yml), best grade first,
 * and the credit repair rule from {@code registry.credit.repair} (docs/law.md#credit-and-rewards:
 * repair after rectification; provincial rules vary).
 */
@ConfigurationProperties("registry.credit")
public record CreditProperties(List<CreditScale.Grade> grades, Repair repair) {

  /**
   * @param requiresRectification whether a record can be repaired only after its case was closed as
   *     rectified (default true)
   * @param waitingPeriod how long after the rectification a repair is allowed (ISO period, default
   *     P0D)
   */
  public record Repair(Boolean requiresRectification, Period waitingPeriod) {}

  public CreditScale scale() {
    return new CreditScale(grades == null ? List.of() : grades);
  }

  public CreditRepairRule repairRule() {
    boolean required =
        repair == null || repair.requiresRectification() == null || repair.requiresRectification();
    Period waiting =
        repair == null || repair.waitingPeriod() == null ? Period.ZERO : repair.waitingPeriod();
    return new CreditRepairRule(required, waiting);
  }
}
