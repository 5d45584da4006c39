package org.ybjg.inspection.directory;

import java.time.ZoneOffset;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.api.DirectoryApi;
import org.ybjg.inspection.api.model.AgreementStateDto;
import org.ybjg.inspection.api.model.DirectoryEntryDto;
import org.ybjg.inspection.api.model.DirectoryEntryFundPaymentDto;
import org.ybjg.inspection.api.model.DirectoryPageDto;
import org.ybjg.inspection.api.model.InstitutionLevelDto;
import org.ybjg.inspection.api.model.InstitutionTypeDto;
import org.ybjg.inspection.api.model.OwnershipDto;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.directory.domain.DirectoryEntry;

/** The object directory (检查对象名录库), read-only and scoped to the caller's region. */
@RestController
class DirectoryController implements DirectoryApi {

  private final DirectoryEntries directory;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;

  DirectoryController(DirectoryEntries directory, CurrentCaller currentCaller, RegionScope scope) {
    this.directory = directory;
    this.currentCaller = currentCaller;
    this.scope = scope;
  }

  @Override
  public ResponseEntity<DirectoryPageDto> listDirectory(
      String countyCode,
      InstitutionTypeDto type,
      InstitutionLevelDto level,
      OwnershipDto ownership,
      AgreementStateDto agreementState,
      String nameContains,
      Integer page,
      Integer size) {
    Caller caller = currentCaller.get();
    var filter =
        new DirectoryEntries.DirectoryFilter(
            scope.narrow(caller, countyCode),
            type == null ? null : type.getValue(),
            level == null ? null : level.getValue(),
            ownership == null ? null : ownership.getValue(),
            agreementState == null ? null : agreementState.getValue(),
            nameContains);
    PageOf<DirectoryEntryDto> found =
        directory.search(filter, page, size).map(DirectoryController::toDto);
    return ResponseEntity.ok(
        new DirectoryPageDto(found.items(), found.page(), found.size(), found.total()));
  }

  @Override
  public ResponseEntity<DirectoryEntryDto> getDirectoryEntry(String institutionId) {
    Caller caller = currentCaller.get();
    return directory
        .findWithin(institutionId, caller.region())
        .map(entry -> ResponseEntity.ok(toDto(entry)))
        .orElseThrow(() -> Refusal.notFound("institution not found"));
  }

  static DirectoryEntryDto toDto(DirectoryEntry entry) {
    return new DirectoryEntryDto()
        .institutionId(entry.id())
        .nationalCode(entry.nationalCode())
        .name(entry.name())
        .type(entry.type())
        .typeLabel(entry.typeLabel())
        .level(entry.level())
        .levelLabel(entry.levelLabel())
        .ownership(entry.ownership())
        .ownershipLabel(entry.ownershipLabel())
        .countyCode(entry.countyCode())
        .agreementState(entry.agreementState())
        .agreementStateLabel(entry.agreementStateLabel())
        .suspendedUntil(entry.suspendedUntil())
        .creditGrade(entry.creditGrade())
        .registryVersion(entry.registryVersion())
        .updatedAt(entry.updatedAt() == null ? null : entry.updatedAt().atOffset(ZoneOffset.UTC))
        .fundPayment(
            entry.fundPayment() == null
                ? null
                : new DirectoryEntryFundPaymentDto()
                    .year(entry.fundPayment().year())
                    .amount(Yuan.format(Yuan.rounded(entry.fundPayment().amount())))
                    .countyRank(entry.fundPayment().countyRank())
                    .cityRank(entry.fundPayment().cityRank())
                    .provinceRank(entry.fundPayment().provinceRank()));
  }
}
