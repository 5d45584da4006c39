package org.ybjg.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.ybjg.gateway.problem.ProblemResponseWriter;
import org.ybjg.gateway.problem.ProblemTypes;

import reactor.core.publisher.Mono;

/** 403 as a problem detail instead of Spring Security's empty body. */
@Component
public class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemResponseWriter writer;

    public ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The token does not allow this request");
        problem.setType(ProblemTypes.FORBIDDEN);
        problem.setTitle("Forbidden");
        return writer.write(exchange, problem);
    }
}
