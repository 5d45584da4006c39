package org.ybjg.inspection.sampling;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.directory.DirectoryEntries;
import org.ybjg.inspection.directory.domain.DirectoryEntry;
import org.ybjg.inspection.roster.Inspectors;
import org.ybjg.inspection.roster.domain.Inspector;
import org.ybjg.inspection.sampling.domain.DateRange;
import org.ybjg.inspection.sampling.domain.DrawRecord;
import org.ybjg.inspection.sampling.domain.InspectionTask;
import org.ybjg.inspection.sampling.domain.PlanDefinition;
import org.ybjg.inspection.sampling.domain.RosterMember;
import org.ybjg.inspection.sampling.domain.SamplingPlan;
import org.ybjg.inspection.sampling.domain.Team;

/**
 * Runs a plan's draw once: targets from the frozen population with the revealed seed, teams from
 * the roster as it stands, one task per target; the record, the tasks and the events in one
 * document write. A roster that cannot staff a target is a 422 naming it, and nothing is written.
 */
@Service
class RunDraw {

  private final SamplingPlans plans;
  private final DirectoryEntries directory;
  private final Inspectors inspectors;
  private final EarlierChecks earlier;
  private final AgencyDirectory agencies;
  private final SamplingEvents events;
  private final Clock clock;

  RunDraw(
      SamplingPlans plans,
      DirectoryEntries directory,
      Inspectors inspectors,
      EarlierChecks earlier,
      AgencyDirectory agencies,
      SamplingEvents events,
      Clock clock) {
    this.plans = plans;
    this.directory = directory;
    this.inspectors = inspectors;
    this.earlier = earlier;
    this.agencies = agencies;
    this.events = events;
    this.clock = clock;
  }

  SamplingPlan handle(Caller caller, String id) {
    Access.requireAnyRole(caller, PlanAccess.PLANNERS);
    SamplingPlan plan =
        plans.findWithin(id, caller.region()).orElseThrow(() -> Refusal.notFound("plan not found"));
    PlanDefinition def = plan.definition();
    List<RosterMember> roster = roster(def);
    Set<String> prior =
        earlier.assignmentsSince(def.checkOn().minusMonths(def.teamRule().recusalMonths()));
    DrawRecord record = DrawRecord.draw(plan.drawInput(roster, prior));
    Map<String, DirectoryEntry> institutions =
        directory.findAll(record.targets()).stream()
            .collect(
                Collectors.toMap(
                    DirectoryEntry::id, Function.identity(), (a, b) -> a, HashMap::new));
    record
        .targets()
        .forEach(
            target -> agencies.find(target).ifPresent(agency -> institutions.put(target, agency)));
    List<InspectionTask> tasks = new ArrayList<>();
    for (Team team : record.teams()) {
      DirectoryEntry e = institutions.get(team.targetId());
      String county = record.targetCounties().get(team.targetId());
      tasks.add(
          InspectionTask.assign(
              Ids.next(),
              plan.id(),
              def.name(),
              team.targetId(),
              e == null ? team.targetId() : e.name(),
              county,
              e == null ? plan.regionPath() : e.regionPath(),
              team.members(),
              def.period().from(),
              def.period().to()));
    }
    List<AggregateStore.Outgoing> outgoing = new ArrayList<>();
    outgoing.add(events.drawPublished(plan, record));
    tasks.forEach(t -> outgoing.add(events.taskAssigned(t)));
    return plans.update(
        plan, plan.drawn(record, tasks, clock.instant().truncatedTo(ChronoUnit.MILLIS)), outgoing);
  }

  /**
   * The roster in the plan's scope, plus the inspecting counties of a pairing, as the draw sees it.
   */
  private List<RosterMember> roster(PlanDefinition def) {
    Set<String> regions = new HashSet<>();
    regions.add(def.regionCode());
    regions.addAll(def.teamRule().pairing().values());
    Map<String, Integer> loads = earlier.openLoads();
    return inspectors.within(regions).stream()
        .map(
            i ->
                new RosterMember(
                    i.id(),
                    i.name(),
                    i.role().name(),
                    i.homeCountyCode(),
                    i.certificateValidUntil(),
                    i.affiliations().stream().map(Inspector.Affiliation::institutionId).toList(),
                    i.unavailable().stream().map(u -> new DateRange(u.from(), u.to())).toList(),
                    i.specialties().stream().map(Enum::name).toList(),
                    loads.getOrDefault(i.id(), 0)))
        .toList();
  }
}
