package org.ybjg.gateway.support;

import java.time.Duration;
import org.springframework.test.web.reactive.server.WebTestClient;

final class GatewayClients {

  private GatewayClients() {}

  static WebTestClient forPort(int port) {
    return WebTestClient.bindToServer()
        .baseUrl("http://127.0.0.1:" + port)
        .responseTimeout(Duration.ofSeconds(15))
        // The swagger-ui bundle is ~1.5 MB; the client's default buffer is 256 KB.
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
        .build();
  }
}
