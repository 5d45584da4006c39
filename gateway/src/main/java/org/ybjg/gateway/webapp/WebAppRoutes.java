package org.ybjg.gateway.webapp;

import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.ybjg.gateway.token.LocalTokenProperties;

/**
 * The web app's own routes. Its built files come from the admin-ui jar's {@code static/} and Spring
 * serves them as resources; what Spring Cloud Gateway lacks is the history-mode fallback, so a deep
 * link such as {@code /cases/42} opened directly gets {@code index.html} and the app's router takes
 * over. Also {@code GET /ui/config}: how to sign in (the demo users under the local profile, OIDC
 * otherwise).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebAppProperties.class)
class WebAppRoutes {

  private static final List<String> NOT_THE_APP =
      List.of(
          "/api/",
          "/auth/token",
          "/actuator",
          "/swagger-ui",
          "/webjars/",
          "/fallback/",
          "/ui/",
          "/v3/");

  @Bean
  RouterFunction<ServerResponse> webAppRouterFunction(
      WebAppProperties properties, ObjectProvider<LocalTokenProperties> localTokens) {
    Resource index = new ClassPathResource("static/index.html");
    return route(
            appPage(),
            request ->
                index.exists()
                    ? ServerResponse.ok()
                        .contentType(MediaType.TEXT_HTML)
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(index)
                    : ServerResponse.notFound().build())
        .andRoute(
            request -> request.method() == HttpMethod.GET && request.path().equals("/ui/config"),
            request ->
                ServerResponse.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .cacheControl(CacheControl.noCache())
                    .bodyValue(
                        UiConfig.of(
                            properties, Optional.ofNullable(localTokens.getIfAvailable()))));
  }

  /**
   * A GET for a page of the app: wants HTML, has no file extension, and is no API, docs or actuator
   * path.
   */
  static RequestPredicate appPage() {
    return request ->
        request.method() == HttpMethod.GET
            && acceptsHtml(request)
            && !lastSegment(request.path()).contains(".")
            && NOT_THE_APP.stream().noneMatch(request.path()::startsWith);
  }

  private static boolean acceptsHtml(ServerRequest request) {
    return request.headers().accept().stream()
        .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
  }

  private static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
