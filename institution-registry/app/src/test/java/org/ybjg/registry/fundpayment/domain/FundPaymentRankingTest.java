package org.ybjg.registry.fundpayment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ybjg.registry.fundpayment.domain.FundPaymentRanking.Entry;
import org.ybjg.registry.fundpayment.domain.FundPaymentRanking.Ranks;

/**
 * 吕医保发〔2021〕36号 §(三)1 and 2023年度省级飞行检查工作方案: checks focus on the top of the fund-payment ranking
 * (基金支付排名).
 */
class FundPaymentRankingTest {

  @Test
  void shouldRankLargestFirstWithinCountyCityAndProvince() {
    Map<String, Ranks> ranks =
        FundPaymentRanking.rank(
            List.of(
                entry("a", "990102", "990100", "100.00"),
                entry("b", "990102", "990100", "300.00"),
                entry("c", "990103", "990100", "200.00"),
                entry("d", "990202", "990200", "400.00")));

    assertThat(ranks.get("b")).isEqualTo(new Ranks(1, 1, 2));
    assertThat(ranks.get("a")).isEqualTo(new Ranks(2, 3, 4));
    assertThat(ranks.get("c")).isEqualTo(new Ranks(1, 2, 3));
    assertThat(ranks.get("d")).isEqualTo(new Ranks(1, 1, 1));
  }

  @Test
  void shouldGiveTiesTheSameRankAndSkipTheNextWhateverTheOrderOfRows() {
    List<Entry> entries =
        List.of(
            entry("a", "990102", "990100", "100.00"),
            entry("b", "990102", "990100", "80.00"),
            entry("c", "990102", "990100", "80.0"),
            entry("d", "990102", "990100", "50.00"));
    Map<String, Ranks> forward = FundPaymentRanking.rank(entries);
    Map<String, Ranks> backward = FundPaymentRanking.rank(reversed(entries));

    assertThat(forward).isEqualTo(backward);
    assertThat(forward.get("a").county()).isEqualTo(1);
    assertThat(forward.get("b").county()).isEqualTo(2);
    assertThat(forward.get("c").county()).isEqualTo(2);
    assertThat(forward.get("d").county()).isEqualTo(4);
  }

  @Test
  void shouldGiveNoCityRankToACountyDirectlyUnderTheProvince() {
    Map<String, Ranks> ranks =
        FundPaymentRanking.rank(
            List.of(entry("x", "999001", null, "10.00"), entry("y", "990102", "990100", "20.00")));

    assertThat(ranks.get("x")).isEqualTo(new Ranks(1, null, 2));
  }

  private static List<Entry> reversed(List<Entry> entries) {
    List<Entry> copy = new java.util.ArrayList<>(entries);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static Entry entry(String key, String county, String city, String amount) {
    return new Entry(key, county, city, "990000", new BigDecimal(amount));
  }
}
