package org.ybjg.cases.points.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ybjg.cases.casefile.domain.FindingCategory;

/**
 * The province's points table (医保发〔2024〕23号 tiers 1–3, 4–6, 7–9, 10–12) as shipped: the violation
 * (article applied, class, improper amount) picks the first matching row.
 */
class PointsTableTest {

  static PointsTable shipped() {
    try (InputStream csv = PointsTableTest.class.getResourceAsStream("/rules/doctor-points.csv")) {
      return PointsTable.fromCsv(
          new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "article {0}, {1}, {2} yuan → {3}–{4} points")
  @CsvSource(
      nullValues = "null",
      value = {
        "40, FRAUD, 20000.00, 10, 12",
        "38, GENERAL_VIOLATION, 18600.00, 4, 6",
        "38, GENERAL_VIOLATION, 500000.00, 7, 9",
        "39, MANAGEMENT, null, 4, 6",
        "null, OTHER, null, 1, 3",
        "41, OTHER, 100.00, 1, 3"
      })
  void shouldProposeTheTierOfTheFirstMatchingRow(
      String article, FindingCategory category, BigDecimal amount, int min, int max) {
    PointsRow tier = shipped().tierFor(article, category, amount);

    assertThat(tier.minPoints()).isEqualTo(min);
    assertThat(tier.maxPoints()).isEqualTo(max);
    assertThat(tier.source()).contains("医保发〔2024〕23号");
  }

  @Test
  void shouldRefuseATierTheGuidanceDoesNotKnow() {
    assertThatThrownBy(() -> PointsTable.fromCsv(List.of(PointsTable.HEADER, "5,8,,,,false,本省取值")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("national tiers");
  }

  @Test
  void shouldRefuseATableWithoutACatchAllLastRow() {
    assertThatThrownBy(
            () -> PointsTable.fromCsv(List.of(PointsTable.HEADER, "10,12,40,,,false,条例第四十条")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("last row");
  }
}
