package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A demo user's access token from the gateway's local token endpoint (password "demo"). */
final class DemoTokens {

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private DemoTokens() {}

  static String of(URI gateway, String username) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(gateway.resolve("/auth/token"))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"username\":\"" + username + "\",\"password\":\"demo\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as("token for " + username + ": " + response.body())
          .isEqualTo(200);
      Matcher token = ACCESS_TOKEN.matcher(response.body());
      assertThat(token.find()).as("token for " + username + ": " + response.body()).isTrue();
      return token.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
