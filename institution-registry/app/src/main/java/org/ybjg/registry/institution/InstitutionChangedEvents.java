package org.ybjg.registry.institution;

import org.springframework.stereotype.Component;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;
import org.ybjg.registry.institution.domain.Agreement;
import org.ybjg.registry.institution.domain.Change;
import org.ybjg.registry.institution.domain.FundPayment;
import org.ybjg.registry.institution.domain.Institution;

/**
 * Turns a state of an institution into its {@code registry.institution-changed.v1} event (full
 * state + change).
 */
@Component
public class InstitutionChangedEvents {

  public static final EventType TYPE =
      new EventType(InstitutionChanged.TYPE, RegistryTopics.INSTITUTIONS);

  private final Events events;

  InstitutionChangedEvents(Events events) {
    this.events = events;
  }

  /** Keyed by institution id on the compacted topic, so the latest message is the current state. */
  public AggregateStore.Outgoing outgoing(Institution state) {
    return new AggregateStore.Outgoing(
        RegistryTopics.INSTITUTIONS, state.id(), events.envelope(TYPE, state.id(), payload(state)));
  }

  /**
   * The same event as {@link #outgoing}, already serialised: for bulk writes (one per imported
   * row).
   */
  public Events.Serialized serialized(Institution state) {
    return events.serializedEnvelope(TYPE, state.id(), payload(state));
  }

  static InstitutionChanged payload(Institution state) {
    Agreement agreement = state.agreement();
    Change change = state.lastChange();
    return new InstitutionChanged(
        state.id(),
        state.version(),
        state.nationalCode(),
        state.name(),
        state.type().name(),
        state.level().name(),
        state.ownership().name(),
        state.countyCode(),
        state.regionPath(),
        new InstitutionChanged.Agreement(
            agreement.state().name(),
            agreement.signedOn(),
            agreement.suspendedFrom(),
            agreement.suspendedUntil(),
            agreement.suspendedDepartments(),
            agreement.causeCaseId()),
        state.creditGrade(),
        new InstitutionChanged.Change(change.kind().name(), change.reference(), change.at()),
        fundPayment(state.fundPayment()));
  }

  private static InstitutionChanged.FundPayment fundPayment(FundPayment payment) {
    return payment == null
        ? null
        : new InstitutionChanged.FundPayment(
            payment.year(),
            payment.amount(),
            payment.countyRank(),
            payment.cityRank(),
            payment.provinceRank());
  }
}
