package org.ybjg.registry.filing;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.api.FilingsApi;
import org.ybjg.registry.api.model.AnnualFilingDto;
import org.ybjg.registry.api.model.AnnualFilingSubmissionDto;
import org.ybjg.registry.api.model.FilingPageDto;
import org.ybjg.registry.api.model.FilingStatusDto;
import org.ybjg.registry.api.model.InstitutionFilingsDto;
import org.ybjg.registry.api.model.TerminationEligiblePageDto;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.filing.domain.AnnualFiling;
import org.ybjg.registry.filing.domain.FilingStatus;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.Institution;

/** Annual qualification filing (年度资格备案; 承医保发〔2019〕2号 §4–5). */
@RestController
class FilingController implements FilingsApi {

  private final SubmitAnnualFiling submitAnnualFiling;
  private final Filings filings;
  private final Institutions institutions;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;
  private final Clock clock;

  FilingController(
      SubmitAnnualFiling submitAnnualFiling,
      Filings filings,
      Institutions institutions,
      CurrentCaller currentCaller,
      RegionScope scope,
      Clock clock) {
    this.submitAnnualFiling = submitAnnualFiling;
    this.filings = filings;
    this.institutions = institutions;
    this.currentCaller = currentCaller;
    this.scope = scope;
    this.clock = clock;
  }

  @Override
  public ResponseEntity<AnnualFilingDto> submitAnnualFiling(
      String id, AnnualFilingSubmissionDto body) {
    AnnualFiling filed =
        submitAnnualFiling.submit(
            id, body.getYear(), FilingDtos.toDomain(body.getContents()), currentCaller.get());
    return ResponseEntity.created(
            URI.create("/api/registry/institutions/" + id + "/filings/" + filed.year()))
        .body(FilingDtos.full(filed, today()));
  }

  @Override
  public ResponseEntity<InstitutionFilingsDto> getInstitutionFilings(String id) {
    Institution institution = visible(id);
    LocalDate today = today();
    List<AnnualFiling> all = filings.ofInstitution(institution.id());
    boolean refusal = all.stream().anyMatch(filing -> filing.refusalOfInspection(today));
    return ResponseEntity.ok(
        new InstitutionFilingsDto(
            institution.id(), refusal, refusal, FilingDtos.summaries(all, today)));
  }

  @Override
  public ResponseEntity<AnnualFilingDto> getAnnualFiling(String id, Integer year) {
    Institution institution = visible(id);
    AnnualFiling filing =
        filings
            .find(institution.id(), year)
            .orElseThrow(() -> Refusal.notFound("filing not found"));
    return ResponseEntity.ok(FilingDtos.full(filing, today()));
  }

  @Override
  public ResponseEntity<FilingPageDto> listFilings(
      Integer year, FilingStatusDto status, String regionCode, Integer page, Integer size) {
    String region = scope.narrow(currentCaller.get(), regionCode);
    LocalDate today = today();
    Filings.Page found =
        filings.list(
            region,
            year,
            status == null ? null : FilingStatus.valueOf(status.getValue()),
            today,
            page,
            size);
    return ResponseEntity.ok(
        new FilingPageDto(
            FilingDtos.summaries(found.items(), today), found.page(), found.size(), found.total()));
  }

  @Override
  public ResponseEntity<TerminationEligiblePageDto> listTerminationEligible(
      Integer year, String regionCode, Integer page, Integer size) {
    String region = scope.narrow(currentCaller.get(), regionCode);
    Filings.Page found = filings.list(region, year, FilingStatus.MISSING, today(), page, size);
    return ResponseEntity.ok(
        new TerminationEligiblePageDto(
            found.items().stream().map(FilingDtos::eligible).toList(),
            found.page(),
            found.size(),
            found.total()));
  }

  private Institution visible(String id) {
    Caller caller = currentCaller.get();
    return institutions
        .find(id)
        .filter(found -> scope.covers(caller, found.countyCode()))
        .orElseThrow(() -> Refusal.notFound("institution not found"));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(RegistryConfiguration.ZONE));
  }
}
