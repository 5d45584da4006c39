package org.ybjg.cases.ledger;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.LedgerApi;
import org.ybjg.cases.api.model.CaseDto;
import org.ybjg.cases.api.model.CaseOriginDto;
import org.ybjg.cases.api.model.CaseStatusDto;
import org.ybjg.cases.api.model.FindingCategoryDto;
import org.ybjg.cases.api.model.LedgerItemDto;
import org.ybjg.cases.api.model.LedgerNoteRequestDto;
import org.ybjg.cases.api.model.LedgerReasonDto;
import org.ybjg.cases.api.model.LedgerReportDto;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseMapper;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.LedgerReason;
import org.ybjg.cases.ledger.domain.Ledger;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;

/** The clear-to-zero ledger and its notes. */
@RestController
class LedgerController implements LedgerApi {

  private final CaseFiles cases;
  private final CaseAccess access;
  private final NoteLedgerReason noteLedgerReason;
  private final RegionScope regions;
  private final CurrentCaller currentCaller;
  private final CaseRules rules;
  private final MonthDay campaignDay;

  LedgerController(
      CaseFiles cases,
      CaseAccess access,
      NoteLedgerReason noteLedgerReason,
      RegionScope regions,
      CurrentCaller currentCaller,
      CaseRules rules,
      @Value("${ybjg.cases.clear-to-zero-deadline:--04-30}") String campaignDay) {
    this.cases = cases;
    this.access = access;
    this.noteLedgerReason = noteLedgerReason;
    this.regions = regions;
    this.currentCaller = currentCaller;
    this.rules = rules;
    this.campaignDay = MonthDay.parse(campaignDay);
  }

  @Override
  public ResponseEntity<CaseDto> noteLedgerReason(
      String id, LedgerNoteRequestDto r, String ifMatch) {
    CaseFile next =
        noteLedgerReason.note(
            id,
            CaseAccess.version(ifMatch),
            LedgerReason.valueOf(r.getReason().getValue()),
            r.getNote(),
            currentCaller.get());
    return ResponseEntity.ok()
        .eTag(Long.toString(next.version()))
        .body(CaseMapper.toDto(next, rules.today()));
  }

  @Override
  public ResponseEntity<LedgerReportDto> getLedger(
      String countyCode, LocalDate campaignDeadline, Integer page, Integer size) {
    Caller caller = currentCaller.get();
    access.requireReader(caller);
    String region = regions.narrow(caller, countyCode);
    LocalDate today = rules.today();
    LocalDate deadline =
        campaignDeadline != null ? campaignDeadline : campaignDay.atYear(today.getYear());
    Ledger ledger = Ledger.of(cases.allIn(region), deadline, today);
    List<LedgerItemDto> items =
        ledger.open().stream()
            .skip((long) page * size)
            .limit(size)
            .map(c -> item(c, today))
            .toList();
    return ResponseEntity.ok(
        new LedgerReportDto()
            .campaignDeadline(deadline)
            .asOf(today)
            .daysLeft(ledger.daysLeft())
            .total(ledger.total())
            .cleared(ledger.cleared())
            .open((long) ledger.open().size())
            .openWithoutReason(ledger.openWithoutReason())
            .items(items)
            .page(page)
            .size(size));
  }

  private static LedgerItemDto item(CaseFile c, LocalDate today) {
    CaseDto full = CaseMapper.toDto(c, today);
    return new LedgerItemDto()
        .caseId(c.id())
        .institutionId(c.institutionId())
        .institutionName(c.institutionName())
        .countyCode(c.countyCode())
        .origin(CaseOriginDto.fromValue(c.origin().name()))
        .originLabel(c.origin().label())
        .category(FindingCategoryDto.fromValue(c.category().name()))
        .categoryLabel(c.category().label())
        .status(CaseStatusDto.fromValue(c.status().name()))
        .statusLabel(c.status().label())
        .openedOn(c.openedOn())
        .deadline(full.getDeadline())
        .reason(
            c.ledgerNote() == null
                ? null
                : LedgerReasonDto.fromValue(c.ledgerNote().reason().name()))
        .reasonLabel(c.ledgerNote() == null ? null : c.ledgerNote().reason().label())
        .reasonNote(c.ledgerNote() == null ? null : c.ledgerNote().note())
        .surcharge(c.surchargeOrNull(today) == null ? null : Yuan.format(c.surchargeOrNull(today)));
  }
}
