package org.ybjg.local.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start one child process and where it answers health checks.
 *
 * @param name short name for log prefixes and the log file
 * @param port HTTP port serving {@code /actuator/health}
 * @param command program and arguments
 * @param environment variables added to this process's own environment
 * @param workingDir the child's working directory
 */
record ServiceLaunch(
    String name, int port, List<String> command, Map<String, String> environment, Path workingDir) {

  ServiceLaunch {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
  }
}
