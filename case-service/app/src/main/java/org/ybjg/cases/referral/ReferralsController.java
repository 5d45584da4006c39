package org.ybjg.cases.referral;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.ReferralsApi;
import org.ybjg.cases.api.model.CaseDto;
import org.ybjg.cases.api.model.OtherDepartmentDto;
import org.ybjg.cases.api.model.ReferralProposalDto;
import org.ybjg.cases.api.model.ReferralRequestDto;
import org.ybjg.cases.api.model.ReferralTargetDto;
import org.ybjg.cases.api.model.ReferralUpdateDto;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseMapper;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.ReferralDocument;
import org.ybjg.cases.casefile.domain.ReferralStatus;
import org.ybjg.cases.casefile.domain.ReferralTarget;
import org.ybjg.cases.referral.domain.OtherDepartment;
import org.ybjg.cases.referral.domain.ReferralProposer;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;

/** Referral proposals, referrals and their tracking. */
@RestController
class ReferralsController implements ReferralsApi {

  private final ReferCase referCase;
  private final CaseAccess access;
  private final CurrentCaller currentCaller;
  private final CaseRules rules;

  ReferralsController(
      ReferCase referCase, CaseAccess access, CurrentCaller currentCaller, CaseRules rules) {
    this.referCase = referCase;
    this.access = access;
    this.currentCaller = currentCaller;
    this.rules = rules;
  }

  @Override
  public ResponseEntity<List<ReferralProposalDto>> proposeReferrals(
      String id,
      Boolean typical,
      Boolean suspectedCrime,
      Boolean officialMisconduct,
      OtherDepartmentDto otherDepartment) {
    Caller caller = currentCaller.get();
    access.requireReader(caller);
    CaseFile c = access.visibleCase(id, caller);
    return ResponseEntity.ok(
        ReferralProposer.propose(
                c.ownership(),
                c.category(),
                Boolean.TRUE.equals(typical),
                Boolean.TRUE.equals(suspectedCrime),
                Boolean.TRUE.equals(officialMisconduct),
                otherDepartment == null
                    ? null
                    : OtherDepartment.valueOf(otherDepartment.getValue()))
            .stream()
            .map(
                p ->
                    new ReferralProposalDto()
                        .target(ReferralTargetDto.fromValue(p.target().name()))
                        .targetLabel(p.target().label())
                        .reason(p.reason())
                        .source(p.source()))
            .toList());
  }

  @Override
  public ResponseEntity<CaseDto> referCase(String id, ReferralRequestDto r, String ifMatch) {
    CaseFile next =
        referCase.refer(
            id,
            CaseAccess.version(ifMatch),
            ReferralTarget.valueOf(r.getTarget().getValue()),
            r.getReason(),
            r.getOn(),
            r.getDocuments() == null
                ? List.of()
                : r.getDocuments().stream()
                    .map(d -> new ReferralDocument(d.getTitle(), d.getPages()))
                    .toList(),
            currentCaller.get());
    return ResponseEntity.ok()
        .eTag(Long.toString(next.version()))
        .body(CaseMapper.toDto(next, rules.today()));
  }

  @Override
  public ResponseEntity<CaseDto> trackReferral(
      String id, String referralId, ReferralUpdateDto r, String ifMatch) {
    CaseFile next =
        referCase.track(
            id,
            referralId,
            CaseAccess.version(ifMatch),
            ReferralStatus.valueOf(r.getStatus().getValue()),
            r.getOn(),
            r.getBy(),
            r.getText(),
            currentCaller.get());
    return ResponseEntity.ok()
        .eTag(Long.toString(next.version()))
        .body(CaseMapper.toDto(next, rules.today()));
  }
}
