package org.ybjg.cases.casefile;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.Finding;
import org.ybjg.cases.casefile.domain.FindingCategory;
import org.ybjg.cases.events.CaseOpened;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.institution.Institutions;
import org.ybjg.cases.institution.domain.Institution;
import org.ybjg.cases.institution.domain.Ownership;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.event.MalformedEventException;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.events.FindingRecorded;

/**
 * Opens a case (立案) for an inspection finding and publishes {@code case.opened.v1}, in one insert.
 * The case id is derived from the finding id, so a redelivered finding hits the same {@code _id}:
 * the insert fails as a duplicate, which means "already done".
 */
@Component
public class OpenCaseFromFinding {

  private static final Logger log = LoggerFactory.getLogger(OpenCaseFromFinding.class);
  private static final EventType OPENED = new EventType(CaseOpened.TYPE, CaseTopics.EVENTS);

  private final AggregateStore store;
  private final Events events;
  private final Institutions institutions;
  private final RegionScope regions;
  private final CaseRules rules;

  OpenCaseFromFinding(
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

  /**
   * @return whether a case was opened (false: this finding's case exists already)
   */
  public boolean open(EventEnvelope envelope, FindingRecorded recorded) {
    Finding finding = findingOf(envelope, recorded);
    if (!regions.regions().isCounty(finding.countyCode())) {
      throw new MalformedEventException(
          describe(envelope)
              + " names "
              + finding.countyCode()
              + ", which is not a county of the region table");
    }
    Ownership registryOwnership =
        institutions.find(finding.institutionId()).map(Institution::ownership).orElse(null);
    CaseFile opened =
        CaseFile.openFrom(
            finding, registryOwnership, regions.pathOf(finding.countyCode()), rules.now());
    CaseOpened fact =
        new CaseOpened(
            opened.id(),
            opened.findingId(),
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
          envelope.id());
      log.info(
          "opened case {} for finding {} of institution {}",
          opened.id(),
          finding.findingId(),
          finding.institutionId());
      return true;
    } catch (DuplicateKeyException alreadyOpened) {
      return alreadyOpened(opened, envelope);
    }
  }

  private static boolean alreadyOpened(CaseFile opened, EventEnvelope envelope) {
    log.info(
        "case {} for finding {} exists already; {} changes nothing",
        opened.id(),
        opened.findingId(),
        describe(envelope));
    return false;
  }

  private static Finding findingOf(EventEnvelope envelope, FindingRecorded r) {
    Ownership ownership =
        Ownership.fromCode(r.ownership())
            .orElseThrow(
                () ->
                    new MalformedEventException(
                        describe(envelope) + " has unknown ownership '" + r.ownership() + "'"));
    FindingCategory category =
        FindingCategory.fromCode(r.category())
            .orElseThrow(
                () ->
                    new MalformedEventException(
                        describe(envelope) + " has unknown category '" + r.category() + "'"));
    try {
      return new Finding(
          r.findingId(),
          r.institutionId(),
          r.institutionName(),
          ownership,
          r.countyCode(),
          category,
          Yuan.exact(r.improperAmount()),
          r.foundOn());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new MalformedEventException(describe(envelope) + ": " + e.getMessage(), e);
    }
  }

  private static String describe(EventEnvelope envelope) {
    return envelope.type() + " " + envelope.id();
  }
}
