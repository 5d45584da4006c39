package org.ybjg.cases.decision;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.DecisionsApi;
import org.ybjg.cases.api.model.CaseDto;
import org.ybjg.cases.api.model.DecisionRequestDto;
import org.ybjg.cases.api.model.MeasureRequestDto;
import org.ybjg.cases.api.model.MitigationGroundDto;
import org.ybjg.cases.api.model.PenaltyAssessmentDto;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseMapper;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.ConcernedDoctor;
import org.ybjg.cases.casefile.domain.MeasureKind;
import org.ybjg.cases.casefile.domain.PenaltyAssessment;
import org.ybjg.cases.decision.domain.DecisionDocument;
import org.ybjg.cases.decision.domain.MeasureOrder;
import org.ybjg.cases.decision.domain.MitigationGround;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;

/** Issuing the decision on a case, and proposing its lawful penalty. */
@RestController
class DecisionsController implements DecisionsApi {

  private final IssueDecision issueDecision;
  private final AssessPenalty assessPenalty;
  private final CaseAccess access;
  private final CurrentCaller currentCaller;
  private final CaseRules rules;
  private final DecisionPdf decisionPdf;
  private final RegionScope regions;

  DecisionsController(
      IssueDecision issueDecision,
      AssessPenalty assessPenalty,
      CaseAccess access,
      CurrentCaller currentCaller,
      CaseRules rules,
      DecisionPdf decisionPdf,
      RegionScope regions) {
    this.decisionPdf = decisionPdf;
    this.regions = regions;
    this.issueDecision = issueDecision;
    this.assessPenalty = assessPenalty;
    this.access = access;
    this.currentCaller = currentCaller;
    this.rules = rules;
  }

  @Override
  public ResponseEntity<CaseDto> issueDecision(
      String id, DecisionRequestDto request, String ifMatch) {
    var sample =
        request.getExtrapolation() == null
            ? null
            : new AssessPenalty.Sample(
                request.getExtrapolation().getSampleCount(),
                request.getExtrapolation().getPopulationCount(),
                Yuan.parse(request.getExtrapolation().getSampleImproperAmount()));
    CaseFile decided =
        issueDecision.issue(
            new IssueDecision.Command(
                id,
                CaseAccess.version(ifMatch),
                request.getMeasures() == null
                    ? List.of()
                    : request.getMeasures().stream().map(DecisionsController::order).toList(),
                Yuan.parse(request.getFineAmount()),
                Yuan.parse(request.getReturnAmount()),
                request.getBasis(),
                grounds(request.getMitigation()),
                sample,
                request.getSignedBy(),
                currentCaller.get(),
                request.getDoctors() == null
                    ? List.of()
                    : request.getDoctors().stream()
                        .map(
                            d ->
                                d == null
                                    ? null
                                    : new ConcernedDoctor(
                                        d.getDoctorId(), d.getName(), d.getPracticeCode()))
                        .toList()));
    return ResponseEntity.ok()
        .eTag(Long.toString(decided.version()))
        .body(CaseMapper.toDto(decided, rules.today()));
  }

  @Override
  public ResponseEntity<PenaltyAssessmentDto> proposePenalty(
      String id,
      List<MitigationGroundDto> mitigation,
      Long sampleCount,
      Long populationCount,
      String sampleImproperAmount) {
    Caller caller = currentCaller.get();
    access.requireReader(caller);
    CaseFile c = access.visibleCase(id, caller);
    PenaltyAssessment assessment =
        assessPenalty
            .assess(
                c,
                grounds(mitigation),
                new AssessPenalty.Sample(
                    sampleCount, populationCount, Yuan.parse(sampleImproperAmount)))
            .orElseThrow(
                () ->
                    Refusal.rule(
                        "no-penalty-rule",
                        "category",
                        "the penalty rule table has no rule "
                            + "for "
                            + c.category()
                            + " ("
                            + c.category().label()
                            + "): the officer names the legal basis"));
    return ResponseEntity.ok(CaseMapper.toDto(assessment));
  }

  @Override
  public ResponseEntity<Resource> getDecisionDocument(String id) {
    Caller caller = currentCaller.get();
    access.requireReader(caller);
    CaseFile c = access.visibleCase(id, caller);
    if (c.decision() == null) {
      throw Refusal.conflict("not-decided", "case " + id + " has no decision yet");
    }
    String bureau =
        regions
            .regions()
            .find(c.countyCode())
            .map(r -> r.name() + "医疗保障局")
            .orElse(c.countyCode() + "医疗保障局");
    byte[] pdf = decisionPdf.render(DecisionDocument.of(c, bureau), c.decision().number().text());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("decision-" + c.id() + ".pdf")
                .build()
                .toString())
        .body(new ByteArrayResource(pdf));
  }

  private static Set<MitigationGround> grounds(List<MitigationGroundDto> requested) {
    Set<MitigationGround> grounds = EnumSet.noneOf(MitigationGround.class);
    if (requested != null) {
      requested.forEach(g -> grounds.add(MitigationGround.valueOf(g.getValue())));
    }
    return grounds;
  }

  private static MeasureOrder order(MeasureRequestDto m) {
    return new MeasureOrder(
        MeasureKind.valueOf(m.getKind().getValue()),
        m.getMonths(),
        m.getFrom(),
        m.getDepartments());
  }
}
