package org.ybjg.inspection.sampling.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What was frozen and published before the draw: the population snapshot per stratum (ids, sorted) and its hash,
 * the institutions' counties (for cross-check teams), forced inclusions and exclusions, the rule version and the
 * seed commitment. {@code secret} is kept private until the ceremony reveals it; it is null when the bureau holds it
 * offline and supplied only the commitment.
 */
public record Publication(
    String ruleVersion,
    Map<String, List<String>> population,
    Map<String, String> counties,
    String populationHash,
    List<String> forcedIn,
    List<Exclusion> forcedOut,
    List<StratumSize> sizes,
    String commitment,
    String secret,
    boolean commitmentSuppliedByBureau,
    String publishedBy,
    Instant publishedAt) {

  /** How large each stratum's eligible population is and what its quota comes to (reported at publication). */
  public record StratumSize(String code, int population, int quota, int shortfall) {}
}
