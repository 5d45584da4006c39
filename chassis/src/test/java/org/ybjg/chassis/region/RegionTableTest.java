package org.ybjg.chassis.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTableTest {

  private final RegionTable table =
      RegionTable.fromCsv(RegionTableTest.class.getResourceAsStream("/regions/regions.csv"));

  @Test
  void shouldListCountyAndAncestorsWhenPathAsked() {
    assertThat(table.pathOf("990102")).containsExactly("990102", "990100", "990000");
  }

  /**
   * docs/law.md#regions: a county-level city directly under the province has the province as
   * parent.
   */
  @Test
  void shouldUseRecordedParentWhenCountyLevelCityIsDirectlyUnderProvince() {
    assertThat(table.pathOf("999001")).containsExactly("999001", "990000");
    assertThat(table.isWithin("999001", "999000")).isFalse();
    assertThat(table.isWithin("999001", "990000")).isTrue();
  }

  @Test
  void shouldClassifyLevelsWhenReadFromTable() {
    assertThat(table.find("990000").orElseThrow().level()).isEqualTo(Region.Level.PROVINCE);
    assertThat(table.find("990100").orElseThrow().level()).isEqualTo(Region.Level.CITY);
    assertThat(table.isCounty("990102")).isTrue();
    assertThat(table.isCounty("990100")).isFalse();
    assertThat(table.isCounty("123456")).isFalse();
  }

  @Test
  void shouldReturnEmptyPathWhenCodeUnknown() {
    assertThat(table.pathOf("110101")).isEmpty();
    assertThat(table.isWithin("110101", "110000")).isFalse();
  }

  @Test
  void shouldRefuseTableWhenParentUnknown() {
    assertThatThrownBy(() -> new RegionTable(List.of(new Region("110101", "x", "110100"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
