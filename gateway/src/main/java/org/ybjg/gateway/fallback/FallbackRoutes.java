package org.ybjg.gateway.fallback;

import static org.springframework.web.reactive.function.server.RequestPredicates.path;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Target of every route's {@code fallbackUri: forward:/fallback/<route-id>}; matches all methods.
 */
@Configuration(proxyBeanMethods = false)
class FallbackRoutes {

  @Bean
  RouterFunction<ServerResponse> serviceUnavailableFallbackRoute(
      ServiceUnavailableFallback fallback) {
    return route(path("/fallback/{routeId}"), fallback::answer);
  }
}
