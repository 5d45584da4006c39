package org.ybjg.registry.institution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.ybjg.registry.history.HistoryEntryView;
import org.ybjg.registry.history.HistorySource;
import org.ybjg.registry.institution.domain.Change;
import org.ybjg.registry.institution.domain.Institution;

/**
 * One institution's full history in time order: its own changes (source {@code INSTITUTION}) merged
 * with the entries every {@link HistorySource} bean contributes (filings, evaluations, credit
 * records...). The sort is stable: at the same instant the institution's own changes come first,
 * then the sources in bean order.
 *
 * <p>It lives with the institution, not in {@code history}: {@code history} is only the contract
 * every feature contributes through, so it depends on no feature and the feature slices stay free
 * of cycles (docs/architecture.md#services).
 */
@Component
public class InstitutionHistory {

  public static final String INSTITUTION = "INSTITUTION";

  private final ObjectProvider<HistorySource> sources;

  InstitutionHistory(ObjectProvider<HistorySource> sources) {
    this.sources = sources;
  }

  /** The history of an institution the caller may see (the caller's region is checked before). */
  public List<HistoryEntryView> of(Institution institution) {
    List<HistoryEntryView> entries = new ArrayList<>();
    for (Change change : institution.history()) {
      entries.add(
          new HistoryEntryView(
              change.at(),
              INSTITUTION,
              change.kind().name(),
              change.kind().label(),
              change.reference(),
              change.detail(),
              change.by()));
    }
    sources.orderedStream().forEach(source -> entries.addAll(source.entriesFor(institution.id())));
    entries.sort(Comparator.comparing(HistoryEntryView::at));
    return entries;
  }
}
