package org.ybjg.reporting.facts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstitutionFactTest {

  private static final Instant AT = Instant.parse("2025-03-14T02:30:00Z");

  @Test
  void shouldRecordNoAgreementWhenEventCarriesNoAgreementState() {
    assertThat(new InstitutionFact("inst-1", 0, "PHARMACY", null, "990102", AT).agreementState())
        .isEqualTo(InstitutionFact.NO_AGREEMENT);
  }

  @Test
  void shouldRejectFactWhenVersionIsNegative() {
    assertThatThrownBy(() -> new InstitutionFact("inst-1", -1, "PHARMACY", "ACTIVE", "990102", AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version");
  }

  @Test
  void shouldRejectFactWhenInstitutionIdIsMissing() {
    assertThatThrownBy(() -> new InstitutionFact(null, 1, "PHARMACY", "ACTIVE", "990102", AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("institutionId");
  }
}
