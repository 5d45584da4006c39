package org.ybjg.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Turns every error the gateway raises itself (no handler, wrong method, unreadable body, bugs) into a
 * problem detail instead of Spring Boot's default JSON error map. Ordered before Boot's handler (-1).
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemResponseWriter writer;

    public GatewayErrorHandler(ProblemResponseWriter writer) {
        this.writer = writer;
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
        log.error("Unhandled error for {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The gateway could not handle this request");
        problem.setType(ProblemTypes.INTERNAL_ERROR);
        problem.setTitle("Internal error");
        return writer.write(exchange, problem);
    }
}
