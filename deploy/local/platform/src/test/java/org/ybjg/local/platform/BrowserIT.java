package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ybjg.local.platform.demo.DemoProvince;
import org.ybjg.local.platform.demo.DemoProvinceLoader;

/**
 * The web app in a real browser against the whole platform: the demo province loaded, the app
 * served by the gateway jar this build made, and the Playwright specs of {@code
 * gateway/admin-ui/e2e} driving Debian's Chromium. Then case-service is stopped: the gateway must
 * answer its routes with a 503 problem naming it while the other routes answer, and the outage
 * specs check the app says so while the rest works. Screenshots land in {@code
 * gateway/admin-ui/target/screenshots}. Without Chromium (or with -Dskip.ui) only the browser parts
 * are skipped.
 */
class BrowserIT {

  private static final Duration SPEC_TIMEOUT = Duration.ofMinutes(25);
  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

  @TempDir static Path varDir;

  private static Platform platform;
  private static Path appDir;

  private static boolean browser;

  @BeforeAll
  static void startPlatformWithDemoProvince() {
    browser = !Boolean.getBoolean("skip.ui") && Files.isExecutable(CHROMIUM);
    if (!browser) {
      // CI installs Chromium (.ci/run) and sets YBJG_REQUIRE_BROWSER, so there a missing browser
      // fails the build.
      assertThat(System.getenv("YBJG_REQUIRE_BROWSER")).as("Chromium at " + CHROMIUM).isNull();
      System.out.println(
          "[warning] browser tests skipped: "
              + (Boolean.getBoolean("skip.ui")
                  ? "-Dskip.ui"
                  : "no Chromium at " + CHROMIUM + " (apt-get install chromium fonts-noto-cjk)"));
    }
    Path root = PlatformConfig.findRootDir();
    appDir = root.resolve("gateway/admin-ui");
    platform = new Platform(PlatformConfig.withPortOffset(root, varDir, 20000)).start();
    long started = System.nanoTime();
    new DemoProvinceLoader(platform.gatewayUrl()).loadIfRegistryEmpty(DemoProvince.generate());
    awaitDirectoryReplicated();
    System.out.printf(
        "[measure] browser-test platform ready in %.1f s (demo province loaded and replicated)%n",
        platform.startDuration().toMillis() / 1000.0 + (System.nanoTime() - started) / 1e9);
  }

  @AfterAll
  static void stopPlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void shouldPassEveryBrowserSpecAndThenShowTheOutageOfAStoppedService() throws Exception {
    long started = System.nanoTime();
    if (browser) {
      assertThat(playwright("--grep-invert", "@outage"))
          .as("browser specs (see the output above)")
          .isZero();
    }
    platform.stop(ServiceModule.CASES);
    String countyAdmin = token("county-admin");
    HttpResponse<String> down = get("/api/cases/cases", countyAdmin);
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(down.body()).contains("\"service\":\"case-service\"");
    assertThat(get("/api/registry/institutions?size=1", countyAdmin).statusCode()).isEqualTo(200);
    if (browser) {
      assertThat(playwright("--grep", "@outage"))
          .as("outage specs (see the output above)")
          .isZero();
      System.out.printf(
          "[measure] browser tests took %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
  }

  private static HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(platform.gatewayUrl().resolve(path))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static int playwright(String... filter) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("npx", "--no-install", "playwright", "test"));
    command.addAll(List.of(filter));
    // Never inheritIO: the forked test JVM's own stdout is failsafe's channel, and a child writing
    // to it directly
    // corrupts that stream. The specs' output is copied line by line through System.out instead.
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(appDir.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().put("BASE_URL", platform.gatewayUrl().toString());
    builder.environment().put("CHROMIUM", CHROMIUM.toString());
    Process process = builder.start();
    Thread copier =
        new Thread(
            () ->
                new java.io.BufferedReader(
                        new java.io.InputStreamReader(
                            process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))
                    .lines()
                    .forEach(System.out::println),
            "playwright-output");
    copier.setDaemon(true);
    copier.start();
    if (!process.waitFor(SPEC_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("browser specs did not finish within " + SPEC_TIMEOUT);
    }
    copier.join(TimeUnit.SECONDS.toMillis(10));
    return process.exitValue();
  }

  /**
   * The draws the specs run need the demo institutions in inspection's directory (from the registry
   * topic).
   */
  private static void awaitDirectoryReplicated() {
    String token = token("city-admin");
    HttpClient http = HttpClient.newHttpClient();
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () -> {
              HttpResponse<String> page =
                  http.send(
                      HttpRequest.newBuilder(
                              platform.gatewayUrl().resolve("/api/inspection/directory?size=1"))
                          .header("Authorization", "Bearer " + token)
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
              Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(page.body());
              return total.find() && Integer.parseInt(total.group(1)) >= 900;
            });
  }

  private static String token(String username) {
    return DemoTokens.of(platform.gatewayUrl(), username);
  }
}
