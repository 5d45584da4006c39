package org.ybjg.inspection.sampling.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What was frozen and published before the draw: the population snapshot per stratum (ids, sorted)
 * and its hash, the institutions' counties (for cross-check teams), the draw weights of members
 * whose credit grade the plan weights (id → weight, only where not 1), forced inclusions and
 * exclusions, the rule version and the seed commitment. {@code secret} is kept private until the
 * ceremony reveals it; it is null when the bureau holds it offline and supplied only the
 * commitment.
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
    Instant publishedAt,
    Map<String, Integer> weights) {

  /** A publication without weights. */
  public Publication(
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
    this(
        ruleVersion,
        population,
        counties,
        populationHash,
        forcedIn,
        forcedOut,
        sizes,
        commitment,
        secret,
        commitmentSuppliedByBureau,
        publishedBy,
        publishedAt,
        null);
  }

  public Publication {
    weights = weights == null ? Map.of() : weights;
  }

  /**
   * How large each stratum's eligible population is and what its quota comes to (reported at
   * publication).
   */
  public record StratumSize(String code, int population, int quota, int shortfall) {}
}
