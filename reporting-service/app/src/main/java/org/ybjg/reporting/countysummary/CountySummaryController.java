package org.ybjg.reporting.countysummary;

import java.time.ZoneOffset;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.reporting.api.CountySummariesApi;
import org.ybjg.reporting.api.model.CountySummaryDto;
import org.ybjg.reporting.api.model.CountySummaryListDto;
import org.ybjg.reporting.api.model.InstitutionTypeLabelsDto;
import org.ybjg.reporting.api.model.InstitutionsByTypeDto;
import org.ybjg.reporting.api.model.RegionTotalsDto;
import org.ybjg.reporting.countysummary.domain.CountySummary;
import org.ybjg.reporting.countysummary.domain.Figures;
import org.ybjg.reporting.countysummary.domain.RegionSummary;

/** GET /api/reports/counties[/{countyCode}]: maps the domain summaries to the contract's DTOs. */
@RestController
class CountySummaryController implements CountySummariesApi {

  private final SummariseCounties summarise;
  private final CurrentCaller currentCaller;

  CountySummaryController(SummariseCounties summarise, CurrentCaller currentCaller) {
    this.summarise = summarise;
    this.currentCaller = currentCaller;
  }

  @Override
  public ResponseEntity<CountySummaryDto> getCountySummary(String countyCode) {
    return ResponseEntity.ok(toDto(summarise.county(currentCaller.get(), countyCode)));
  }

  @Override
  public ResponseEntity<CountySummaryListDto> listCountySummaries(String region) {
    RegionSummary summary = summarise.region(currentCaller.get(), region);
    RegionTotalsDto totals =
        new RegionTotalsDto()
            .region(summary.region().code())
            .regionName(summary.region().name())
            .counties(summary.counties().size());
    fill(summary.totals(), totals);
    return ResponseEntity.ok(
        new CountySummaryListDto()
            .items(summary.counties().stream().map(CountySummaryController::toDto).toList())
            .totals(totals));
  }

  private static CountySummaryDto toDto(CountySummary summary) {
    CountySummaryDto dto =
        new CountySummaryDto()
            .countyCode(summary.county().code())
            .countyName(summary.county().name());
    Figures f = summary.figures();
    return dto.institutions(f.institutions())
        .institutionsByType(byType(f))
        .institutionTypeLabels(labels())
        .agreementsActive(f.agreementsActive())
        .agreementsSuspended(f.agreementsSuspended())
        .agreementsTerminated(f.agreementsTerminated())
        .findings(f.findings())
        .casesOpened(f.casesOpened())
        .decisions(f.decisions())
        .suspensionsDecided(f.suspensionsDecided())
        .finesDecided(f.finesDecided().toPlainString())
        .asOf(f.asOf() == null ? null : f.asOf().atOffset(ZoneOffset.UTC));
  }

  private static void fill(Figures f, RegionTotalsDto dto) {
    dto.institutions(f.institutions())
        .institutionsByType(byType(f))
        .institutionTypeLabels(labels())
        .agreementsActive(f.agreementsActive())
        .agreementsSuspended(f.agreementsSuspended())
        .agreementsTerminated(f.agreementsTerminated())
        .findings(f.findings())
        .casesOpened(f.casesOpened())
        .decisions(f.decisions())
        .suspensionsDecided(f.suspensionsDecided())
        .finesDecided(f.finesDecided().toPlainString())
        .asOf(f.asOf() == null ? null : f.asOf().atOffset(ZoneOffset.UTC));
  }

  private static InstitutionsByTypeDto byType(Figures f) {
    return new InstitutionsByTypeDto(f.medicalInstitutions(), f.pharmacies());
  }

  private static InstitutionTypeLabelsDto labels() {
    return new InstitutionTypeLabelsDto(
        Figures.INSTITUTION_TYPE_LABELS.get(Figures.MEDICAL_INSTITUTION),
        Figures.INSTITUTION_TYPE_LABELS.get(Figures.PHARMACY));
  }
}
