package org.ybjg.inspection.crosscheck;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.ceremony.domain.Official;
import org.ybjg.inspection.crosscheck.domain.CountyPairing;

/** Commits and fixes county-to-county cross-check pairings (县际交叉检查). */
@Service
public class CrossCheckService {

  /**
   * The city bureau organises cross-checks (吕医保发〔2021〕36号 §(三)1); the province and provincial
   * systems may too.
   */
  static final Set<String> ORGANISERS = Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "API_CLIENT");

  private final CrossCheckPairings pairings;
  private final RegionScope scope;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  CrossCheckService(CrossCheckPairings pairings, RegionScope scope, Clock clock) {
    this.pairings = pairings;
    this.scope = scope;
    this.clock = clock;
  }

  public CountyPairing commit(
      Caller caller,
      String cityCode,
      List<String> listedCounties,
      boolean noReciprocal,
      String suppliedCommitment) {
    Access.requireAnyRole(caller, ORGANISERS);
    Region city =
        scope
            .regions()
            .find(cityCode)
            .orElseThrow(
                () ->
                    Refusal.rule(
                        "unknown-region",
                        "cityCode",
                        "区划代码 " + cityCode + " 不在区划表中 (not in the region table)"));
    if (city.level() != Region.Level.CITY) {
      throw Refusal.rule(
          "not-a-city",
          "cityCode",
          "区划 " + cityCode + " 不是设区的市 (a cross-check pairs the counties of a city)");
    }
    if (!scope.regions().isWithin(cityCode, caller.region())) {
      throw Access.outsideRegion(caller, "cityCode", cityCode);
    }
    List<String> counties =
        listedCounties == null || listedCounties.isEmpty()
            ? countiesOf(cityCode)
            : checked(listedCounties, cityCode);
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    CountyPairing pairing =
        CountyPairing.commit(
            Ids.next(),
            cityCode,
            scope.pathOf(cityCode),
            counties,
            noReciprocal,
            suppliedCommitment,
            HexFormat.of().formatHex(secret),
            caller.username(),
            clock.instant());
    pairings.insert(pairing);
    return pairing;
  }

  public CountyPairing fix(Caller caller, String id, List<Official> officials, String secret) {
    Access.requireAnyRole(caller, ORGANISERS);
    CountyPairing pairing =
        pairings
            .find(id)
            .filter(p -> p.regionPath().contains(caller.region()))
            .orElseThrow(() -> Refusal.notFound("cross-check pairing not found"));
    CountyPairing fixed = pairing.fix(officials, secret, caller.username(), clock.instant());
    pairings.update(fixed, pairing.version());
    return fixed;
  }

  /** For staff: the pairing if its city lies inside the caller's region or contains it. */
  public CountyPairing visible(Caller caller, String id) {
    Access.requireAnyRole(caller, Access.STAFF);
    return pairings
        .find(id)
        .filter(
            p ->
                p.regionPath().contains(caller.region())
                    || scope.regions().isWithin(caller.region(), p.cityCode()))
        .orElseThrow(() -> Refusal.notFound("cross-check pairing not found"));
  }

  public CountyPairing published(String id) {
    return pairings.find(id).orElseThrow(() -> Refusal.notFound("cross-check pairing not found"));
  }

  public String nameOf(String code) {
    return scope.regions().find(code).map(Region::name).orElse(code);
  }

  private List<String> countiesOf(String cityCode) {
    return scope.regions().all().stream()
        .filter(r -> cityCode.equals(r.parentCode()) && r.level() == Region.Level.COUNTY)
        .map(Region::code)
        .sorted()
        .toList();
  }

  private List<String> checked(List<String> listed, String cityCode) {
    for (String county : listed) {
      if (!scope.regions().isCounty(county) || !scope.regions().isWithin(county, cityCode)) {
        throw Refusal.rule(
            "not-a-county-of-the-city",
            "counties",
            county + " 不是 " + cityCode + " 下辖的县级区划 (not a county of the city)");
      }
    }
    return listed;
  }
}
