package org.ybjg.cases.rules;

import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.RulesApi;
import org.ybjg.cases.api.model.CreditConsequenceDto;
import org.ybjg.cases.api.model.DeadlineAnswerDto;
import org.ybjg.cases.api.model.DoctorPointsRuleDto;
import org.ybjg.cases.api.model.FindingCategoryDto;
import org.ybjg.cases.api.model.FineBasisDto;
import org.ybjg.cases.api.model.PenaltyRuleDto;
import org.ybjg.cases.api.model.RulesDto;
import org.ybjg.cases.api.model.TimeLimitDto;
import org.ybjg.cases.api.model.TimeUnitDto;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.decision.domain.PenaltyRules;
import org.ybjg.cases.points.domain.PointsTable;
import org.ybjg.chassis.calendar.domain.TimeUnit;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.security.CurrentCaller;

/** The rule tables in force and the working-day calculator. */
@RestController
class RulesController implements RulesApi {

  private final CaseRules rules;
  private final PenaltyRules penaltyRules;
  private final PointsTable pointsTable;
  private final CaseAccess access;
  private final CurrentCaller currentCaller;

  RulesController(
      CaseRules rules,
      PenaltyRules penaltyRules,
      PointsTable pointsTable,
      CaseAccess access,
      CurrentCaller currentCaller) {
    this.rules = rules;
    this.pointsTable = pointsTable;
    this.penaltyRules = penaltyRules;
    this.access = access;
    this.currentCaller = currentCaller;
  }

  @Override
  public ResponseEntity<RulesDto> getRules() {
    access.requireReader(currentCaller.get());
    return ResponseEntity.ok(
        new RulesDto()
            .timeLimits(
                rules.limits().all().stream()
                    .map(
                        l ->
                            new TimeLimitDto()
                                .step(l.key().name())
                                .stepLabel(l.key().label())
                                .amount(l.amount())
                                .unit(TimeUnitDto.fromValue(l.unit().name()))
                                .toConfirm(l.toConfirm())
                                .source(l.source()))
                    .toList())
            .penaltyRules(
                penaltyRules.all().stream()
                    .map(
                        r ->
                            new PenaltyRuleDto()
                                .category(FindingCategoryDto.fromValue(r.category().name()))
                                .categoryLabel(r.category().label())
                                .article(r.article())
                                .citation(r.citation())
                                .fineBasis(FineBasisDto.fromValue(r.fineBasis().name()))
                                .fineMin(r.fineMin().toPlainString())
                                .fineMax(r.fineMax().toPlainString())
                                .fineMandatory(r.fineMandatory())
                                .returnOfLoss(r.returnOfLoss())
                                .suspensionAllowed(r.suspensionAllowed())
                                .terminationAllowed(r.terminationAllowed())
                                .creditConsequence(
                                    CreditConsequenceDto.fromValue(r.credit().name()))
                                .toConfirm(r.toConfirm())
                                .source(r.source()))
                    .toList())
            .repeatOffenceWindowMonths(rules.repeatOffenceWindowMonths())
            .largeFine(Yuan.format(rules.largeFine()))
            .doctorPointsRules(
                pointsTable.all().stream()
                    .map(
                        r ->
                            new DoctorPointsRuleDto()
                                .minPoints(r.minPoints())
                                .maxPoints(r.maxPoints())
                                .article(r.article())
                                .category(
                                    r.category() == null
                                        ? null
                                        : FindingCategoryDto.fromValue(r.category().name()))
                                .minAmount(
                                    r.minAmount() == null ? null : Yuan.format(r.minAmount()))
                                .toConfirm(r.toConfirm())
                                .source(r.source()))
                    .toList()));
  }

  @Override
  public ResponseEntity<DeadlineAnswerDto> computeDeadline(
      LocalDate from, Integer amount, TimeUnitDto unit) {
    TimeUnit timeUnit = TimeUnit.valueOf(unit.getValue());
    LocalDate due = rules.calendar().plus(from, amount, timeUnit);
    return ResponseEntity.ok(
        new DeadlineAnswerDto()
            .from(from)
            .amount(amount)
            .unit(unit)
            .due(due)
            .calendarCovers(rules.calendar().covers(from, due)));
  }
}
