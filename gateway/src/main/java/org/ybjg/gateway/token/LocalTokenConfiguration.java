package org.ybjg.gateway.token;

import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The demo token endpoint. Everything it needs is declared here and only here, under the {@code
 * local} profile, so under any other profile there is no endpoint, no signing key and no demo user
 * at all.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@EnableConfigurationProperties(LocalTokenProperties.class)
public class LocalTokenConfiguration {

  @Bean
  LocalTokenIssuer localTokenIssuer(LocalTokenProperties properties) {
    return new LocalTokenIssuer(properties, Clock.systemUTC());
  }

  @Bean
  RouterFunction<ServerResponse> localTokenRoute(LocalTokenIssuer issuer) {
    return route(POST("/auth/token"), new LocalTokenHandler(issuer)::token);
  }
}
