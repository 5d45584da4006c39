package org.ybjg.inspection.finding;

import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.directory.DirectoryEntries;
import org.ybjg.inspection.directory.domain.DirectoryEntry;
import org.ybjg.inspection.events.FindingRecorded;
import org.ybjg.inspection.events.InspectionTopics;
import org.ybjg.inspection.finding.domain.Finding;
import org.ybjg.inspection.finding.domain.RecordFindingCommand;

/**
 * Records a finding against an institution of the directory and, in the same document write, the
 * {@code inspection.finding-recorded.v1} event for the case service (key = institution id).
 */
@Service
public class RecordFinding {

  static final EventType FINDING_RECORDED =
      new EventType(FindingRecorded.TYPE, InspectionTopics.EVENTS);

  private final Findings findings;
  private final DirectoryEntries directory;
  private final Events events;
  private final Clock clock;

  public RecordFinding(Findings findings, DirectoryEntries directory, Events events, Clock clock) {
    this.findings = findings;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
  }

  /** The recorded finding; for a repeated idempotency key, the one recorded the first time. */
  public Finding handle(Caller caller, RecordFindingCommand command) {
    Access.requireAnyRole(caller, Access.FINDING_RECORDERS);
    if (command.requestKey() != null) {
      var earlier = findings.findByRequestKey(command.requestKey());
      if (earlier.isPresent()) {
        return replay(earlier.get(), command);
      }
    }
    DirectoryEntry institution =
        directory
            .findWithin(command.institutionId(), caller.region())
            .orElseThrow(() -> Refusal.notFound("institution not found"));
    Finding finding =
        Finding.record(
            Ids.next(),
            command,
            institution,
            caller.username(),
            clock.instant(),
            LegalCalendar.today(clock));
    var outgoing =
        new AggregateStore.Outgoing(
            InspectionTopics.EVENTS,
            finding.institutionId(),
            events.envelope(FINDING_RECORDED, finding.id(), recorded(finding)));
    try {
      findings.insert(finding, List.of(outgoing));
      return finding;
    } catch (DuplicateKeyException e) {
      if (command.requestKey() != null) {
        return replay(
            findings.findByRequestKey(command.requestKey()).orElseThrow(() -> e), command);
      }
      throw e;
    }
  }

  static FindingRecorded recorded(Finding finding) {
    return new FindingRecorded(
        finding.id(),
        finding.institutionId(),
        finding.institutionName(),
        finding.ownership(),
        finding.countyCode(),
        finding.category().name(),
        finding.description(),
        finding.improperAmount(),
        finding.foundOn(),
        finding.recordedBy());
  }

  private static Finding replay(Finding earlier, RecordFindingCommand command) {
    if (!earlier.answers(command)) {
      throw Access.keyReused();
    }
    return earlier;
  }
}
