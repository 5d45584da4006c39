package org.ybjg.cases.recovery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.RecoveryApi;
import org.ybjg.cases.api.model.CaseDto;
import org.ybjg.cases.api.model.InstalmentPlanRequestDto;
import org.ybjg.cases.api.model.PaymentRequestDto;
import org.ybjg.cases.api.model.RecoveryGroupingDto;
import org.ybjg.cases.api.model.RecoveryReportDto;
import org.ybjg.cases.api.model.RecoveryRowDto;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseMapper;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.Instalment;
import org.ybjg.cases.casefile.domain.PaymentKind;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;

/** Payments, instalments and the recovery report. */
@RestController
class RecoveryController implements RecoveryApi {

  private final RecoverFunds recoverFunds;
  private final CaseFiles cases;
  private final CaseAccess access;
  private final RegionScope regions;
  private final CurrentCaller currentCaller;
  private final CaseRules rules;

  RecoveryController(
      RecoverFunds recoverFunds,
      CaseFiles cases,
      CaseAccess access,
      RegionScope regions,
      CurrentCaller currentCaller,
      CaseRules rules) {
    this.recoverFunds = recoverFunds;
    this.cases = cases;
    this.access = access;
    this.regions = regions;
    this.currentCaller = currentCaller;
    this.rules = rules;
  }

  @Override
  public ResponseEntity<CaseDto> recordPayment(String id, PaymentRequestDto r, String ifMatch) {
    CaseFile next =
        recoverFunds.pay(
            id,
            CaseAccess.version(ifMatch),
            PaymentKind.valueOf(r.getKind().getValue()),
            Yuan.parse(r.getAmount()),
            r.getOn(),
            r.getReference(),
            currentCaller.get());
    return ResponseEntity.ok()
        .eTag(Long.toString(next.version()))
        .body(CaseMapper.toDto(next, rules.today()));
  }

  @Override
  public ResponseEntity<CaseDto> planInstalments(
      String id, InstalmentPlanRequestDto r, String ifMatch) {
    List<Instalment> plan =
        r.getInstalments().stream()
            .map(i -> new Instalment(i.getDue(), Yuan.parse(i.getAmount())))
            .toList();
    CaseFile next =
        recoverFunds.plan(
            id, CaseAccess.version(ifMatch), r.getReason(), plan, currentCaller.get());
    return ResponseEntity.ok()
        .eTag(Long.toString(next.version()))
        .body(CaseMapper.toDto(next, rules.today()));
  }

  @Override
  public ResponseEntity<RecoveryReportDto> getRecoveryReport(
      RecoveryGroupingDto groupBy, String countyCode) {
    Caller caller = currentCaller.get();
    access.requireReader(caller);
    String region = regions.narrow(caller, countyCode);
    boolean byInstitution = groupBy == RecoveryGroupingDto.INSTITUTION;
    Map<String, Row> rows = new LinkedHashMap<>();
    Row totals = new Row("total", "合计");
    for (CaseFile c : cases.decidedIn(region)) {
      String key = byInstitution ? c.institutionId() : c.countyCode();
      String name =
          byInstitution
              ? c.institutionName()
              : regions.regions().find(c.countyCode()).map(Region::name).orElse(c.countyCode());
      rows.computeIfAbsent(key, k -> new Row(k, name == null ? k : name)).add(c);
      totals.add(c);
    }
    List<Row> sorted = new ArrayList<>(rows.values());
    sorted.sort(
        Comparator.comparing((Row row) -> row.outstanding)
            .reversed()
            .thenComparing(row -> row.key));
    return ResponseEntity.ok(
        new RecoveryReportDto()
            .groupBy(groupBy)
            .rows(sorted.stream().map(Row::dto).toList())
            .totals(totals.dto()));
  }

  private static final class Row {
    final String key;
    final String name;
    long cases;
    BigDecimal assessed = Yuan.ZERO;
    BigDecimal finePaid = Yuan.ZERO;
    BigDecimal returned = Yuan.ZERO;
    BigDecimal outstanding = Yuan.ZERO;

    Row(String key, String name) {
      this.key = key;
      this.name = name;
    }

    void add(CaseFile c) {
      cases++;
      assessed = assessed.add(c.assessed());
      boolean executed = c.procedure().executedOn() != null;
      finePaid =
          finePaid.add(executed ? c.procedure().finePaid() : c.recovery().paid(PaymentKind.FINE));
      returned =
          returned.add(
              executed ? c.procedure().returnedAmount() : c.recovery().paid(PaymentKind.RETURN));
      outstanding = outstanding.add(c.outstanding());
    }

    RecoveryRowDto dto() {
      return new RecoveryRowDto()
          .key(key)
          .name(name)
          .cases(cases)
          .assessed(Yuan.format(assessed))
          .finePaid(Yuan.format(finePaid))
          .returned(Yuan.format(returned))
          .outstanding(Yuan.format(outstanding));
    }
  }
}
