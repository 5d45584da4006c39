package org.ybjg.gateway.support;

import java.time.Duration;

import org.springframework.test.web.reactive.server.WebTestClient;

final class GatewayClients {

    private GatewayClients() {
    }

    static WebTestClient forPort(int port) {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
    }
}
