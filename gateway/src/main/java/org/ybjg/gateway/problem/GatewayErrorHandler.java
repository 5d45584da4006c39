package org.ybjg.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every error the gateway raises itself (no handler, wrong method, unreadable body, an
 * unreachable token issuer, bugs) into a problem detail instead of Spring Boot's default JSON error
 * map. Ordered before Boot's handler (-1).
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

  private final ProblemResponseWriter writer;
  private final ProblemTexts texts;

  public GatewayErrorHandler(ProblemResponseWriter writer, ProblemTexts texts) {
    this.writer = writer;
    this.texts = texts;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(ex);
    }
    if (ex instanceof ErrorResponse errorResponse) {
      ProblemDetail problem = errorResponse.getBody();
      return writer.write(exchange, problem, headers -> headers.addAll(errorResponse.getHeaders()));
    }
    if (ex instanceof AuthenticationServiceException) {
      // Not the token's fault: the decoder could not reach the OIDC issuer for its keys (prod
      // profile).
      log.warn("Cannot check a bearer token: {}", ex.getMessage());
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.SERVICE_UNAVAILABLE,
              texts.text(exchange.getRequest(), "problem.identity-provider-unavailable.detail"));
      problem.setType(ProblemTypes.SERVICE_UNAVAILABLE);
      problem.setTitle(texts.text(exchange.getRequest(), "problem.service-unavailable.title"));
      problem.setProperty("service", "identity-provider");
      return writer.write(exchange, problem);
    }
    log.error(
        "Unhandled error for {} {}",
        exchange.getRequest().getMethod(),
        exchange.getRequest().getPath(),
        ex);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            texts.text(exchange.getRequest(), "problem.internal-error.detail"));
    problem.setType(ProblemTypes.INTERNAL_ERROR);
    problem.setTitle(texts.text(exchange.getRequest(), "problem.internal-error.title"));
    return writer.write(exchange, problem);
  }
}
