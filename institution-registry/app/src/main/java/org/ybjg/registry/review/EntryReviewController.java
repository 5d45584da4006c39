package org.ybjg.registry.review;

import java.net.URI;
import java.time.ZoneOffset;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.api.EntryReviewApi;
import org.ybjg.registry.api.model.ApplicationDecisionDto;
import org.ybjg.registry.api.model.ApplicationDto;
import org.ybjg.registry.api.model.ApplicationPageDto;
import org.ybjg.registry.api.model.ApplicationReviewDto;
import org.ybjg.registry.api.model.ApplicationStatusDto;
import org.ybjg.registry.api.model.AuditLogEntryDto;
import org.ybjg.registry.api.model.DecisionRequestDto;
import org.ybjg.registry.api.model.FilingRequestDto;
import org.ybjg.registry.api.model.InstitutionLevelDto;
import org.ybjg.registry.api.model.InstitutionTypeDto;
import org.ybjg.registry.api.model.OwnershipDto;
import org.ybjg.registry.api.model.ReviewRequestDto;
import org.ybjg.registry.api.model.SubmitApplicationRequestDto;
import org.ybjg.registry.institution.domain.InstitutionLevel;
import org.ybjg.registry.institution.domain.InstitutionType;
import org.ybjg.registry.institution.domain.Ownership;
import org.ybjg.registry.review.domain.Application;
import org.ybjg.registry.review.domain.ApplicationStatus;
import org.ybjg.registry.review.domain.ReviewDecision;
import org.ybjg.registry.review.domain.ReviewMethod;
import org.ybjg.registry.review.domain.ReviewOutcome;
import org.ybjg.registry.review.domain.Verdict;

/** Entry review endpoints (registry.yaml tag EntryReview): thin, region-scoped. */
@RestController
class EntryReviewController implements EntryReviewApi {

  private final EntryReview entryReview;
  private final FileApplication fileApplication;
  private final Applications applications;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;

  EntryReviewController(
      EntryReview entryReview,
      FileApplication fileApplication,
      Applications applications,
      CurrentCaller currentCaller,
      RegionScope scope) {
    this.entryReview = entryReview;
    this.fileApplication = fileApplication;
    this.applications = applications;
    this.currentCaller = currentCaller;
    this.scope = scope;
  }

  @Override
  public ResponseEntity<ApplicationDto> submitApplication(SubmitApplicationRequestDto body) {
    Application application =
        entryReview.submit(
            body.getNationalCode(),
            body.getName(),
            InstitutionType.valueOf(body.getType().name()),
            InstitutionLevel.valueOf(body.getLevel().name()),
            Ownership.valueOf(body.getOwnership().name()),
            body.getCountyCode(),
            currentCaller.get());
    return ResponseEntity.created(URI.create(PATH_LIST_APPLICATIONS + "/" + application.id()))
        .body(toDto(application));
  }

  @Override
  public ResponseEntity<ApplicationPageDto> listApplications(
      String regionCode, ApplicationStatusDto status, Integer page, Integer size) {
    Caller caller = currentCaller.get();
    Applications.Page found =
        applications.list(
            scope.narrow(caller, regionCode),
            status == null ? null : ApplicationStatus.valueOf(status.name()),
            page == null ? 0 : page,
            size == null ? 20 : size);
    return ResponseEntity.ok(
        new ApplicationPageDto(
            found.items().stream().map(EntryReviewController::toDto).toList(),
            found.page(),
            found.size(),
            found.total()));
  }

  @Override
  public ResponseEntity<ApplicationDto> getApplication(String id) {
    return ResponseEntity.ok(toDto(entryReview.get(id, currentCaller.get())));
  }

  @Override
  public ResponseEntity<ApplicationDto> recordReview(String id, ReviewRequestDto body) {
    return ResponseEntity.ok(
        toDto(
            entryReview.review(
                id,
                ReviewMethod.valueOf(body.getMethod().getValue()),
                ReviewOutcome.valueOf(body.getOutcome().getValue()),
                body.getFindings(),
                currentCaller.get())));
  }

  @Override
  public ResponseEntity<ApplicationDto> decideApplication(String id, DecisionRequestDto body) {
    String signedBy = body.getSignature() == null ? null : body.getSignature().getSignedBy();
    String statement = body.getSignature() == null ? null : body.getSignature().getStatement();
    return ResponseEntity.ok(
        toDto(
            entryReview.decide(
                id,
                Verdict.valueOf(body.getVerdict().getValue()),
                body.getReason(),
                body.getReviewer(),
                signedBy,
                statement,
                currentCaller.get())));
  }

  @Override
  public ResponseEntity<ApplicationDto> fileApplication(String id, FilingRequestDto body) {
    return ResponseEntity.ok(
        toDto(fileApplication.file(id, body.getAgreementSignedOn(), currentCaller.get())));
  }

  static ApplicationDto toDto(Application a) {
    ReviewDecision d = a.decision();
    return new ApplicationDto(
            a.id(),
            a.version(),
            a.nationalCode(),
            a.name(),
            InstitutionTypeDto.valueOf(a.type().name()),
            a.type().label(),
            InstitutionLevelDto.valueOf(a.level().name()),
            a.level().label(),
            OwnershipDto.valueOf(a.ownership().name()),
            a.ownership().label(),
            a.countyCode(),
            ApplicationStatusDto.valueOf(a.status().name()),
            a.status().label(),
            a.reviews().stream()
                .map(
                    r ->
                        new ApplicationReviewDto(
                            r.method().name(),
                            r.method().label(),
                            r.outcome().name(),
                            r.outcome().label(),
                            r.findings(),
                            r.reviewer(),
                            r.at().atOffset(ZoneOffset.UTC)))
                .toList(),
            a.audit().stream()
                .map(
                    e ->
                        new AuditLogEntryDto(
                            e.at().atOffset(ZoneOffset.UTC), e.by(), e.action(), e.detail()))
                .toList())
        .decision(
            d == null
                ? null
                : new ApplicationDecisionDto(
                        d.verdict().name(),
                        d.verdict().label(),
                        d.reviewer(),
                        d.signature().signedBy(),
                        d.signature().signedAt().atOffset(ZoneOffset.UTC),
                        d.signature().statement(),
                        d.signature().digest())
                    .reason(d.reason()))
        .institutionId(a.institutionId())
        .agreementSignedOn(a.agreementSignedOn());
  }
}
