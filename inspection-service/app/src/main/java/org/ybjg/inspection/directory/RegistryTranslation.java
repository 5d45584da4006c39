package org.ybjg.inspection.directory;

import java.time.Instant;
import java.util.List;
import org.ybjg.chassis.event.MalformedEventException;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.directory.domain.DirectoryEntry;
import org.ybjg.registry.events.InstitutionChanged;

/**
 * Translates the registry's published language into this service's directory entry. A message
 * without the facts every entry needs can never be applied: it is malformed, not retried.
 */
class RegistryTranslation {

  private final RegionScope regions;

  RegistryTranslation(RegionScope regions) {
    this.regions = regions;
  }

  DirectoryEntry toEntry(InstitutionChanged changed, Instant eventTime) {
    require(changed.institutionId(), "institutionId");
    require(changed.name(), "name");
    require(changed.type(), "type");
    require(changed.level(), "level");
    require(changed.ownership(), "ownership");
    require(changed.countyCode(), "countyCode");
    if (changed.version() < 0) {
      throw new MalformedEventException(
          "institution " + changed.institutionId() + " has a negative version");
    }
    if (changed.agreement() == null || changed.agreement().state() == null) {
      throw new MalformedEventException(
          "institution " + changed.institutionId() + " has no agreement state");
    }
    // The local region table decides scope; the registry's path is the fallback for a county this
    // service's table does not know yet (the entry is then visible where the registry placed it).
    List<String> path = regions.pathOf(changed.countyCode());
    if (path.isEmpty()) {
      path = changed.regionPath() == null ? List.of() : changed.regionPath();
    }
    if (path.isEmpty()) {
      throw new MalformedEventException(
          "institution "
              + changed.institutionId()
              + " lies in unknown county "
              + changed.countyCode());
    }
    Instant changedAt =
        changed.change() != null && changed.change().at() != null
            ? changed.change().at()
            : eventTime;
    return new DirectoryEntry(
        changed.institutionId(),
        changed.version(),
        changed.nationalCode(),
        changed.name(),
        changed.type(),
        changed.level(),
        changed.ownership(),
        changed.countyCode(),
        path,
        changed.agreement().state(),
        changed.agreement().suspendedUntil(),
        changed.creditGrade(),
        changedAt,
        fundPayment(changed.fundPayment()));
  }

  private static DirectoryEntry.FundPayment fundPayment(InstitutionChanged.FundPayment p) {
    return p == null
        ? null
        : new DirectoryEntry.FundPayment(
            p.year(), p.amount(), p.countyRank(), p.cityRank(), p.provinceRank());
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new MalformedEventException("institution-changed without " + field);
    }
  }
}
