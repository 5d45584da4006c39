package org.ybjg.gateway.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.ybjg.gateway.problem.ProblemResponseWriter;
import org.ybjg.gateway.problem.ProblemTypes;
import reactor.core.publisher.Mono;

/**
 * {@code POST /auth/token} with a JSON body or form fields {@code username} and {@code password}.
 */
public class LocalTokenHandler {

  private final LocalTokenIssuer issuer;

  public LocalTokenHandler(LocalTokenIssuer issuer) {
    this.issuer = issuer;
  }

  public Mono<ServerResponse> token(ServerRequest request) {
    return credentials(request)
        .flatMap(this::answer)
        .switchIfEmpty(Mono.defer(() -> ProblemResponseWriter.response(missingCredentials())));
  }

  private Mono<Credentials> credentials(ServerRequest request) {
    boolean form =
        request
            .headers()
            .contentType()
            .filter(MediaType.APPLICATION_FORM_URLENCODED::isCompatibleWith)
            .isPresent();
    Mono<Credentials> credentials =
        form
            ? request.formData().map(LocalTokenHandler::fromForm)
            : request.bodyToMono(Credentials.class);
    return credentials.filter(Credentials::complete);
  }

  private Mono<ServerResponse> answer(Credentials credentials) {
    return issuer
        .issue(credentials.username(), credentials.password())
        .map(
            token ->
                ServerResponse.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(
                        new TokenResponse(token.value(), "Bearer", token.expiresInSeconds())))
        .orElseGet(() -> ProblemResponseWriter.response(invalidCredentials()));
  }

  private static Credentials fromForm(MultiValueMap<String, String> form) {
    return new Credentials(form.getFirst("username"), form.getFirst("password"));
  }

  private static ProblemDetail invalidCredentials() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Unknown user or wrong password");
    problem.setType(ProblemTypes.INVALID_CREDENTIALS);
    problem.setTitle("Invalid credentials");
    return problem;
  }

  private static ProblemDetail missingCredentials() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "Send username and password as JSON or as form fields");
    problem.setType(ProblemTypes.BAD_REQUEST);
    problem.setTitle("Bad request");
    return problem;
  }

  record Credentials(String username, String password) {

    boolean complete() {
      return StringUtils.hasText(username) && password != null;
    }
  }

  record TokenResponse(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("token_type") String tokenType,
      @JsonProperty("expires_in") long expiresIn) {}
}
