package org.ybjg.inspection.coverage;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.api.CoverageApi;
import org.ybjg.inspection.api.model.CountyCoverageDto;
import org.ybjg.inspection.api.model.CoverageProgressDto;
import org.ybjg.inspection.api.model.CoverageRoundDto;
import org.ybjg.inspection.api.model.CoverageRoundPageDto;
import org.ybjg.inspection.api.model.CoverageRoundStatusDto;
import org.ybjg.inspection.api.model.CoverageTallyDto;
import org.ybjg.inspection.api.model.NewCoverageRoundDto;
import org.ybjg.inspection.api.model.UncheckedInstitutionDto;
import org.ybjg.inspection.api.model.UncheckedPageDto;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.coverage.domain.CoverageProgress;
import org.ybjg.inspection.coverage.domain.CoverageRound;
import org.ybjg.inspection.coverage.domain.RoundMember;

/** Full-coverage rounds (全覆盖监督检查) and the coverage dashboard. */
@RestController
class CoverageController implements CoverageApi {

  private final CoverageRoundsService service;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;

  CoverageController(
      CoverageRoundsService service, CurrentCaller currentCaller, RegionScope scope) {
    this.service = service;
    this.currentCaller = currentCaller;
    this.scope = scope;
  }

  @Override
  public ResponseEntity<CoverageRoundDto> openCoverageRound(NewCoverageRoundDto body) {
    CoverageRound round =
        service.open(
            currentCaller.get(),
            body.getName(),
            body.getRegionCode(),
            body.getWindowFrom(),
            body.getWindowTo());
    return ResponseEntity.created(
            URI.create("/api/inspection/coverage-rounds/" + round.id() + "/progress"))
        .body(toDto(round));
  }

  @Override
  public ResponseEntity<CoverageRoundPageDto> listCoverageRounds(Integer page, Integer size) {
    PageOf<CoverageRoundDto> found =
        service.list(currentCaller.get(), page, size).map(CoverageController::toDto);
    return ResponseEntity.ok(
        new CoverageRoundPageDto(found.items(), found.page(), found.size(), found.total()));
  }

  @Override
  public ResponseEntity<CoverageProgressDto> getCoverageProgress(String id) {
    Caller caller = currentCaller.get();
    CoverageRound round = service.visible(caller, id);
    CoverageProgress progress = service.progress(round, caller.region());
    return ResponseEntity.ok(
        new CoverageProgressDto()
            .round(toDto(round))
            .asOf(service.today())
            .status(CoverageRoundStatusDto.fromValue(progress.status().name()))
            .statusLabel(progress.status().label())
            .total(tally(progress.total()))
            .counties(progress.counties().stream().map(CoverageController::county).toList()));
  }

  @Override
  public ResponseEntity<UncheckedPageDto> listUncheckedInstitutions(
      String id, String countyCode, Integer page, Integer size) {
    Caller caller = currentCaller.get();
    CoverageRound round = service.visible(caller, id);
    String region = scope.narrow(caller, countyCode);
    CoverageProgress progress = service.progress(round, region);
    List<RoundMember> unchecked = progress.unchecked();
    int from = (int) Math.min((long) page * size, unchecked.size());
    int to = Math.min(from + size, unchecked.size());
    List<UncheckedInstitutionDto> items =
        unchecked.subList(from, to).stream()
            .map(
                member ->
                    new UncheckedInstitutionDto()
                        .institutionId(member.institutionId())
                        .name(member.name())
                        .countyCode(member.countyCode())
                        .countyName(
                            scope
                                .regions()
                                .find(member.countyCode())
                                .map(Region::name)
                                .orElse(member.countyCode()))
                        .overdue(progress.past()))
            .toList();
    return ResponseEntity.ok(new UncheckedPageDto(items, page, size, (long) unchecked.size()));
  }

  static CoverageRoundDto toDto(CoverageRound round) {
    return new CoverageRoundDto()
        .id(round.id())
        .name(round.name())
        .regionCode(round.regionCode())
        .windowFrom(round.windowFrom())
        .windowTo(round.windowTo())
        .populationSize(round.populationSize())
        .populationHash(round.populationHash())
        .createdBy(round.createdBy())
        .createdAt(round.createdAt().atOffset(ZoneOffset.UTC));
  }

  private static CoverageTallyDto tally(CoverageProgress.Tally tally) {
    return new CoverageTallyDto()
        .population(tally.population())
        .checked(tally.checked())
        .unchecked(tally.unchecked())
        .overdue(tally.overdue())
        .share(tally.share().doubleValue());
  }

  private static CountyCoverageDto county(CoverageProgress.CountyRow row) {
    CoverageProgress.Tally tally = row.tally();
    return new CountyCoverageDto()
        .countyCode(row.countyCode())
        .name(row.name())
        .population(tally.population())
        .checked(tally.checked())
        .unchecked(tally.unchecked())
        .overdue(tally.overdue())
        .share(tally.share().doubleValue());
  }
}
