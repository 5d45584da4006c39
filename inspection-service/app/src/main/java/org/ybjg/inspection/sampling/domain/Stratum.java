package org.ybjg.inspection.sampling.domain;

import org.ybjg.chassis.domain.Refusal;

/**
 * One stratum of a sampling plan with its quota (吕医保发〔2021〕36号 §(三): e.g. tertiary ≥ 50 %,
 * secondary ≥ 30 %, primary ≥ 10 %). The quota is {@code max(ceil(size × percent / 100), minimum)}:
 * percentages round up; a stratum smaller than its quota is taken whole and reported as a
 * shortfall.
 *
 * @param code stratum code (e.g. the institution level)
 * @param percent share to draw, 0..100
 * @param minimum at least this many, 0 for none
 */
public record Stratum(String code, int percent, int minimum) {

  public Stratum {
    if (code == null || code.isBlank()) {
      throw Refusal.rule("sampling-rule", "strata.code", "a stratum needs a code");
    }
    if (percent < 0 || percent > 100) {
      throw Refusal.rule("sampling-rule", "strata.percent", "percent must be between 0 and 100");
    }
    if (minimum < 0) {
      throw Refusal.rule("sampling-rule", "strata.minimum", "minimum must not be negative");
    }
  }

  public int quotaFor(int populationSize) {
    int byPercent = (int) ((populationSize * (long) percent + 99) / 100);
    return Math.max(byPercent, minimum);
  }
}
