package org.ybjg.gateway.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a service behind the gateway, on an ephemeral loopback port: answers every request
 * with a fixed status after an optional delay, counts requests per method and remembers the last
 * request headers.
 */
public final class StubBackend {

  private static final Random RANDOM = new Random();

  private final HttpServer server;
  private final int status;
  private final Duration delay;
  private final Map<String, AtomicInteger> requestsByMethod = new ConcurrentHashMap<>();
  private volatile Headers lastRequestHeaders = new Headers();

  private StubBackend(int status, Duration delay) {
    this.status = status;
    this.delay = delay;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    server.setExecutor(
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "stub-backend");
              thread.setDaemon(true);
              return thread;
            }));
    server.createContext("/", this::answer);
    server.start();
  }

  public static StubBackend answering(int status) {
    return new StubBackend(status, Duration.ZERO);
  }

  public static StubBackend answeringAfter(Duration delay) {
    return new StubBackend(200, delay);
  }

  /**
   * A loopback URL on which nothing listens, so connecting is refused at once. The port lies below
   * the kernel's ephemeral range: a port just released from that range could be handed to the next
   * stub (port 0) and answer where a test expects a dead service.
   */
  public static String closedPortUrl() {
    int below = ephemeralRangeStart();
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = 10_000 + RANDOM.nextInt(Math.max(1, below - 10_000));
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return "http://127.0.0.1:" + socket.getLocalPort();
      } catch (IOException taken) {
        // in use: try another
      }
    }
    throw new IllegalStateException("no free port below " + below);
  }

  private static int ephemeralRangeStart() {
    try {
      String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
      return Integer.parseInt(range.split("\\s+")[0]);
    } catch (IOException | RuntimeException notLinux) {
      return 32_768;
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int requests(String method) {
    return requestsByMethod.computeIfAbsent(method, m -> new AtomicInteger()).get();
  }

  public void resetCounts() {
    requestsByMethod.clear();
  }

  public String lastHeader(String name) {
    return lastRequestHeaders.getFirst(name);
  }

  private void answer(HttpExchange exchange) throws IOException {
    requestsByMethod
        .computeIfAbsent(exchange.getRequestMethod(), m -> new AtomicInteger())
        .incrementAndGet();
    lastRequestHeaders = exchange.getRequestHeaders();
    try (InputStream body = exchange.getRequestBody()) {
      body.readAllBytes();
    }
    pause();
    byte[] response =
        ("{\"stubStatus\":" + status + ",\"path\":\"" + exchange.getRequestURI().getPath() + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, response.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response);
    }
  }

  private void pause() {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }
}
