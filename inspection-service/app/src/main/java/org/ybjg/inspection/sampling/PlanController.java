package org.ybjg.inspection.sampling;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.ceremony.domain.Official;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.sampling.domain.PlanStatus;
import org.ybjg.inspection.sampling.domain.SamplingPlan;

/**
 * Sampling plans (抽查计划): draft, publish, ceremony, draw, recusal; region-scoped (a foreign plan is
 * 404). The contract is in the OpenAPI spec (tag SamplingPlans).
 */
@RestController
class PlanController {

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

  record PublicationBody(String commitment) {}

  record CeremonyBody(List<Official> officials, String secret) {}

  record RecusalBody(String targetId, String inspectorId, String reason) {}

  @PostMapping(path = "/api/inspection/plans", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> create(
      @RequestBody PlanRequest body,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    Caller caller = currentCaller.get();
    SamplingPlan plan =
        drafts.create(caller, body.toDefinition(), Access.requestKey(caller, idempotencyKey));
    return ResponseEntity.created(URI.create("/api/inspection/plans/" + plan.id()))
        .body(PlanViews.staff(plan));
  }

  @PutMapping(path = "/api/inspection/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> revise(@PathVariable String id, @RequestBody PlanRequest body) {
    return PlanViews.staff(drafts.revise(currentCaller.get(), id, body.toDefinition()));
  }

  @PatchMapping(path = "/api/inspection/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> patch(@PathVariable String id, @RequestBody PlanRequest body) {
    return PlanViews.staff(drafts.revise(currentCaller.get(), id, body::mergedOnto));
  }

  @GetMapping(path = "/api/inspection/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> get(@PathVariable String id) {
    Caller caller = currentCaller.get();
    Access.requireAnyRole(caller, Access.STAFF);
    return plans
        .findWithin(id, caller.region())
        .map(PlanViews::staff)
        .orElseThrow(() -> Refusal.notFound("plan not found"));
  }

  @GetMapping(path = "/api/inspection/plans", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> list(
      @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
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
    PageOf<Map<String, Object>> found =
        plans
            .search(
                scope.narrow(caller, regionCode),
                wanted,
                Math.max(0, page),
                Math.min(Math.max(1, size), 200))
            .map(PlanViews::staff);
    return Map.of(
        "items", found.items(), "page", found.page(), "size", found.size(), "total", found.total());
  }

  @PostMapping(
      path = "/api/inspection/plans/{id}/publication",
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> publish(
      @PathVariable String id, @RequestBody(required = false) PublicationBody body) {
    return PlanViews.staff(
        publish.handle(currentCaller.get(), id, body == null ? null : body.commitment()));
  }

  @PostMapping(
      path = "/api/inspection/plans/{id}/ceremony",
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> ceremony(@PathVariable String id, @RequestBody CeremonyBody body) {
    return PlanViews.staff(
        fixSeed.handle(currentCaller.get(), id, body.officials(), body.secret()));
  }

  @PostMapping(
      path = "/api/inspection/plans/{id}/draw",
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> draw(@PathVariable String id) {
    return PlanViews.staff(runDraw.handle(currentCaller.get(), id));
  }

  @PostMapping(
      path = "/api/inspection/draws/{id}/recusals",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> recuse(
      @PathVariable String id, @RequestBody RecusalBody body) {
    SamplingPlan plan =
        recusal.handle(currentCaller.get(), id, body.targetId(), body.inspectorId(), body.reason());
    var last = plan.draw().recusals().get(plan.draw().recusals().size() - 1);
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("drawId", plan.id());
    out.put("targetId", last.targetId());
    out.put("inspectorId", last.inspectorId());
    out.put("reason", last.reason());
    out.put("replacementId", last.replacementId());
    out.put("at", last.at());
    out.put("team", PlanViews.team(plan.draw().teamOf(last.targetId())));
    return ResponseEntity.status(201).body(out);
  }
}
