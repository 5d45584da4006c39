package org.ybjg.gateway.fallback;

import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.ybjg.gateway.problem.ProblemResponseWriter;
import org.ybjg.gateway.problem.ProblemTexts;
import org.ybjg.gateway.problem.ProblemTypes;
import reactor.core.publisher.Mono;

/**
 * Answers for a route whose circuit breaker gave up (connection refused, time limit, open circuit):
 * a 503 problem naming the service, for every HTTP method, since the breaker forwards POSTs here as
 * well as GETs.
 */
@Component
public class ServiceUnavailableFallback {

  private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFallback.class);

  private final Set<String> routeIds;
  private final ProblemTexts texts;

  public ServiceUnavailableFallback(GatewayProperties gateway, ProblemTexts texts) {
    this.routeIds =
        gateway.getRoutes().stream()
            .map(RouteDefinition::getId)
            .collect(Collectors.toUnmodifiableSet());
    this.texts = texts;
  }

  public Mono<ServerResponse> answer(ServerRequest request) {
    String routeId = request.pathVariable("routeId");
    // /fallback/** is public, so never echo an arbitrary path segment back as a service name.
    if (!routeIds.contains(routeId)) {
      return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such route"));
    }
    Throwable cause =
        request
            .exchange()
            .getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
    log.warn(
        "{} unavailable for {}: {}",
        routeId,
        request.method(),
        cause == null ? "no cause recorded" : cause.toString());
    return ProblemResponseWriter.response(
        serviceUnavailable(request.exchange().getRequest(), routeId));
  }

  private ProblemDetail serviceUnavailable(ServerHttpRequest request, String routeId) {
    // The route id stays in the text in both languages: it is what an operator looks for in the
    // logs.
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            texts.text(
                request,
                "problem.service-unavailable.detail",
                routeId,
                texts.text(request, "service." + routeId)));
    problem.setType(ProblemTypes.SERVICE_UNAVAILABLE);
    problem.setTitle(texts.text(request, "problem.service-unavailable.title"));
    problem.setProperty("service", routeId);
    return problem;
  }
}
