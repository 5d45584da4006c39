package org.ybjg.cases.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The one public write of this service: a citizen's tip-off from the disclosure site ({@code POST
 * /api/cases/public/tipoffs}, no token). The chassis' chain permits only GET under {@code
 * /api/<service>/public/**}; this chain, ordered before it, matches that single request and lets it
 * through without authentication (a token, if sent, is ignored: the intake records nobody). Every
 * other request still goes through the chassis' chain.
 */
@Configuration(proxyBeanMethods = false)
class PublicTipOffSecurity {

  static final String PATH = "/api/cases/public/tipoffs";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain publicTipOffChain(HttpSecurity http) throws Exception {
    return http.securityMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .build();
  }
}
