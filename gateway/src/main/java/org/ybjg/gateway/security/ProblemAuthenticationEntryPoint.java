package org.ybjg.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.ybjg.gateway.problem.ProblemResponseWriter;
import org.ybjg.gateway.problem.ProblemTexts;
import org.ybjg.gateway.problem.ProblemTypes;
import reactor.core.publisher.Mono;

/**
 * 401 as a problem detail, with the RFC 6750 {@code WWW-Authenticate} challenge. The decoder's own
 * message (which may name keys or claims) is not echoed: the client only learns that the token was
 * refused.
 */
@Component
public class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

  private final ProblemResponseWriter writer;
  private final ProblemTexts texts;

  public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer, ProblemTexts texts) {
    this.writer = writer;
    this.texts = texts;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
    // A presented token that failed decoding or validation; a missing token is another exception
    // type.
    boolean tokenRefused = ex instanceof OAuth2AuthenticationException;
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNAUTHORIZED,
            texts.text(
                exchange.getRequest(),
                tokenRefused
                    ? "problem.unauthorized.invalid-token"
                    : "problem.unauthorized.missing-token"));
    problem.setType(ProblemTypes.UNAUTHORIZED);
    problem.setTitle(texts.text(exchange.getRequest(), "problem.unauthorized.title"));
    String challenge = tokenRefused ? "Bearer error=\"invalid_token\"" : "Bearer";
    return writer.write(
        exchange, problem, headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge));
  }
}
