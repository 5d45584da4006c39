package org.ybjg.registry.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.ybjg.registry.institution.domain.CreditRepairRule;

/**
 * The credit repair rule from {@code registry.credit.repair} (docs/law.md#credit-and-rewards:
 * credit repair after rectification; provincial rules vary, so it is configurable): rectification
 * required and no waiting period unless configured otherwise.
 */
class CreditRepairSettingsTest {

  @Test
  void shouldRequireRectificationWithoutWaitingByDefault() {
    CreditRepairRule rule = bind(Map.of("registry.credit.grades[0].code", "A")).repairRule();

    assertThat(rule.requiresRectification()).isTrue();
    assertThat(rule.waitingPeriod()).isEqualTo(Period.ZERO);
  }

  @Test
  void shouldBindTheSwitchAndAnIsoWaitingPeriod() {
    CreditRepairRule rule =
        bind(Map.of(
                "registry.credit.repair.requires-rectification",
                "false",
                "registry.credit.repair.waiting-period",
                "P3M"))
            .repairRule();

    assertThat(rule.requiresRectification()).isFalse();
    assertThat(rule.waitingPeriod()).isEqualTo(Period.ofMonths(3));
  }

  private static CreditProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bind("registry.credit", CreditProperties.class)
        .get();
  }
}
