package org.ybjg.gateway.problem;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes problem details for code that runs outside handlers (security entry points, the error
 * handler), through the same codecs the handlers use, so every problem body the gateway emits is
 * encoded alike.
 */
@Component
public class ProblemResponseWriter {

  private final ServerResponse.Context context;

  public ProblemResponseWriter(ServerCodecConfigurer codecs) {
    List<HttpMessageWriter<?>> writers = codecs.getWriters();
    this.context =
        new ServerResponse.Context() {
          @Override
          public List<HttpMessageWriter<?>> messageWriters() {
            return writers;
          }

          @Override
          public List<ViewResolver> viewResolvers() {
            return List.of();
          }
        };
  }

  public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
    return write(exchange, problem, headers -> {});
  }

  public Mono<Void> write(
      ServerWebExchange exchange, ProblemDetail problem, Consumer<HttpHeaders> extraHeaders) {
    return response(problem, extraHeaders).flatMap(response -> response.writeTo(exchange, context));
  }

  /** A problem as a functional-endpoint response, for handlers that answer with one. */
  public static Mono<ServerResponse> response(ProblemDetail problem) {
    return response(problem, headers -> {});
  }

  private static Mono<ServerResponse> response(
      ProblemDetail problem, Consumer<HttpHeaders> extraHeaders) {
    return ServerResponse.status(HttpStatusCode.valueOf(problem.getStatus()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .headers(extraHeaders)
        .bodyValue(problem);
  }
}
