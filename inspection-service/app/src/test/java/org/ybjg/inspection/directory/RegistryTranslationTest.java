package org.ybjg.inspection.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.event.MalformedEventException;
import org.ybjg.chassis.region.RegionTable;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.directory.domain.DirectoryEntry;
import org.ybjg.inspection.testdata.InstitutionMother;
import org.ybjg.registry.events.InstitutionChanged;

class RegistryTranslationTest {

  private static final Instant EVENT_TIME = Instant.parse("2025-07-01T00:00:00Z");

  private final RegistryTranslation translation =
      new RegistryTranslation(new RegionScope(regions()));

  @Test
  void shouldKeepASuspendedInstitutionWithItsStateAndEndOfSuspension() {
    // docs/domain.md#registry (承医保发〔2019〕2号): an agreement may be suspended for a period; the
    // directory keeps the
    // institution and a later draw decides how to treat it.
    InstitutionChanged suspended =
        InstitutionMother.suspended(
            InstitutionMother.tertiaryPublicHospital("i-1", 1), 2, LocalDate.of(2025, 12, 31));

    DirectoryEntry entry = translation.toEntry(suspended, EVENT_TIME);

    assertThat(entry.agreementState()).isEqualTo("SUSPENDED");
    assertThat(entry.agreementStateLabel()).isEqualTo("暂停");
    assertThat(entry.suspendedUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(entry.registryVersion()).isEqualTo(2);
    assertThat(entry.creditGrade()).isEqualTo("C");
    assertThat(entry.updatedAt()).isEqualTo(Instant.parse("2025-06-30T08:00:00Z"));
  }

  // 吕医保发〔2021〕36号 §(三): "top 30 by fund payment" strata need the registry's fund payment and ranks
  // in the replica
  @Test
  void shouldKeepTheFundPaymentAndItsRanks() {
    InstitutionChanged base = InstitutionMother.tertiaryPublicHospital("i-9", 1);
    InstitutionChanged paid =
        new InstitutionChanged(
            base.institutionId(),
            1,
            base.nationalCode(),
            base.name(),
            base.type(),
            base.level(),
            base.ownership(),
            base.countyCode(),
            base.regionPath(),
            base.agreement(),
            base.creditGrade(),
            base.change(),
            new InstitutionChanged.FundPayment(
                2025, new java.math.BigDecimal("123456789.50"), 1, 3, 27));

    DirectoryEntry entry = translation.toEntry(paid, EVENT_TIME);

    assertThat(entry.fundPayment())
        .isEqualTo(
            new DirectoryEntry.FundPayment(
                2025, new java.math.BigDecimal("123456789.50"), 1, 3, 27));
    assertThat(entry.fundPaymentAmount()).isEqualByComparingTo("123456789.50");
    assertThat(translation.toEntry(base, EVENT_TIME).fundPayment()).isNull();
    assertThat(translation.toEntry(base, EVENT_TIME).fundPaymentAmount()).isZero();
  }

  @Test
  void shouldTakeTheRegionPathFromTheRegionTableWhenTheCountyIsACityDirectlyUnderTheProvince() {
    // 999001 is a county-level city under the province: its parent is 990000, never derived by
    // arithmetic
    InstitutionChanged base = InstitutionMother.tertiaryPublicHospital("i-3", 1);
    InstitutionChanged inQuanshan =
        new InstitutionChanged(
            base.institutionId(),
            1,
            base.nationalCode(),
            base.name(),
            base.type(),
            base.level(),
            base.ownership(),
            "999001",
            List.of("999001", "999000"),
            base.agreement(),
            base.creditGrade(),
            base.change());

    assertThat(translation.toEntry(inQuanshan, EVENT_TIME).regionPath())
        .containsExactly("999001", "990000");
  }

  @Test
  void shouldTreatAMessageWithoutCountyAsMalformed() {
    InstitutionChanged base = InstitutionMother.tertiaryPublicHospital("i-4", 1);
    InstitutionChanged noCounty =
        new InstitutionChanged(
            base.institutionId(),
            1,
            base.nationalCode(),
            base.name(),
            base.type(),
            base.level(),
            base.ownership(),
            null,
            List.of(),
            base.agreement(),
            null,
            base.change());

    assertThatThrownBy(() -> translation.toEntry(noCounty, EVENT_TIME))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void shouldUseTheEventTimeWhenTheChangeHasNoTime() {
    InstitutionChanged base = InstitutionMother.tertiaryPublicHospital("i-5", 1);
    InstitutionChanged noChange =
        new InstitutionChanged(
            base.institutionId(),
            1,
            base.nationalCode(),
            base.name(),
            base.type(),
            base.level(),
            base.ownership(),
            base.countyCode(),
            base.regionPath(),
            base.agreement(),
            null,
            null);

    assertThat(translation.toEntry(noChange, EVENT_TIME).updatedAt()).isEqualTo(EVENT_TIME);
  }

  private static RegionTable regions() {
    try (InputStream csv =
        RegistryTranslationTest.class.getClassLoader().getResourceAsStream("regions/regions.csv")) {
      return RegionTable.fromCsv(csv);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
