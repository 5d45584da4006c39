package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The container images that {@code ./mvnw -Pimages verify} builds with Jib (no Docker engine): what
 * a container runtime would read from each tarball (entrypoint, user, port, layers), and the
 * gateway started from its image's files alone — the layers unpacked into an empty directory and
 * run there with chroot as the image's user, which proves the runtime layer carries everything the
 * JVM needs.
 */
@EnabledIfSystemProperty(named = "images", matches = "true")
class ImageTarballIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = PlatformConfig.findRootDir();

  @TempDir Path unpacked;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "institution-registry/app, 8081, org.ybjg.registry.RegistryApplication",
    "inspection-service/app,   8082, org.ybjg.inspection.InspectionApplication",
    "case-service/app,         8083, org.ybjg.cases.CaseApplication",
    "reporting-service/app,    8084, org.ybjg.reporting.ReportingApplication",
    "gateway,                  8080, org.ybjg.gateway.GatewayApplication"
  })
  void shouldRunAsAnUnprivilegedUserWithTheRuntimeDependenciesAndApplicationInLayersOfTheirOwn(
      String module, int port, String mainClass) throws IOException {
    Image image = Image.read(ROOT.resolve(module).resolve("target/jib-image.tar"));

    JsonNode config = image.config().get("config");
    assertThat(config.get("User").asText()).isEqualTo("10001:10001");
    assertThat(config.get("ExposedPorts").has(port + "/tcp")).isTrue();
    List<String> entrypoint = new ArrayList<>();
    config.get("Entrypoint").forEach(arg -> entrypoint.add(arg.asText()));
    assertThat(entrypoint)
        .startsWith("java")
        .contains("-XX:MaxRAMPercentage=75")
        .endsWith(mainClass);
    assertThat(config.get("Env").toString()).contains("PATH=/opt/java/bin");

    assertThat(image.layers()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(image.layerHolding("opt/java/bin/java")).isNotNull();
    assertThat(image.mode("opt/java/bin/java") & 0111).as("java is executable").isNotZero();
    int runtime = image.layerHolding("opt/java/bin/java");
    int libraries = image.layerHolding(firstEntryUnder(image, "app/libs/"));
    int classes = image.layerHolding(firstEntryUnder(image, "app/classes/"));
    assertThat(List.of(runtime, libraries, classes))
        .as("runtime, libraries and classes each in its own layer")
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldStartTheGatewayFromItsImageFilesAloneAsTheImageUser() throws Exception {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "chroot needs root");
    Image image = Image.read(ROOT.resolve("gateway/target/jib-image.tar"));
    image.unpackInto(unpacked);
    // the unpacked image is the container's root: its user must be able to enter it
    Files.setPosixFilePermissions(
        unpacked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Path keys = Files.createDirectories(unpacked.resolve("tmp/keys"));
    JwtKeyFiles files = JwtKeyFiles.ensureIn(keys);
    // a throwaway key pair, readable by the image's user (a Secret mounted for it, in a real
    // cluster)
    for (Path key : List.of(files.privateKey(), files.publicKey())) {
      Files.setPosixFilePermissions(
          key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
    Files.createDirectories(unpacked.resolve("proc"));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    JsonNode config = image.config().get("config");
    // The host's tools by absolute path: the environment below is the image's own
    // (PATH=/opt/java/bin).
    List<String> command =
        new ArrayList<>(
            List.of(
                "/usr/bin/unshare",
                "--mount",
                "--fork",
                "/bin/sh",
                "-c",
                "/bin/mount --bind /proc \"$0/proc\" && exec /usr/sbin/chroot --userspec=10001:10001 \"$0\" \"$@\"",
                unpacked.toString()));
    config
        .get("Entrypoint")
        .forEach(
            arg -> command.add(arg.asText().equals("java") ? "/opt/java/bin/java" : arg.asText()));
    command.add("--server.port=" + port);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(unpacked.resolve("tmp/gateway.log").toFile());
    Map<String, String> env = builder.environment();
    env.clear();
    config
        .get("Env")
        .forEach(pair -> env.put(pair.asText().split("=", 2)[0], pair.asText().split("=", 2)[1]));
    env.put("SPRING_PROFILES_ACTIVE", "local");
    env.put("YBJG_JWT_PUBLIC_KEY", "/tmp/keys/" + JwtKeyFiles.PUBLIC_KEY_FILE);
    env.put("YBJG_JWT_PRIVATE_KEY", "/tmp/keys/" + JwtKeyFiles.PRIVATE_KEY_FILE);
    Process gateway = builder.start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofSeconds(1))
          .ignoreExceptions()
          .untilAsserted(
              () -> {
                assertThat(gateway.isAlive())
                    .as(Files.readString(unpacked.resolve("tmp/gateway.log")))
                    .isTrue();
                HttpResponse<String> answer =
                    http.send(
                        HttpRequest.newBuilder(health).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.body()).contains("\"UP\"");
              });
      System.out.printf(
          "[measure] gateway started from its image files (chroot, user 10001): %s%n",
          Files.readAllLines(unpacked.resolve("tmp/gateway.log")).stream()
              .filter(line -> line.contains("Started GatewayApplication"))
              .findFirst()
              .orElse("?"));
    } finally {
      gateway.destroy();
      gateway.waitFor(20, TimeUnit.SECONDS);
      gateway.destroyForcibly();
    }
  }

  private static String firstEntryUnder(Image image, String prefix) {
    return image.modes().keySet().stream()
        .filter(name -> name.startsWith(prefix) && !name.endsWith("/"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no file under " + prefix));
  }

  /**
   * A docker-archive tarball as Jib writes it: manifest.json, the config and gzipped layer
   * tarballs.
   */
  private record Image(
      JsonNode config,
      List<byte[]> layers,
      Map<String, Integer> layerOf,
      Map<String, Integer> modes) {

    static Image read(Path tarball) throws IOException {
      assertThat(tarball).as("built by ./mvnw -Pimages package").exists();
      Map<String, byte[]> files = new HashMap<>();
      try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
          files.put(entry.getName(), tar.readAllBytes());
        }
      }
      JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
      JsonNode config = JSON.readTree(files.get(manifest.get("Config").asText()));
      List<byte[]> layers = new ArrayList<>();
      Map<String, Integer> layerOf = new HashMap<>();
      Map<String, Integer> modes = new HashMap<>();
      for (JsonNode layer : manifest.get("Layers")) {
        byte[] bytes = files.get(layer.asText());
        int index = layers.size();
        layers.add(bytes);
        forEachEntry(
            bytes,
            (entry, in) -> {
              String name = entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", "");
              layerOf.put(name, index);
              modes.put(name, entry.getMode());
            });
      }
      return new Image(config, layers, layerOf, modes);
    }

    Integer layerHolding(String path) {
      return layerOf.get(path);
    }

    int mode(String path) {
      return modes.get(path);
    }

    void unpackInto(Path dir) throws IOException {
      for (byte[] layer : layers) {
        forEachEntry(
            layer,
            (entry, in) -> {
              Path target = dir.resolve(entry.getName().replaceFirst("^/", "")).normalize();
              if (!target.startsWith(dir)) {
                throw new IOException("entry outside the image: " + entry.getName());
              }
              if (entry.isDirectory()) {
                Files.createDirectories(target);
              } else if (entry.isSymbolicLink()) {
                Files.createDirectories(target.getParent());
                Files.deleteIfExists(target);
                Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
              } else {
                Files.createDirectories(target.getParent());
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(target, permissions(entry.getMode()));
              }
            });
      }
      Files.setPosixFilePermissions(
          Files.createDirectories(dir.resolve("tmp")),
          java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(
        int mode) {
      String bits = "rwxrwxrwx";
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 9; i++) {
        text.append((mode & (1 << (8 - i))) != 0 ? bits.charAt(i) : '-');
      }
      return java.nio.file.attribute.PosixFilePermissions.fromString(text.toString());
    }

    private static void forEachEntry(byte[] gzippedTar, EntryHandler handler) throws IOException {
      try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(gzippedTar));
          TarArchiveInputStream tar = new TarArchiveInputStream(gz)) {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
          handler.handle(entry, tar);
        }
      }
    }
  }

  private interface EntryHandler {
    void handle(TarArchiveEntry entry, InputStream content) throws IOException;
  }
}
