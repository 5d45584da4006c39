package org.ybjg.cases.decision;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.DecisionsApi;
import org.ybjg.cases.api.model.CaseDto;
import org.ybjg.cases.api.model.DecisionRequestDto;
import org.ybjg.cases.api.model.MeasureRequestDto;
import org.ybjg.cases.casefile.CaseMapper;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.decision.domain.MeasureKind;
import org.ybjg.cases.decision.domain.MeasureOrder;
import org.ybjg.chassis.security.CurrentCaller;

/** Issuing the decision on a case. */
@RestController
class DecisionsController implements DecisionsApi {

  private final IssueDecision issueDecision;
  private final CurrentCaller currentCaller;

  DecisionsController(IssueDecision issueDecision, CurrentCaller currentCaller) {
    this.issueDecision = issueDecision;
    this.currentCaller = currentCaller;
  }

  @Override
  public ResponseEntity<CaseDto> issueDecision(String id, DecisionRequestDto request, String ifMatch) {
    CaseFile decided = issueDecision.issue(new IssueDecision.Command(
        id,
        version(ifMatch),
        request.getMeasures() == null ? List.of() : request.getMeasures().stream().map(DecisionsController::order)
            .toList(),
        request.getFineAmount(),
        request.getBasis(),
        currentCaller.get()));
    return ResponseEntity.ok().eTag(Long.toString(decided.version())).body(CaseMapper.toDto(decided));
  }

  private static MeasureOrder order(MeasureRequestDto m) {
    return new MeasureOrder(MeasureKind.valueOf(m.getKind().getValue()), m.getMonths(), m.getFrom(),
        m.getDepartments());
  }

  /** {@code "3"}, {@code W/"3"} or {@code 3} → 3; {@code *} or none → null (the spec's pattern was checked). */
  static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    return Long.valueOf(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
  }
}
