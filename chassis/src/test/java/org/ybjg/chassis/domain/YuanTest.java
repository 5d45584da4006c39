package org.ybjg.chassis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YuanTest {

  @Test
  void shouldHoldTwoDecimalsWhenReadOrFormatted() {
    assertThat(Yuan.parse("12800.5")).isEqualTo(new BigDecimal("12800.50"));
    assertThat(Yuan.parse(" 7 ")).isEqualTo(new BigDecimal("7.00"));
    assertThat(Yuan.parse("  ")).isNull();
    assertThat(Yuan.format(new BigDecimal("18600"))).isEqualTo("18600.00");
    assertThat(Yuan.format(null)).isNull();
    assertThat(Yuan.exact(new BigDecimal("1.230"))).isEqualTo(new BigDecimal("1.23"));
  }

  @Test
  void shouldNeverRoundInputButRoundComputedAmountsHalfUp() {
    assertThatThrownBy(() -> Yuan.parse("1.001")).isInstanceOf(ArithmeticException.class);
    assertThat(Yuan.rounded(new BigDecimal("12800.505"))).isEqualTo(new BigDecimal("12800.51"));
    assertThat(Yuan.hasFractionsOfAFen(new BigDecimal("1.230"))).isFalse();
    assertThat(Yuan.hasFractionsOfAFen(new BigDecimal("1.001"))).isTrue();
  }

  @Test
  void shouldRefuseATypedAmountThatIsMissingNegativeOrWrittenWithThreeDecimals() {
    assertThat(Yuan.required("12.3", "amount")).isEqualTo(new BigDecimal("12.30"));
    assertThatThrownBy(() -> Yuan.required("", "amount"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("invalid-amount"));
    assertThatThrownBy(() -> Yuan.required("12,00", "amount"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("invalid-amount"));
    assertThatThrownBy(() -> Yuan.required("-5", "amount"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("negative-amount"));
    assertThatThrownBy(() -> Yuan.required("1.230", "amount"))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.code()).isEqualTo("too-many-decimals");
              assertThat(r.field()).isEqualTo("amount");
            });
  }
}
