package org.ybjg.chassis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.region.RegionTable;

class RegionScopeTest {

  private final RegionScope scope =
      new RegionScope(
          RegionTable.fromCsv(RegionScopeTest.class.getResourceAsStream("/regions/regions.csv")));

  private static Caller caller(String region) {
    return new Caller("u", "u", region, Set.of("COUNTY_ADMIN"));
  }

  @Test
  void shouldCoverOwnCountyOnlyWhenCallerIsCountyAdmin() {
    assertThat(scope.covers(caller("990102"), "990102")).isTrue();
    assertThat(scope.covers(caller("990102"), "990103")).isFalse();
  }

  @Test
  void shouldCoverAllItsCountiesWhenCallerIsCityAdmin() {
    assertThat(scope.covers(caller("990100"), "990105")).isTrue();
    assertThat(scope.covers(caller("990100"), "990202")).isFalse();
  }

  @Test
  void shouldCoverDirectlyAdministeredCityWhenCallerIsProvinceAdmin() {
    assertThat(scope.covers(caller("990000"), "999001")).isTrue();
  }

  @Test
  void shouldAnswerNotFoundWhenRecordIsInForeignRegion() {
    assertThatThrownBy(() -> scope.requireCovers(caller("990103"), "990102", "institution"))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void shouldNarrowToRequestedRegionOnlyWhenInsideCallersRegion() {
    assertThat(scope.narrow(caller("990100"), "990102")).isEqualTo("990102");
    assertThat(scope.narrow(caller("990100"), null)).isEqualTo("990100");
    assertThatThrownBy(() -> scope.narrow(caller("990102"), "990100")).isInstanceOf(Refusal.class);
  }

  @Test
  void shouldReadCallerFromJwtClaims() {
    Jwt jwt =
        new Jwt(
            "t",
            Instant.now(),
            Instant.now().plusSeconds(60),
            Map.of("alg", "RS256"),
            Map.of(
                "sub",
                "county-admin",
                "name",
                "县管理员",
                "region",
                "990102",
                "roles",
                List.of("COUNTY_ADMIN")));
    Caller caller = CurrentCaller.fromJwt(jwt);
    assertThat(caller.username()).isEqualTo("county-admin");
    assertThat(caller.displayName()).isEqualTo("县管理员");
    assertThat(caller.region()).isEqualTo("990102");
    assertThat(caller.hasRole("COUNTY_ADMIN")).isTrue();
  }

  @Test
  void shouldRejectTokenWhenRegionClaimMissingOrMalformed() {
    Jwt noRegion =
        new Jwt(
            "t",
            Instant.now(),
            Instant.now().plusSeconds(60),
            Map.of("alg", "RS256"),
            Map.of("sub", "x", "roles", List.of("COUNTY_ADMIN")));
    Jwt badRegion =
        new Jwt(
            "t",
            Instant.now(),
            Instant.now().plusSeconds(60),
            Map.of("alg", "RS256"),
            Map.of("sub", "x", "region", "99"));
    assertThatThrownBy(() -> CurrentCaller.fromJwt(noRegion))
        .isInstanceOf(InvalidScopeException.class);
    assertThatThrownBy(() -> CurrentCaller.fromJwt(badRegion))
        .isInstanceOf(InvalidScopeException.class);
  }
}
