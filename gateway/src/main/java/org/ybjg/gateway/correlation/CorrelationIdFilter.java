package org.ybjg.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Correlation-Id}: the caller's if it looks sane, a new UUID
 * otherwise. It is passed to the routed service and returned on the response. A {@link WebFilter}
 * at the highest precedence rather than a gateway GlobalFilter, so that 401s, fallbacks and the
 * token endpoint carry the id too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter implements WebFilter {

  public static final String HEADER = "X-Correlation-Id";
  public static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

  // Ids end up in logs and events: refuse anything that could forge log lines or bloat headers.
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
    String id =
        incoming != null && ACCEPTABLE.matcher(incoming).matches()
            ? incoming
            : UUID.randomUUID().toString();
    ServerWebExchange withId =
        exchange.mutate().request(request -> request.header(HEADER, id)).build();
    withId.getAttributes().put(ATTRIBUTE, id);
    // Set just before commit so the routed service's own echo of the header cannot duplicate it.
    withId
        .getResponse()
        .beforeCommit(
            () -> {
              withId.getResponse().getHeaders().set(HEADER, id);
              return Mono.empty();
            });
    return chain.filter(withId);
  }
}
