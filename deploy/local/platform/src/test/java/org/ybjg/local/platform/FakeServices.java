package org.ybjg.local.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Test helpers around {@link FakeService}. */
final class FakeServices {

  private FakeServices() {}

  static ServiceLaunch launch(String name, int port, Map<String, String> extraEnvironment) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx32m");
    command.add("-cp");
    command.add(testClassesDir().toString());
    command.add(FakeService.class.getName());
    Map<String, String> environment = new HashMap<>(extraEnvironment);
    environment.put("SERVER_PORT", String.valueOf(port));
    return new ServiceLaunch(name, port, command, environment, testClassesDir());
  }

  /**
   * Writes an executable jar holding only {@link FakeService} at every service's jar path under
   * {@code rootDir}.
   */
  static void installAsEveryServiceJar(Path rootDir) throws IOException {
    for (ServiceModule module : ServiceModule.values()) {
      Path jar = module.jarIn(rootDir);
      Files.createDirectories(jar.getParent());
      writeExecutableJar(jar);
    }
    Files.createDirectories(rootDir.resolve("deploy/local/platform"));
    Files.writeString(rootDir.resolve("deploy/local/platform/pom.xml"), "<project/>");
  }

  static int freePort() {
    return freePorts(1).get(0);
  }

  /** Distinct free ports: all sockets are held open together, so none is handed out twice. */
  static List<Integer> freePorts(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // only a probe
        }
      }
    }
  }

  private static void writeExecutableJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
    String classFile = FakeService.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry(classFile));
      out.write(Files.readAllBytes(testClassesDir().resolve(classFile)));
      out.closeEntry();
    }
  }

  private static Path testClassesDir() {
    try {
      return Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
