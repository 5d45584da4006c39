package org.ybjg.inspection.sampling.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.inspection.ceremony.domain.Ceremony;
import org.ybjg.inspection.ceremony.domain.Commitment;
import org.ybjg.inspection.ceremony.domain.Official;

/**
 * A sampling plan (抽查计划) and everything that happens to it, in one document: the definition
 * (editable only as a draft), the publication (frozen population, hash, commitment), the ceremony,
 * the draw record and the tasks it created. Keeping it in one document makes every step a single
 * write: a failed step leaves nothing half done.
 *
 * @param regionPath the scope region and its ancestors (what scoped reads match)
 * @param taskRegions every region any task's institution lies in (scoped task reads match it)
 * @param taskInstitutionIds institutions with a task (findings conclude them)
 */
public record SamplingPlan(
    String id,
    long version,
    PlanDefinition definition,
    List<String> regionPath,
    PlanStatus status,
    String createdBy,
    Instant createdAt,
    Publication publication,
    Ceremony ceremony,
    DrawRecord draw,
    Instant drawnAt,
    List<InspectionTask> tasks,
    List<String> taskRegions,
    List<String> taskIds,
    List<String> taskInstitutionIds,
    String requestKey) {

  /** The algorithm version published with every plan; Verifier.java implements this version. */
  public static final String RULE_VERSION =
      "ybjg-draw-1 (SHA-256 order; team walk; recusal re-walk)";

  public SamplingPlan {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    taskRegions = taskRegions == null ? List.of() : List.copyOf(taskRegions);
    taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    taskInstitutionIds = taskInstitutionIds == null ? List.of() : List.copyOf(taskInstitutionIds);
  }

  public static SamplingPlan draft(
      String id,
      PlanDefinition definition,
      List<String> regionPath,
      String by,
      Instant now,
      String requestKey) {
    return new SamplingPlan(
        id,
        0,
        definition,
        regionPath,
        PlanStatus.DRAFT,
        by,
        now,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        requestKey);
  }

  public SamplingPlan revise(PlanDefinition revised, List<String> newRegionPath) {
    requireStatus(
        PlanStatus.DRAFT,
        "plan-not-draft",
        "计划已公布，不能再修改 (the plan was published and can no longer be changed)");
    return new SamplingPlan(
        id,
        version,
        revised,
        newRegionPath,
        status,
        createdBy,
        createdAt,
        publication,
        ceremony,
        draw,
        drawnAt,
        tasks,
        taskRegions,
        taskIds,
        taskInstitutionIds,
        requestKey);
  }

  public SamplingPlan publish(Publication pub) {
    requireStatus(
        PlanStatus.DRAFT, "plan-already-published", "计划已公布 (the plan is already published)");
    return new SamplingPlan(
        id,
        version,
        definition,
        regionPath,
        PlanStatus.PUBLISHED,
        createdBy,
        createdAt,
        pub,
        ceremony,
        draw,
        drawnAt,
        tasks,
        taskRegions,
        taskIds,
        taskInstitutionIds,
        requestKey);
  }

  /**
   * Fixes the seed: officials' digits in order and the secret (the server's, or the one the bureau
   * supplies now when it supplied only the commitment). A secret that does not match the commitment
   * is refused and changes nothing. A draw's ceremony records each official's office too (who
   * vouches for the digits is part of the public record).
   */
  public SamplingPlan fixSeed(
      List<Official> officials, String suppliedSecret, String by, Instant now) {
    if (status == PlanStatus.DRAFT) {
      throw Refusal.conflict(
          "plan-not-published", "计划尚未公布，不能确定种子 (publish the plan before the ceremony)");
    }
    requireStatus(PlanStatus.PUBLISHED, "seed-already-fixed", "种子已确定 (the seed is already fixed)");
    List<Official> withRoles = new ArrayList<>();
    for (Official o : officials == null ? List.<Official>of() : officials) {
      if (o.role() == null || o.role().isBlank()) {
        throw Refusal.rule(
            "sampling-rule", "officials.role", "须写明每名工作人员的职务 (each official's role must be given)");
      }
      withRoles.add(new Official(o.name(), o.role().strip(), o.digits(), o.at()));
    }
    String secret =
        Commitment.secretToReveal(
            publication.commitmentSuppliedByBureau(), publication.secret(), suppliedSecret);
    Ceremony ceremony = Ceremony.hold(withRoles, secret, publication.commitment(), by, now);
    return new SamplingPlan(
        id,
        version,
        definition,
        regionPath,
        PlanStatus.SEEDED,
        createdBy,
        createdAt,
        publication,
        ceremony,
        draw,
        drawnAt,
        tasks,
        taskRegions,
        taskIds,
        taskInstitutionIds,
        requestKey);
  }

  /**
   * The draw's input from the frozen publication and ceremony; the roster and prior assignments
   * come from outside.
   */
  public DrawRecord.Input drawInput(List<RosterMember> roster, Set<String> priorAssignments) {
    if (status == PlanStatus.DRAWN) {
      throw Refusal.conflict(
          "already-drawn", "本计划已抽取，抽取只能进行一次 (the draw already ran; it runs once)");
    }
    requireStatus(
        PlanStatus.SEEDED,
        "seed-not-fixed",
        "须先公布计划并确定种子 (publish the plan and fix the seed first)");
    return new DrawRecord.Input(
        id,
        publication.ruleVersion(),
        publication.commitment(),
        ceremony.secret(),
        ceremony.officials(),
        publication.population(),
        definition.strata().stream().map(StratumRule::stratum).toList(),
        new LinkedHashSet<>(publication.forcedIn()),
        new LinkedHashSet<>(
            publication.forcedOut().stream().map(Exclusion::institutionId).toList()),
        definition.checkOn(),
        definition.teamRule(),
        publication.counties(),
        roster,
        priorAssignments,
        publication.weights());
  }

  public SamplingPlan drawn(DrawRecord record, List<InspectionTask> newTasks, Instant now) {
    requireStatus(PlanStatus.SEEDED, "already-drawn", "本计划已抽取 (the draw already ran)");
    return withTasks(record, PlanStatus.DRAWN, newTasks, now);
  }

  /** Records a recusal: the record replays and replaces, the task's team follows. */
  public SamplingPlan recuse(DrawRecord after, String targetId) {
    requireStatus(PlanStatus.DRAWN, "not-drawn", "尚未抽取 (nothing was drawn yet)");
    Team team = after.teamOf(targetId);
    List<InspectionTask> updated =
        tasks.stream()
            .map(t -> t.institutionId().equals(targetId) ? t.withTeam(team.members()) : t)
            .toList();
    return withTasks(after, status, updated, drawnAt);
  }

  public InspectionTask task(String taskId) {
    return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst().orElse(null);
  }

  public SamplingPlan withTask(String taskId, UnaryOperator<InspectionTask> change) {
    List<InspectionTask> updated = new ArrayList<>(tasks.size());
    for (InspectionTask t : tasks) {
      updated.add(t.id().equals(taskId) ? change.apply(t) : t);
    }
    return withTasks(draw, status, updated, drawnAt);
  }

  private SamplingPlan withTasks(
      DrawRecord record, PlanStatus newStatus, List<InspectionTask> newTasks, Instant at) {
    Set<String> regions = new LinkedHashSet<>();
    newTasks.forEach(t -> regions.addAll(t.regionPath()));
    return new SamplingPlan(
        id,
        version,
        definition,
        regionPath,
        newStatus,
        createdBy,
        createdAt,
        publication,
        ceremony,
        record,
        at,
        newTasks,
        List.copyOf(regions),
        newTasks.stream().map(InspectionTask::id).toList(),
        newTasks.stream().map(InspectionTask::institutionId).distinct().toList(),
        requestKey);
  }

  private void requireStatus(PlanStatus expected, String problem, String message) {
    if (status != expected) {
      throw Refusal.conflict(problem, message);
    }
  }
}
