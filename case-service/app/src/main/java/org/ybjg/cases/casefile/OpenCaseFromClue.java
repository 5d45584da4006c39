package org.ybjg.cases.casefile;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.CaseOrigin;
import org.ybjg.cases.casefile.domain.CaseSource;
import org.ybjg.cases.casefile.domain.Clue;
import org.ybjg.cases.casefile.domain.FindingCategory;
import org.ybjg.cases.events.CaseOpened;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.institution.Institutions;
import org.ybjg.cases.institution.domain.Institution;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;

/**
 * Opens a case from a tip-off, a smart-monitoring lead, a self-inspection report or an upper-level
 * handover, and publishes {@code case.opened.v1}, in one insert. One case per origin and source
 * reference: a retry is a 409.
 */
@Component
class OpenCaseFromClue {

  private static final EventType OPENED = new EventType(CaseOpened.TYPE, CaseTopics.EVENTS);

  private final AggregateStore store;
  private final Events events;
  private final Institutions institutions;
  private final RegionScope regions;
  private final CaseRules rules;

  OpenCaseFromClue(
      AggregateStore store,
      Events events,
      Institutions institutions,
      RegionScope regions,
      CaseRules rules) {
    this.store = store;
    this.events = events;
    this.institutions = institutions;
    this.regions = regions;
    this.rules = rules;
  }

  /** What the request says, before the institution is looked up. */
  record Command(
      CaseOrigin origin,
      String institutionId,
      FindingCategory category,
      java.math.BigDecimal amountInvolved,
      java.time.LocalDate receivedOn,
      CaseSource source) {}

  CaseFile open(Command command, Caller caller) {
    Institution institution =
        institutions
            .find(command.institutionId())
            .orElseThrow(
                () ->
                    Refusal.rule(
                        "unknown-institution",
                        "institutionId",
                        "机构 " + command.institutionId() + " 不在定点医药机构名录中（或尚未同步）"));
    if (!regions.covers(caller, institution.countyCode())) {
      throw Refusal.notFound("institution not found");
    }
    Clue clue =
        new Clue(
            command.origin(),
            institution.id(),
            institution.name(),
            institution.ownership(),
            institution.countyCode(),
            command.category(),
            command.amountInvolved(),
            command.receivedOn(),
            command.source());
    CaseFile opened =
        CaseFile.openFrom(
            clue, regions.pathOf(institution.countyCode()), rules.now(), caller.username());
    CaseOpened fact =
        new CaseOpened(
            opened.id(),
            null,
            opened.institutionId(),
            opened.countyCode(),
            opened.origin().name(),
            opened.openedOn());
    try {
      store.insert(
          CaseFiles.COLLECTION,
          opened,
          List.of(
              new AggregateStore.Outgoing(
                  CaseTopics.EVENTS,
                  opened.institutionId(),
                  events.envelope(OPENED, opened.id(), fact))),
          null);
    } catch (DuplicateKeyException exists) {
      throw Refusal.conflict(
          "case-exists",
          "已有案件登记了"
              + command.origin().label()
              + " "
              + command.source().reference()
              + "："
              + opened.id());
    }
    return opened;
  }
}
