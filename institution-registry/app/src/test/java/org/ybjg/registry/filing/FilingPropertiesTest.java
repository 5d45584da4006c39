package org.ybjg.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.registry.filing.domain.AttachmentKind;

/**
 * {@code registry.filing.deadline}: a month-day of the following year, default the end of February
 * (承医保发〔2019〕2号 §5).
 */
class FilingPropertiesTest {

  @Test
  void shouldDefaultToTheLastDayOfFebruaryInLeapAndOtherYears() {
    FilingProperties defaults = new FilingProperties(null, null);

    assertThat(defaults.policy().deadlineOf(2025)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(defaults.policy().deadlineOf(2027)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(defaults.policy().requiredAttachments()).isEmpty();
  }

  @Test
  void shouldReadTheMonthDayWithOrWithoutLeadingDashes() {
    assertThat(
            new FilingProperties("03-31", List.of(AttachmentKind.LEDGER)).policy().deadlineOf(2025))
        .isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(new FilingProperties("--12-31", List.of()).policy().deadlineOf(2025))
        .isEqualTo(LocalDate.of(2026, 12, 31));
  }
}
