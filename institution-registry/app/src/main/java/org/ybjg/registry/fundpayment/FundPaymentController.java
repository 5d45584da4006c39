package org.ybjg.registry.fundpayment;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.api.FundPaymentsApi;
import org.ybjg.registry.api.model.FundPaymentRankingDto;
import org.ybjg.registry.api.model.RankedFundPaymentDto;
import org.ybjg.registry.institution.domain.FundPayment;

/**
 * "Top N by fund payment" of a region inside the caller's (sampling and flight checks draw from
 * it).
 */
@RestController
class FundPaymentController implements FundPaymentsApi {

  private final FundPayments fundPayments;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;

  FundPaymentController(FundPayments fundPayments, CurrentCaller currentCaller, RegionScope scope) {
    this.fundPayments = fundPayments;
    this.currentCaller = currentCaller;
    this.scope = scope;
  }

  @Override
  public ResponseEntity<FundPaymentRankingDto> topFundPayments(
      String regionCode, Integer year, Integer n) {
    String region = scope.narrow(currentCaller.get(), regionCode);
    Integer rankedYear = year != null ? year : fundPayments.latestYear(region).orElse(null);
    if (rankedYear == null) {
      return ResponseEntity.ok(new FundPaymentRankingDto(region, List.of()));
    }
    Region.Level level =
        scope.regions().find(region).map(Region::level).orElse(Region.Level.COUNTY);
    List<FundPayments.Ranked> top = fundPayments.top(region, rankedYear, n == null ? 30 : n);
    Map<String, String> names =
        fundPayments.namesOf(top.stream().map(FundPayments.Ranked::institutionId).toList());
    List<RankedFundPaymentDto> items =
        top.stream()
            .map(
                ranked -> {
                  FundPayment payment = ranked.payment();
                  Integer rank =
                      switch (level) {
                        case PROVINCE -> payment.provinceRank();
                        case CITY -> payment.cityRank();
                        case COUNTY -> payment.countyRank();
                      };
                  return new RankedFundPaymentDto(
                          rank,
                          ranked.institutionId(),
                          ranked.nationalCode(),
                          names.getOrDefault(ranked.institutionId(), ranked.nationalCode()),
                          ranked.countyCode(),
                          payment.amount().toPlainString())
                      .countyRank(payment.countyRank())
                      .cityRank(payment.cityRank())
                      .provinceRank(payment.provinceRank());
                })
            .toList();
    return ResponseEntity.ok(new FundPaymentRankingDto(region, items).year(rankedYear));
  }
}
