package org.ybjg.local.platform.demo;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few gateway calls the demo loader makes. Retries only what cannot have reached a service
 * twice in a harmful way: 503 (service not ready or circuit open), 429 (rate limit) and refused
 * connections; each write carries an Idempotency-Key that stays the same across its retries.
 */
final class GatewayApi {

  static final int MAX_ATTEMPTS = 6;

  private final URI gatewayUrl;
  private final Duration retryBackoff;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final JsonMapper json = JsonMapper.builder().build();

  GatewayApi(URI gatewayUrl, Duration retryBackoff) {
    this.gatewayUrl = gatewayUrl;
    this.retryBackoff = retryBackoff;
  }

  /** {@code POST /auth/token} (local profile) → the access token. */
  String token(String username, String password) {
    HttpResponse<String> response =
        send(
            request("/auth/token", null)
                .POST(jsonBody(Map.of("username", username, "password", password)))
                .build());
    requireStatus(response, 200, "get a token for " + username);
    return json.readTree(response.body()).path("access_token").asString();
  }

  /** {@code GET /api/registry/institutions?size=1} → its {@code total}. */
  long institutionCount(String token) {
    HttpResponse<String> response =
        send(request("/api/registry/institutions?size=1", token).GET().build());
    requireStatus(response, 200, "count the registry's institutions");
    JsonNode total = json.readTree(response.body()).path("total");
    if (!total.isNumber()) {
      throw new DemoLoadException(
          "No numeric \"total\" in the registry's answer: " + excerpt(response.body()));
    }
    return total.asLong();
  }

  /** POSTs {@code body} as JSON and returns the final response (after retries). */
  HttpResponse<String> post(String path, Object body, String token, String idempotencyKey) {
    return send(
        request(path, token)
            .header("Idempotency-Key", idempotencyKey)
            .POST(jsonBody(body))
            .build());
  }

  static String excerpt(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ");
    return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
  }

  private HttpRequest.Builder request(String pathAndQuery, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(gatewayUrl.resolve(pathAndQuery))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private HttpRequest.BodyPublisher jsonBody(Object body) {
    return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
  }

  private HttpResponse<String> send(HttpRequest request) {
    for (int attempt = 1; ; attempt++) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (!isRetryable(response.statusCode()) || attempt == MAX_ATTEMPTS) {
          return response;
        }
      } catch (ConnectException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new DemoLoadException("Gateway not reachable at " + gatewayUrl, e);
        }
      } catch (IOException e) {
        throw new DemoLoadException(
            request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DemoLoadException(
            "Interrupted during " + request.method() + " " + request.uri(), e);
      }
      pause(retryBackoff.multipliedBy(attempt));
    }
  }

  private static boolean isRetryable(int status) {
    return status == 503 || status == 429;
  }

  private static void requireStatus(HttpResponse<String> response, int expected, String purpose) {
    if (response.statusCode() != expected) {
      throw new DemoLoadException(
          "Could not "
              + purpose
              + ": HTTP "
              + response.statusCode()
              + " "
              + excerpt(response.body()));
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoLoadException("Interrupted while waiting to retry", e);
    }
  }
}
