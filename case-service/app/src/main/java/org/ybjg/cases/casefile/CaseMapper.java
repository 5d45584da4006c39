package org.ybjg.cases.casefile;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ybjg.cases.api.model.AdjustmentDto;
import org.ybjg.cases.api.model.AdjustmentKindDto;
import org.ybjg.cases.api.model.CaseDto;
import org.ybjg.cases.api.model.CaseExposureDto;
import org.ybjg.cases.api.model.CaseOriginDto;
import org.ybjg.cases.api.model.CaseStatusDto;
import org.ybjg.cases.api.model.ConcernedDoctorDto;
import org.ybjg.cases.api.model.CreditConsequenceDto;
import org.ybjg.cases.api.model.DeadlineDto;
import org.ybjg.cases.api.model.DeadlineStepDto;
import org.ybjg.cases.api.model.DecisionDto;
import org.ybjg.cases.api.model.DoctorPointsDto;
import org.ybjg.cases.api.model.ExtensionDto;
import org.ybjg.cases.api.model.ExtrapolationDto;
import org.ybjg.cases.api.model.FindingCategoryDto;
import org.ybjg.cases.api.model.HistoryEntryDto;
import org.ybjg.cases.api.model.HistoryKindDto;
import org.ybjg.cases.api.model.InstalmentDto;
import org.ybjg.cases.api.model.LedgerNoteDto;
import org.ybjg.cases.api.model.LedgerReasonDto;
import org.ybjg.cases.api.model.MeasureDto;
import org.ybjg.cases.api.model.MeasureKindDto;
import org.ybjg.cases.api.model.MoneyRangeDto;
import org.ybjg.cases.api.model.OwnershipDto;
import org.ybjg.cases.api.model.PaymentDto;
import org.ybjg.cases.api.model.PaymentKindDto;
import org.ybjg.cases.api.model.PenaltyAssessmentDto;
import org.ybjg.cases.api.model.ProcedureDto;
import org.ybjg.cases.api.model.RecoveryDto;
import org.ybjg.cases.api.model.ReferralDocumentDto;
import org.ybjg.cases.api.model.ReferralDto;
import org.ybjg.cases.api.model.ReferralStatusDto;
import org.ybjg.cases.api.model.ReferralTargetDto;
import org.ybjg.cases.api.model.SurchargeDto;
import org.ybjg.cases.casefile.domain.Adjustment;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.Deadline;
import org.ybjg.cases.casefile.domain.Decision;
import org.ybjg.cases.casefile.domain.Extension;
import org.ybjg.cases.casefile.domain.Extrapolation;
import org.ybjg.cases.casefile.domain.HistoryEntry;
import org.ybjg.cases.casefile.domain.Instalment;
import org.ybjg.cases.casefile.domain.LateSurcharge;
import org.ybjg.cases.casefile.domain.Measure;
import org.ybjg.cases.casefile.domain.MoneyRange;
import org.ybjg.cases.casefile.domain.PaymentKind;
import org.ybjg.cases.casefile.domain.PenaltyAssessment;
import org.ybjg.cases.casefile.domain.Procedure;
import org.ybjg.cases.casefile.domain.Recovery;
import org.ybjg.cases.casefile.domain.Referral;
import org.ybjg.chassis.domain.Yuan;

/** Domain → API: codes with their zh-CN labels beside them, money as two-decimal strings. */
public final class CaseMapper {

  private CaseMapper() {}

  public static CaseDto toDto(CaseFile c, LocalDate today) {
    return new CaseDto()
        .id(c.id())
        .version(c.version())
        .status(CaseStatusDto.fromValue(c.status().name()))
        .statusLabel(c.status().label())
        .origin(CaseOriginDto.fromValue(c.origin().name()))
        .originLabel(c.origin().label())
        .findingId(c.findingId())
        .nextSteps(
            c.allowedSteps().stream()
                .sorted()
                .map(
                    step ->
                        new org.ybjg.cases.api.model.NextStepDto(
                            org.ybjg.cases.api.model.StepActionDto.fromValue(step.name()),
                            step.label()))
                .toList())
        .institutionId(c.institutionId())
        .institutionName(c.institutionName())
        .ownership(OwnershipDto.fromValue(c.ownership().name()))
        .ownershipLabel(c.ownership().label())
        .countyCode(c.countyCode())
        .category(FindingCategoryDto.fromValue(c.category().name()))
        .categoryLabel(c.category().label())
        .improperAmount(Yuan.format(c.improperAmount()))
        .openedOn(c.openedOn())
        .procedure(toDto(c.procedure()))
        .deadline(c.deadline() == null ? null : toDto(c.deadline(), today))
        .decision(c.decision() == null ? null : toDto(c.decision()))
        .recovery(recoveryOf(c, today))
        .exposure(
            c.exposure() == null
                ? null
                : new CaseExposureDto()
                    .summary(c.exposure().summary())
                    .publishedOn(c.exposure().publishedOn())
                    .publishedBy(c.exposure().publishedBy()))
        .ledgerNote(
            c.ledgerNote() == null
                ? null
                : new LedgerNoteDto()
                    .reason(LedgerReasonDto.fromValue(c.ledgerNote().reason().name()))
                    .reasonLabel(c.ledgerNote().reason().label())
                    .note(c.ledgerNote().note())
                    .on(c.ledgerNote().on())
                    .by(c.ledgerNote().by()))
        .referrals(c.referrals().stream().map(CaseMapper::toDto).toList())
        .history(c.history().stream().map(CaseMapper::toDto).toList())
        .source(c.source() == null ? null : toDto(c.source()));
  }

  private static org.ybjg.cases.api.model.CaseSourceDto toDto(
      org.ybjg.cases.casefile.domain.CaseSource source) {
    return new org.ybjg.cases.api.model.CaseSourceDto(
            source.reference(),
            source.evidence().stream()
                .map(
                    e ->
                        new org.ybjg.cases.api.model.EvidenceDto(e.title())
                            .kind(e.kind())
                            .sha256(e.sha256())
                            .pages(e.pages()))
                .toList())
        .violationItem(source.violationItem())
        .periodFrom(source.periodFrom())
        .periodTo(source.periodTo())
        .description(source.description())
        .receivedBy(source.receivedBy());
  }

  private static ProcedureDto toDto(Procedure p) {
    return new ProcedureDto()
        .clueOn(p.clueOn())
        .filingDue(p.filingDue())
        .filingExtended(p.filingExtended())
        .filedOn(p.filedOn())
        .decisionDue(p.decisionDue())
        .notifiedOn(p.notifiedOn())
        .proposal(p.proposal())
        .hearingRight(p.hearingRight())
        .statementDue(p.statementDue())
        .hearingRequestedOn(p.hearingRequestedOn())
        .hearingHeldOn(p.hearingHeldOn())
        .waived(p.waived())
        .legalReviewOn(p.legalReviewOn())
        .legalReviewBy(p.legalReviewOn() == null ? null : p.legalReviewBy())
        .servedOn(p.servedOn())
        .serviceDue(p.serviceDue())
        .serviceMethod(p.serviceMethod())
        .recipient(p.recipient())
        .paymentDue(p.paymentDue())
        .executedOn(p.executedOn())
        .finePaid(Yuan.format(p.finePaid()))
        .returnedAmount(Yuan.format(p.returnedAmount()))
        .rectificationDue(p.rectificationDue())
        .rectifiedOn(p.rectifiedOn())
        .closedOn(p.closedOn())
        .closingReason(p.closingReason())
        .extensions(p.extensions().stream().map(CaseMapper::toDto).toList())
        .statements(p.statements());
  }

  private static RecoveryDto recoveryOf(CaseFile c, LocalDate today) {
    Recovery r = c.recovery();
    boolean executed = c.procedure().executedOn() != null;
    List<InstalmentDto> instalments = new java.util.ArrayList<>();
    for (int i = 0; i < r.instalments().size(); i++) {
      Instalment instalment = r.instalments().get(i);
      instalments.add(
          new InstalmentDto()
              .due(instalment.due())
              .amount(Yuan.format(instalment.amount()))
              .covered(executed || r.covers(i)));
    }
    LateSurcharge surcharge = c.surcharge(today);
    return new RecoveryDto()
        .surcharge(
            new SurchargeDto()
                .amount(Yuan.format(surcharge.amount()))
                .accruesFrom(surcharge.accruesFrom())
                .days(surcharge.days())
                .capped(surcharge.capped()))
        .assessed(Yuan.format(c.assessed()))
        .finePaid(Yuan.format(executed ? c.procedure().finePaid() : r.paid(PaymentKind.FINE)))
        .returned(
            Yuan.format(executed ? c.procedure().returnedAmount() : r.paid(PaymentKind.RETURN)))
        .outstanding(Yuan.format(c.outstanding()))
        .instalmentReason(r.instalmentReason())
        .instalments(instalments)
        .payments(
            r.payments().stream()
                .map(
                    p ->
                        new PaymentDto()
                            .kind(PaymentKindDto.fromValue(p.kind().name()))
                            .kindLabel(p.kind().label())
                            .amount(Yuan.format(p.amount()))
                            .on(p.on())
                            .by(p.by())
                            .reference(p.reference()))
                .toList());
  }

  private static ReferralDto toDto(Referral r) {
    return new ReferralDto()
        .id(r.id())
        .target(ReferralTargetDto.fromValue(r.target().name()))
        .targetLabel(r.target().label())
        .status(ReferralStatusDto.fromValue(r.status().name()))
        .statusLabel(r.status().label())
        .reason(r.reason())
        .sentOn(r.sentOn())
        .sentBy(r.sentBy())
        .documents(
            r.documents().stream()
                .map(d -> new ReferralDocumentDto().title(d.title()).pages(d.pages()))
                .toList())
        .receivedOn(r.receivedOn())
        .receivedBy(r.receivedBy())
        .feedbackOn(r.feedbackOn())
        .feedback(r.feedback());
  }

  private static ExtensionDto toDto(Extension e) {
    return new ExtensionDto()
        .days(e.days())
        .reason(e.reason())
        .on(e.on())
        .by(e.by())
        .signedBy(e.signedBy());
  }

  private static DeadlineDto toDto(Deadline d, LocalDate today) {
    return new DeadlineDto()
        .step(DeadlineStepDto.fromValue(d.step().name()))
        .stepLabel(d.step().label())
        .due(d.due())
        .overdue(d.isOverdueOn(today));
  }

  private static DecisionDto toDto(Decision d) {
    return new DecisionDto()
        .decisionNumber(d.number().text())
        .measures(d.measures().stream().map(CaseMapper::toDto).toList())
        .fineAmount(Yuan.format(d.fineAmount()))
        .returnAmount(Yuan.format(d.returnAmount()))
        .article(d.article())
        .basis(d.basis())
        .creditConsequence(
            d.creditConsequence() == null
                ? null
                : CreditConsequenceDto.fromValue(d.creditConsequence().name()))
        .creditConsequenceLabel(
            d.creditConsequence() == null ? null : d.creditConsequence().label())
        .penalty(d.penalty() == null ? null : toDto(d.penalty()))
        .decidedOn(d.decidedOn())
        .decidedBy(d.decidedBy())
        .signedBy(d.signedBy())
        .doctors(
            d.doctors().stream()
                .map(
                    doctor ->
                        new ConcernedDoctorDto()
                            .doctorId(doctor.doctorId())
                            .name(doctor.name())
                            .practiceCode(doctor.practiceCode()))
                .toList())
        .doctorPoints(
            d.doctorPoints().stream()
                .map(
                    p ->
                        new DoctorPointsDto()
                            .doctorId(p.doctorId())
                            .name(p.name())
                            .tierMin(p.tierMin())
                            .tierMax(p.tierMax())
                            .tierSource(p.tierSource())
                            .tierToConfirm(p.tierToConfirm())
                            .points(p.points())
                            .reason(p.reason())
                            .confirmedOn(p.confirmedOn())
                            .confirmedBy(p.confirmedBy()))
                .toList());
  }

  public static PenaltyAssessmentDto toDto(PenaltyAssessment a) {
    return new PenaltyAssessmentDto()
        .article(a.article())
        .citation(a.citation())
        .lossBase(Yuan.format(a.lossBase()))
        .returnAmount(Yuan.format(a.returnAmount()))
        .fineRange(toDto(a.fineRange()))
        .statutoryRange(toDto(a.statutoryRange()))
        .proposedFine(Yuan.format(a.proposedFine()))
        .fineMandatory(a.fineMandatory())
        .suspensionAllowed(a.suspensionAllowed())
        .terminationAllowed(a.terminationAllowed())
        .creditConsequence(CreditConsequenceDto.fromValue(a.creditConsequence().name()))
        .creditConsequenceLabel(a.creditConsequence().label())
        .extrapolation(a.extrapolation() == null ? null : toDto(a.extrapolation()))
        .adjustments(a.adjustments().stream().map(CaseMapper::toDto).toList())
        .explanation(a.explanation());
  }

  private static MoneyRangeDto toDto(MoneyRange r) {
    return new MoneyRangeDto().min(Yuan.format(r.min())).max(Yuan.format(r.max()));
  }

  private static ExtrapolationDto toDto(Extrapolation e) {
    return new ExtrapolationDto()
        .sampleCount(e.sampleCount())
        .populationCount(e.populationCount())
        .sampleImproperAmount(Yuan.format(e.sampleImproperAmount()))
        .ratio(e.ratio().toPlainString())
        .result(Yuan.format(e.result()));
  }

  private static AdjustmentDto toDto(Adjustment a) {
    return new AdjustmentDto()
        .kind(AdjustmentKindDto.fromValue(a.kind().name()))
        .kindLabel(a.kind().label())
        .ground(a.ground())
        .explanation(a.explanation());
  }

  private static MeasureDto toDto(Measure m) {
    return new MeasureDto()
        .kind(MeasureKindDto.fromValue(m.kind().name()))
        .kindLabel(m.kind().label())
        .months(m.months())
        .from(m.from())
        .until(m.until())
        .departments(m.departments());
  }

  private static HistoryEntryDto toDto(HistoryEntry h) {
    return new HistoryEntryDto()
        .kind(HistoryKindDto.fromValue(h.kind().name()))
        .kindLabel(h.kind().label())
        .at(h.at().atOffset(ZoneOffset.UTC))
        .on(h.on())
        .by(h.by())
        .signedBy(h.signedBy() == null ? List.of() : h.signedBy())
        .note(h.note());
  }
}
