package org.ybjg.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.ybjg.gateway.problem.ProblemResponseWriter;
import org.ybjg.gateway.problem.ProblemTexts;
import org.ybjg.gateway.problem.ProblemTypes;
import reactor.core.publisher.Mono;

/** 403 as a problem detail instead of Spring Security's empty body. */
@Component
public class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

  private final ProblemResponseWriter writer;
  private final ProblemTexts texts;

  public ProblemAccessDeniedHandler(ProblemResponseWriter writer, ProblemTexts texts) {
    this.writer = writer;
    this.texts = texts;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN, texts.text(exchange.getRequest(), "problem.forbidden.detail"));
    problem.setType(ProblemTypes.FORBIDDEN);
    problem.setTitle(texts.text(exchange.getRequest(), "problem.forbidden.title"));
    return writer.write(exchange, problem);
  }
}
