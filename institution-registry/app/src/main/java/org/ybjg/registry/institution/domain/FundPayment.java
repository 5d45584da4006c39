package org.ybjg.registry.institution.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.ybjg.chassis.domain.Yuan;

/**
 * One year's fund payment (医保基金支付额, yuan, scale 2) to an institution and its ranks (1 = largest)
 * within its county, its city and the province (基金支付排名, 吕医保发〔2021〕36号 §(三)1, 2023年度省级飞行检查工作方案
 * target selection). A county directly under the province has no city rank (null).
 */
public record FundPayment(
    int year, BigDecimal amount, Integer countyRank, Integer cityRank, Integer provinceRank) {

  public FundPayment {
    amount = Yuan.exact(Objects.requireNonNull(amount, "amount"));
  }

  String describe() {
    return year
        + " 年医保基金支付 "
        + amount.toPlainString()
        + " 元；排名 县区第 "
        + rankText(countyRank)
        + "、市第 "
        + rankText(cityRank)
        + "、省第 "
        + rankText(provinceRank);
  }

  private static String rankText(Integer rank) {
    return rank == null ? "—" : String.valueOf(rank);
  }
}
