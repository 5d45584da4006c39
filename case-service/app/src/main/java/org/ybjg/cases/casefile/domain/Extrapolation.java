package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;

/**
 * Scaling up improper fees found in a random re-audit sample (承医保发〔2019〕2号 §17, docs/law.md:
 * 对初审通过的费用采取随机抽查方式进行复审， 审核查实的违规费用，可按照抽查比例放大后拒付). The ratio is sample / population; the result is
 * the sample's improper amount divided by the ratio (= × population / sample), rounded half-up to
 * the fen.
 */
public record Extrapolation(
    long sampleCount,
    long populationCount,
    BigDecimal sampleImproperAmount,
    BigDecimal ratio,
    BigDecimal result) {

  public static Extrapolation of(
      long sampleCount, long populationCount, BigDecimal sampleImproperAmount) {
    if (sampleCount < 1) {
      throw Refusal.rule(
          "sample-invalid", "extrapolation.sampleCount", "a sample has at least one claim");
    }
    if (populationCount < sampleCount) {
      throw Refusal.rule(
          "sample-invalid",
          "extrapolation.populationCount",
          "the sample ("
              + sampleCount
              + ") cannot be larger than the population it was drawn from ("
              + populationCount
              + ")");
    }
    if (sampleImproperAmount == null || sampleImproperAmount.signum() < 0) {
      throw Refusal.rule(
          "sample-invalid",
          "extrapolation.sampleImproperAmount",
          "the improper amount of the sample is a non-negative sum of yuan");
    }
    BigDecimal ratio =
        BigDecimal.valueOf(sampleCount)
            .divide(BigDecimal.valueOf(populationCount), 6, RoundingMode.HALF_UP);
    BigDecimal result =
        sampleImproperAmount
            .multiply(BigDecimal.valueOf(populationCount))
            .divide(BigDecimal.valueOf(sampleCount), 2, RoundingMode.HALF_UP);
    return new Extrapolation(
        sampleCount, populationCount, Yuan.exact(sampleImproperAmount), ratio, result);
  }

  public String explanation() {
    return "抽查"
        + sampleCount
        + "份(共"
        + populationCount
        + "份，抽查比例"
        + ratio.toPlainString()
        + ")，查实违规费用"
        + sampleImproperAmount.toPlainString()
        + "元，按抽查比例放大为"
        + result.toPlainString()
        + "元(承医保发〔2019〕2号 §17)";
  }
}
