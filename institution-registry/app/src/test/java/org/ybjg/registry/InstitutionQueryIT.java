package org.ybjg.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.FundPayment;
import org.ybjg.registry.institution.domain.Institution;

/**
 * Search over the directory: region subtree, credit grade, sort orders with a stable tie-break, the
 * maximum page size. Each test names its institutions with a token and filters on it, so data of
 * other tests in the shared database does not interfere.
 */
class InstitutionQueryIT extends AgencyContextIT {

  @Autowired Institutions institutions;

  @Autowired MongoTemplate mongo;

  @Test
  void shouldFilterByRegionSubtreeKeepingCountyCodeAndAnswer404OutsideCallersRegion()
      throws Exception {
    String token = unique();
    String east = register(token + "-A", "990102", PROVINCE_ADMIN);
    String west = register(token + "-B", "990103", PROVINCE_ADMIN);
    String otherCity = register(token + "-C", "990202", PROVINCE_ADMIN);

    assertThat(ids("regionCode=990100&nameContains=" + token, CITY_ADMIN))
        .containsExactly(east, west);
    assertThat(ids("countyCode=990103&nameContains=" + token, CITY_ADMIN)).containsExactly(west);
    assertThat(ids("regionCode=990000&countyCode=990102&nameContains=" + token, PROVINCE_ADMIN))
        .as("the narrower of both")
        .containsExactly(east);
    assertThat(ids("regionCode=990200&countyCode=990102&nameContains=" + token, PROVINCE_ADMIN))
        .as("disjoint regions")
        .isEmpty();
    assertThat(ids("regionCode=990200&nameContains=" + token, PROVINCE_ADMIN))
        .containsExactly(otherCity);
    assertProblem(
        get("/api/registry/institutions?regionCode=990200", CITY_ADMIN), 404, "not-found");
    assertProblem(
        get("/api/registry/institutions?regionCode=990103", COUNTY_ADMIN), 404, "not-found");
    assertProblem(get("/api/registry/institutions?size=201", CITY_ADMIN), 400, "invalid-input");
    assertThat(get("/api/registry/institutions?sort=BY_MOOD", CITY_ADMIN).statusCode())
        .isEqualTo(400);
  }

  @Test
  void shouldSortByFundPaymentLargestFirstWithNameAsStableTieBreakAndFilterByCreditGrade()
      throws Exception {
    String token = unique();
    String small = register(token + "-D", "990102", CITY_ADMIN);
    String tiedB = register(token + "-B", "990102", CITY_ADMIN);
    String tiedA = register(token + "-A", "990103", CITY_ADMIN);
    String none = register(token + "-E", "990103", CITY_ADMIN);
    pay(small, "100.00");
    pay(tiedB, "900.00");
    pay(tiedA, "900.00");
    grade(tiedB, "C");
    grade(small, "A");

    assertThat(ids("sort=FUND_PAYMENT&nameContains=" + token, CITY_ADMIN))
        .containsExactly(tiedA, tiedB, small, none);
    assertThat(ids("sort=FUND_PAYMENT&size=2&page=1&nameContains=" + token, CITY_ADMIN))
        .as("pages are stable")
        .containsExactly(small, none);
    assertThat(ids("creditGrade=C&nameContains=" + token, CITY_ADMIN)).containsExactly(tiedB);
    assertThat(ids("sort=CREDIT_GRADE&nameContains=" + token, CITY_ADMIN))
        .as("ungraded first, then A..E")
        .containsExactly(tiedA, none, small, tiedB);
    JsonNode page =
        getJson("/api/registry/institutions?creditGrade=C&nameContains=" + enc(token), CITY_ADMIN);
    assertThat(page.path("items").get(0).path("creditGrade").asText()).isEqualTo("C");
  }

  @Test
  void shouldSortByNationalCodeAndByLastChangeNewestFirst() throws Exception {
    String token = unique();
    String first = register(token + "-1", "990102", COUNTY_ADMIN);
    String second = register(token + "-2", "990102", COUNTY_ADMIN);
    Thread.sleep(5);
    HttpResponse<String> renewed =
        post(
            "/api/registry/institutions/" + first + "/agreement-actions",
            "{\"action\":\"RENEW\",\"effectiveOn\":\""
                + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                + "\"}",
            COUNTY_ADMIN);
    assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);

    assertThat(ids("sort=UPDATED&nameContains=" + token, COUNTY_ADMIN))
        .containsExactly(first, second);
    List<String> byCode = ids("sort=NATIONAL_CODE&nameContains=" + token, COUNTY_ADMIN);
    List<String> codes =
        byCode.stream().map(id -> institutions.find(id).orElseThrow().nationalCode()).toList();
    assertThat(codes).isSorted();
    assertThat(
            getJson("/api/registry/institutions/" + first, COUNTY_ADMIN).path("updatedAt").asText())
        .isNotBlank();
  }

  // --- helpers
  // ---------------------------------------------------------------------------------------------------

  private String register(String name, String county, String bearer) throws Exception {
    HttpResponse<String> response =
        post(
            "/api/registry/institutions",
            """
        {"nationalCode":"H%s","name":"%s（演示）","type":"MEDICAL_INSTITUTION","level":"SECONDARY",
         "ownership":"PUBLIC","countyCode":"%s","agreementSignedOn":"2024-01-01"}"""
                .formatted(unique(), name, county),
            bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asText();
  }

  /** As a fund-payment import records it (the import itself is tested in ImportIT). */
  private void pay(String id, String amount) {
    Institution current = institutions.find(id).orElseThrow();
    institutions.update(
        current,
        List.of(
            current.recordFundPayment(
                new FundPayment(2025, new BigDecimal(amount), 1, 1, 1), Instant.now(), "test")),
        null);
  }

  /** As a decision's credit record sets it (tested in RegistryIT). */
  private void grade(String id, String grade) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(id)),
        Update.update("creditGrade", grade),
        Institutions.COLLECTION);
  }

  private List<String> ids(String query, String bearer) throws Exception {
    String encoded = query.replaceAll("nameContains=([^&]*)", "nameContains=" + enc(token(query)));
    return getJson(
            "/api/registry/institutions?" + (query.contains("size=") ? "" : "size=200&") + encoded,
            bearer)
        .path("items")
        .findValuesAsText("id");
  }

  private static String token(String query) {
    return query.replaceAll(".*nameContains=([^&]*).*", "$1");
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
