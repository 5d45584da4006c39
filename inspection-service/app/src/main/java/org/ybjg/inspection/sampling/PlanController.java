package org.ybjg.inspection.sampling;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.api.SamplingPlansApi;
import org.ybjg.inspection.api.model.CeremonyRequestDto;
import org.ybjg.inspection.api.model.NewSamplingPlanDto;
import org.ybjg.inspection.api.model.PublicationRequestDto;
import org.ybjg.inspection.api.model.RecusalDto;
import org.ybjg.inspection.api.model.RecusalRequestDto;
import org.ybjg.inspection.api.model.SamplingPlanChangesDto;
import org.ybjg.inspection.api.model.SamplingPlanDto;
import org.ybjg.inspection.api.model.SamplingPlanPageDto;
import org.ybjg.inspection.ceremony.domain.Official;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.sampling.domain.PlanStatus;
import org.ybjg.inspection.sampling.domain.Recusal;
import org.ybjg.inspection.sampling.domain.SamplingPlan;

/**
 * Sampling plans (抽查计划): draft, publish, ceremony, draw, recusal; region-scoped (a foreign plan is
 * 404). The contract is in the OpenAPI spec (tag SamplingPlans).
 */
@RestController
class PlanController implements SamplingPlansApi {

  private final DraftPlans drafts;
  private final PublishPlan publish;
  private final FixSeed fixSeed;
  private final RunDraw runDraw;
  private final DeclareRecusal recusal;
  private final SamplingPlans plans;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;

  PlanController(
      DraftPlans drafts,
      PublishPlan publish,
      FixSeed fixSeed,
      RunDraw runDraw,
      DeclareRecusal recusal,
      SamplingPlans plans,
      CurrentCaller currentCaller,
      RegionScope scope) {
    this.drafts = drafts;
    this.publish = publish;
    this.fixSeed = fixSeed;
    this.runDraw = runDraw;
    this.recusal = recusal;
    this.plans = plans;
    this.currentCaller = currentCaller;
    this.scope = scope;
  }

  @Override
  public ResponseEntity<SamplingPlanDto> createSamplingPlan(
      NewSamplingPlanDto body, String idempotencyKey) {
    Caller caller = currentCaller.get();
    SamplingPlan plan =
        drafts.create(
            caller, PlanRequest.of(body).toDefinition(), Access.requestKey(caller, idempotencyKey));
    return ResponseEntity.created(URI.create("/api/inspection/plans/" + plan.id()))
        .body(PlanViews.staff(plan));
  }

  @Override
  public ResponseEntity<SamplingPlanDto> reviseSamplingPlan(String id, NewSamplingPlanDto body) {
    return ResponseEntity.ok(
        PlanViews.staff(
            drafts.revise(currentCaller.get(), id, PlanRequest.of(body).toDefinition())));
  }

  @Override
  public ResponseEntity<SamplingPlanDto> patchSamplingPlan(String id, SamplingPlanChangesDto body) {
    return ResponseEntity.ok(
        PlanViews.staff(drafts.revise(currentCaller.get(), id, PlanRequest.of(body)::mergedOnto)));
  }

  @Override
  public ResponseEntity<SamplingPlanDto> getSamplingPlan(String id) {
    Caller caller = currentCaller.get();
    Access.requireAnyRole(caller, Access.STAFF);
    return ResponseEntity.ok(
        plans
            .findWithin(id, caller.region())
            .map(PlanViews::staff)
            .orElseThrow(() -> Refusal.notFound("plan not found")));
  }

  @Override
  public ResponseEntity<SamplingPlanPageDto> listSamplingPlans(
      String regionCode, String status, Integer page, Integer size) {
    Caller caller = currentCaller.get();
    Access.requireAnyRole(caller, Access.STAFF);
    PlanStatus wanted = null;
    if (status != null) {
      try {
        wanted = PlanStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw Refusal.rule("sampling-rule", "status", "unknown status " + status);
      }
    }
    PageOf<SamplingPlanDto> found =
        plans
            .search(
                scope.narrow(caller, regionCode),
                wanted,
                PageOf.pageNumber(page),
                PageOf.pageSize(size))
            .map(PlanViews::staff);
    return ResponseEntity.ok(
        new SamplingPlanPageDto()
            .items(found.items())
            .page(found.page())
            .size(found.size())
            .total(found.total()));
  }

  @Override
  public ResponseEntity<SamplingPlanDto> publishSamplingPlan(
      String id, PublicationRequestDto body) {
    return ResponseEntity.ok(
        PlanViews.staff(
            publish.handle(currentCaller.get(), id, body == null ? null : body.getCommitment())));
  }

  @Override
  public ResponseEntity<SamplingPlanDto> fixSamplingSeed(String id, CeremonyRequestDto body) {
    return ResponseEntity.ok(
        PlanViews.staff(
            fixSeed.handle(
                currentCaller.get(),
                id,
                body.getOfficials().stream()
                    .map(o -> new Official(o.getName(), o.getRole(), o.getDigits(), null))
                    .toList(),
                body.getSecret())));
  }

  @Override
  public ResponseEntity<SamplingPlanDto> runSamplingDraw(String id) {
    return ResponseEntity.ok(PlanViews.staff(runDraw.handle(currentCaller.get(), id)));
  }

  @Override
  public ResponseEntity<RecusalDto> declareRecusal(String id, RecusalRequestDto body) {
    SamplingPlan plan =
        recusal.handle(
            currentCaller.get(), id, body.getTargetId(), body.getInspectorId(), body.getReason());
    Recusal last = plan.draw().recusals().get(plan.draw().recusals().size() - 1);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new RecusalDto()
                .drawId(plan.id())
                .targetId(last.targetId())
                .inspectorId(last.inspectorId())
                .reason(last.reason())
                .replacementId(last.replacementId())
                .at(PlanViews.utc(last.at()))
                .team(PlanViews.team(plan.draw().teamOf(last.targetId()))));
  }
}
