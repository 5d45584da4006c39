package org.ybjg.registry.fundpayment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Ranks one year's fund payments (基金支付排名, 吕医保发〔2021〕36号 §(三)1: national/provincial checks focus on
 * the top 30 by fund payment; 2023年度省级飞行检查工作方案: flight-check targets from the top of the ranking)
 * within each county, each city and the province. 1 = largest. Ties share a rank and the next rank
 * skips ("competition ranking": 100, 80, 80, 50 → 1, 2, 2, 4), so an institution's rank never
 * depends on the order rows arrived in. A payment without a city (a county directly under the
 * province) gets no city rank.
 */
public final class FundPaymentRanking {

  private FundPaymentRanking() {}

  /** One institution's payment in the year and where it lies. */
  public record Entry(
      String key, String countyCode, String cityCode, String provinceCode, BigDecimal amount) {}

  public record Ranks(Integer county, Integer city, Integer province) {}

  public static Map<String, Ranks> rank(List<Entry> entries) {
    Map<String, Integer> county = rankWithin(entries, Entry::countyCode);
    Map<String, Integer> city = rankWithin(entries, Entry::cityCode);
    Map<String, Integer> province = rankWithin(entries, Entry::provinceCode);
    Map<String, Ranks> ranks = new HashMap<>(entries.size() * 2);
    for (Entry entry : entries) {
      ranks.put(
          entry.key(),
          new Ranks(county.get(entry.key()), city.get(entry.key()), province.get(entry.key())));
    }
    return ranks;
  }

  private static Map<String, Integer> rankWithin(
      List<Entry> entries, Function<Entry, String> group) {
    Map<String, List<Entry>> groups = new HashMap<>();
    for (Entry entry : entries) {
      String code = group.apply(entry);
      if (code != null) {
        groups.computeIfAbsent(code, c -> new ArrayList<>()).add(entry);
      }
    }
    Map<String, Integer> ranks = new HashMap<>(entries.size() * 2);
    Comparator<Entry> largestFirst = Comparator.comparing(Entry::amount).reversed();
    for (List<Entry> members : groups.values()) {
      members.sort(largestFirst);
      int rank = 0;
      BigDecimal previous = null;
      for (int i = 0; i < members.size(); i++) {
        Entry entry = members.get(i);
        if (previous == null || entry.amount().compareTo(previous) != 0) {
          rank = i + 1;
          previous = entry.amount();
        }
        ranks.put(entry.key(), rank);
      }
    }
    return ranks;
  }
}
