package org.ybjg.registry.institution;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.api.InstitutionsApi;
import org.ybjg.registry.api.model.AgreementStateDto;
import org.ybjg.registry.api.model.InstitutionDto;
import org.ybjg.registry.api.model.InstitutionLevelDto;
import org.ybjg.registry.api.model.InstitutionPageDto;
import org.ybjg.registry.api.model.InstitutionTypeDto;
import org.ybjg.registry.api.model.OwnershipDto;
import org.ybjg.registry.api.model.RegisterInstitutionRequestDto;
import org.ybjg.registry.institution.domain.Institution;

/** The institutions endpoints of registry.yaml: thin, scoped by the caller's region. */
@RestController
class InstitutionController implements InstitutionsApi {

  private final RegisterInstitution registerInstitution;
  private final Institutions institutions;
  private final InstitutionDtos dtos;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;
  private final ChangeAgreement changeAgreement;
  private final InstitutionHistory history;

  InstitutionController(
      RegisterInstitution registerInstitution,
      Institutions institutions,
      InstitutionDtos dtos,
      CurrentCaller currentCaller,
      RegionScope scope,
      ChangeAgreement changeAgreement,
      InstitutionHistory history) {
    this.changeAgreement = changeAgreement;
    this.history = history;
    this.registerInstitution = registerInstitution;
    this.institutions = institutions;
    this.dtos = dtos;
    this.currentCaller = currentCaller;
    this.scope = scope;
  }

  @Override
  public ResponseEntity<InstitutionDto> registerInstitution(
      RegisterInstitutionRequestDto body, String idempotencyKey) {
    Institution registered =
        registerInstitution.register(
            new RegisterInstitutionCommand(
                body.getNationalCode(),
                body.getName(),
                InstitutionDtos.type(body.getType()),
                InstitutionDtos.level(body.getLevel()),
                InstitutionDtos.ownership(body.getOwnership()),
                body.getCountyCode(),
                body.getAgreementSignedOn(),
                idempotencyKey),
            currentCaller.get());
    return ResponseEntity.created(URI.create(PATH_LIST_INSTITUTIONS + "/" + registered.id()))
        .body(dtos.toDto(registered));
  }

  @Override
  public ResponseEntity<InstitutionPageDto> listInstitutions(
      String countyCode,
      InstitutionTypeDto type,
      InstitutionLevelDto level,
      OwnershipDto ownership,
      AgreementStateDto agreementState,
      String nameContains,
      Integer page,
      Integer size,
      String regionCode,
      String creditGrade,
      org.ybjg.registry.api.model.InstitutionSortDto sort) {
    Caller caller = currentCaller.get();
    Institutions.Page found =
        institutions.list(
            new Institutions.Filter(
                region(caller, regionCode, countyCode),
                InstitutionDtos.type(type),
                InstitutionDtos.level(level),
                InstitutionDtos.ownership(ownership),
                InstitutionDtos.agreementState(agreementState),
                nameContains,
                creditGrade,
                sort == null ? Institutions.Order.NAME : Institutions.Order.valueOf(sort.name())),
            page == null ? 0 : page,
            size == null ? 20 : size);
    return ResponseEntity.ok(
        new InstitutionPageDto(
            found.items().stream().map(dtos::toDto).toList(),
            found.page(),
            found.size(),
            found.total()));
  }

  /**
   * The subtree to list: {@code regionCode} and/or {@code countyCode} (older name of the same
   * filter), each inside the caller's region (else 404). With both, the narrower applies; two
   * disjoint regions match nothing.
   */
  private String region(Caller caller, String regionCode, String countyCode) {
    String region = scope.narrow(caller, regionCode);
    if (countyCode == null || countyCode.isBlank()) {
      return region;
    }
    String county = scope.narrow(caller, countyCode);
    if (scope.regions().isWithin(county, region)) {
      return county;
    }
    return scope.regions().isWithin(region, county) ? region : NO_REGION;
  }

  /** Matches no record's region path. */
  private static final String NO_REGION = "-";

  @Override
  public ResponseEntity<org.ybjg.registry.api.model.AgreementCoverageDto> getAgreementCoverage(
      String regionCode) {
    String region = scope.narrow(currentCaller.get(), regionCode);
    org.ybjg.registry.institution.domain.AgreementCoverage coverage =
        org.ybjg.registry.institution.domain.AgreementCoverage.of(
            region, institutions.countByAgreementState(region));
    return ResponseEntity.ok(
        new org.ybjg.registry.api.model.AgreementCoverageDto(
            region,
            coverage.designated(),
            coverage.underAgreement(),
            coverage.active(),
            coverage.suspended(),
            coverage.none(),
            coverage.terminated(),
            coverage.share().doubleValue()));
  }

  @Override
  public ResponseEntity<InstitutionDto> changeAgreement(
      String id, org.ybjg.registry.api.model.AgreementActionDto body) {
    Institution changed =
        changeAgreement.change(
            id,
            new ChangeAgreement.Command(
                ChangeAgreement.Action.valueOf(body.getAction().getValue()),
                body.getEffectiveOn(),
                body.getReason(),
                body.getFrom(),
                body.getUntil(),
                body.getCaseId(),
                body.getDepartments()),
            currentCaller.get());
    return ResponseEntity.ok(dtos.toDto(changed));
  }

  @Override
  public ResponseEntity<InstitutionDto> getInstitution(String id) {
    Caller caller = currentCaller.get();
    Institution institution =
        institutions
            .find(id)
            .filter(found -> scope.covers(caller, found.countyCode()))
            .orElseThrow(() -> Refusal.notFound("institution not found"));
    return ResponseEntity.ok(dtos.toDto(institution));
  }

  @Override
  public ResponseEntity<org.ybjg.registry.api.model.InstitutionHistoryDto> getInstitutionHistory(
      String id) {
    Caller caller = currentCaller.get();
    Institution institution =
        institutions
            .find(id)
            .filter(found -> scope.covers(caller, found.countyCode()))
            .orElseThrow(() -> Refusal.notFound("institution not found"));
    return ResponseEntity.ok(
        new org.ybjg.registry.api.model.InstitutionHistoryDto(
            id, history.of(institution).stream().map(InstitutionDtos::toDto).toList()));
  }
}
