package org.ybjg.local.platform.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** An in-process stand-in for the gateway's token, registry and inspection endpoints. */
final class FakeGateway implements AutoCloseable {

  record Received(
      String method, String path, String authorization, String idempotencyKey, String body) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile long registryTotal;
  private volatile Function<Received, Integer> answerToPost = request -> 201;

  FakeGateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/auth/token",
        exchange -> {
          record(exchange);
          respond(
              exchange,
              200,
              "{\"access_token\":\"demo-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
    server.createContext(
        "/api/",
        exchange -> {
          Received request = record(exchange);
          if (request.method().equals("GET")) {
            respond(
                exchange,
                200,
                "{\"items\":[],\"page\":0,\"size\":1,\"total\":" + registryTotal + "}");
          } else {
            respond(exchange, answerToPost.apply(request), "{}");
          }
        });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void registryTotal(long total) {
    registryTotal = total;
  }

  void answerPostsWith(Function<Received, Integer> answer) {
    answerToPost = answer;
  }

  List<Received> posts(String path) {
    return received.stream()
        .filter(request -> request.method().equals("POST") && request.path().equals(path))
        .toList();
  }

  List<Received> received() {
    return received;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private Received record(HttpExchange exchange) throws IOException {
    Received request =
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Idempotency-Key"),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    received.add(request);
    return request;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
