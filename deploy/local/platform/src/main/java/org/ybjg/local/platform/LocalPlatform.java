package org.ybjg.local.platform;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ybjg.local.platform.demo.DemoLoadException;
import org.ybjg.local.platform.demo.DemoLoadReport;
import org.ybjg.local.platform.demo.DemoProvince;
import org.ybjg.local.platform.demo.DemoProvinceLoader;

/**
 * {@code java -jar deploy/local/platform/target/local-platform.jar [--help]}: the whole platform on
 * this machine, with the demo province loaded on first start. Ctrl-C stops everything.
 */
public final class LocalPlatform {

  private static final int EXIT_START_FAILED = 1;
  private static final int EXIT_BAD_ARGUMENTS = 2;

  private LocalPlatform() {}

  public static void main(String[] args) throws InterruptedException {
    useUtf8Console();
    if (Arrays.asList(args).contains("--help")) {
      System.out.print(PlatformConfig.usage());
      return;
    }
    PlatformConfig config;
    try {
      config = PlatformConfig.fromArgs(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(PlatformConfig.usage());
      System.exit(EXIT_BAD_ARGUMENTS);
      return;
    }
    // Logging starts only now, after the console is UTF-8.
    Logger log = LoggerFactory.getLogger(LocalPlatform.class);

    Platform platform = new Platform(config);
    // Registered before starting, so Ctrl-C during the start also stops the children already
    // launched.
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-shutdown"));
    try {
      platform.start();
    } catch (RuntimeException e) {
      if (e instanceof PlatformStartException) {
        log.error("The platform did not start: {}", e.getMessage());
      } else {
        log.error("The platform did not start", e);
      }
      System.exit(EXIT_START_FAILED);
    }

    if (config.loadDemoData()) {
      loadDemoProvince(platform, log);
    }
    System.out.println(PlatformBanner.of(platform));
    platform.awaitClosed();
  }

  /** A failed demo load leaves a running, empty platform: worth a warning, not a stop. */
  private static void loadDemoProvince(Platform platform, Logger log) {
    try {
      DemoLoadReport report =
          new DemoProvinceLoader(platform.gatewayUrl())
              .loadIfRegistryEmpty(DemoProvince.generate());
      if (report.skipped()) {
        log.info(
            "The registry already holds {} institutions; demo province not loaded again",
            report.institutionsBefore());
      } else {
        log.info(
            "Demo province loaded in {}: institutions {}, inspectors {}{}",
            Platform.seconds(report.duration()),
            report.institutions(),
            report.inspectors(),
            report.complete() ? "" : " (some failed, see the warnings above)");
      }
    } catch (DemoLoadException e) {
      log.warn("The demo province was not loaded: {}", e.getMessage());
    }
  }

  /** Chinese names print correctly whatever the machine's default charset. */
  private static void useUtf8Console() {
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    System.setErr(
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
  }
}
