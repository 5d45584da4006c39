package org.ybjg.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Signing, renewing and terminating a service agreement is the handling agency's (经办机构) act
 * (承医保发〔2019〕2号 §3: 各级经办机构 续签协议 or 解除协议): administrators and API clients only; inspectors and
 * auditors get 403 and nothing is written.
 */
class AgreementActionRolesIT extends AgencyContextIT {

  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Test
  void onlyTheAgencysAdministratorsSignRenewOrTerminate() throws Exception {
    String unsigned = register(null);
    String signed = register("2024-01-01");
    long unsignedVersion = version(unsigned);
    long signedVersion = version(signed);

    assertProblem(post(actions(unsigned), sign(), INSPECTOR), 403, "forbidden");
    assertProblem(post(actions(unsigned), sign(), AUDITOR), 403, "forbidden");
    assertProblem(post(actions(signed), renew(), INSPECTOR), 403, "forbidden");
    assertProblem(post(actions(signed), renew(), AUDITOR), 403, "forbidden");
    assertProblem(post(actions(signed), terminate(), INSPECTOR), 403, "forbidden");
    assertProblem(post(actions(signed), terminate(), AUDITOR), 403, "forbidden");
    assertThat(version(unsigned)).as("nothing written").isEqualTo(unsignedVersion);
    assertThat(version(signed)).as("nothing written").isEqualTo(signedVersion);

    HttpResponse<String> sign = post(actions(unsigned), sign(), COUNTY_ADMIN);
    assertThat(sign.statusCode()).as(sign.body()).isEqualTo(200);
    assertThat(JSON.readTree(sign.body()).path("agreement").path("state").asText())
        .isEqualTo("ACTIVE");
    HttpResponse<String> renew = post(actions(signed), renew(), CITY_ADMIN);
    assertThat(renew.statusCode()).as(renew.body()).isEqualTo(200);
    HttpResponse<String> terminate = post(actions(signed), terminate(), PROVINCE_ADMIN);
    assertThat(terminate.statusCode()).as(terminate.body()).isEqualTo(200);
    assertThat(JSON.readTree(terminate.body()).path("agreement").path("state").asText())
        .isEqualTo("TERMINATED");
  }

  private String sign() {
    return "{\"action\":\"SIGN\",\"effectiveOn\":\"" + today + "\",\"reason\":\"经评估签订服务协议\"}";
  }

  private String renew() {
    return "{\"action\":\"RENEW\",\"effectiveOn\":\"" + today + "\",\"reason\":\"协议期满续签\"}";
  }

  private String terminate() {
    return "{\"action\":\"TERMINATE\",\"effectiveOn\":\"" + today + "\",\"reason\":\"机构申请解除\"}";
  }

  private String register(String signedOn) throws Exception {
    HttpResponse<String> response =
        post(
            "/api/registry/institutions",
            """
        {"nationalCode":"H%s","name":"协议测试医院%s（演示）","type":"MEDICAL_INSTITUTION","level":"SECONDARY",
         "ownership":"PUBLIC","countyCode":"990102"%s}"""
                .formatted(
                    unique(),
                    unique(),
                    signedOn == null ? "" : ",\"agreementSignedOn\":\"" + signedOn + "\""),
            COUNTY_ADMIN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asText();
  }

  private long version(String id) throws Exception {
    return getJson("/api/registry/institutions/" + id, COUNTY_ADMIN).path("version").asLong();
  }

  private static String actions(String id) {
    return "/api/registry/institutions/" + id + "/agreement-actions";
  }
}
