package org.ybjg.chassis.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A container health check for runtimes without a shell or curl (the services' images hold only a
 * JRE): {@code java -cp @/app/jib-classpath-file org.ybjg.chassis.web.ReadinessProbe} exits 0 when
 * this container's service answers {@code /actuator/health/readiness} with 200, 1 otherwise. Used
 * by the Docker Compose pilot (deploy/compose) to start the gateway only after the services are
 * ready; Kubernetes probes the endpoint itself.
 */
public final class ReadinessProbe {

  private ReadinessProbe() {}

  public static void main(String[] args) {
    String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(3))
            .build();
    int status;
    try {
      status =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(request, HttpResponse.BodyHandlers.discarding())
              .statusCode();
    } catch (Exception notAnswering) {
      status = 0;
    }
    System.exit(status == 200 ? 0 : 1);
  }
}
