package org.ybjg.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.access.AccessDeniedException;
import org.ybjg.gateway.security.ProblemAccessDeniedHandler;
import org.ybjg.gateway.support.AllBackendsDownContext;
import org.ybjg.gateway.support.TestTokens;

/**
 * The gateway's own problems in Chinese when Accept-Language prefers zh; English stays the default.
 */
class ChineseProblemsTest extends AllBackendsDownContext {

  @Test
  void shouldAnswer503InChineseNamingTheServiceWhenZhIsPreferred() {
    client
        .get()
        .uri("/api/cases/cases")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.valid())
        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.8")
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://ybjg.org/problems/service-unavailable")
        .jsonPath("$.title")
        .isEqualTo("服务暂不可用")
        .jsonPath("$.detail")
        .isEqualTo("案件服务（case-service）暂时无法响应，其他服务不受影响。")
        .jsonPath("$.service")
        .isEqualTo("case-service");
  }

  @Test
  void shouldAnswer401InChineseWhenZhIsPreferred() {
    client
        .get()
        .uri("/api/registry/institutions")
        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://ybjg.org/problems/unauthorized")
        .jsonPath("$.title")
        .isEqualTo("未认证")
        .jsonPath("$.detail")
        .isEqualTo("访问此资源须先登录（Authorization: Bearer <JWT>）。");
  }

  @Test
  void shouldAnswerInEnglishWhenEnglishIsPreferredOverChinese() {
    client
        .get()
        .uri("/api/registry/institutions")
        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,zh-CN;q=0.5")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Unauthorized");
  }

  @Test
  void shouldAnswer403InChineseWhenZhIsPreferred() {
    // No route of the gateway forbids an authenticated caller today, so the handler is called
    // directly.
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    ProblemAccessDeniedHandler handler =
        new ProblemAccessDeniedHandler(
            new ProblemResponseWriter(ServerCodecConfigurer.create()), new ProblemTexts(messages));
    MockServerWebExchange exchange =
        MockServerWebExchange.from(
            MockServerHttpRequest.get("/api/cases/cases")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh"));

    handler.handle(exchange, new AccessDeniedException("denied")).block();

    assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(403);
    assertThat(exchange.getResponse().getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(exchange.getResponse().getBodyAsString().block())
        .contains("\"title\":\"无权访问\"", "\"detail\":\"您的令牌不允许此请求。\"");
  }
}
