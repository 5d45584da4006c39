package org.ybjg.local.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line options ({@code --name=value}, or {@code --flag}) with environment variables as
 * fallback: an option given on the command line wins over the environment, which wins over the
 * default.
 */
final class LaunchOptions {

  private final Map<String, String> arguments;
  private final Map<String, String> environment;

  private LaunchOptions(Map<String, String> arguments, Map<String, String> environment) {
    this.arguments = arguments;
    this.environment = environment;
  }

  static LaunchOptions parse(String[] args, Map<String, String> environment) {
    Map<String, String> arguments = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || arg.length() == 2) {
        throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
      }
      int equals = arg.indexOf('=');
      if (equals < 0) {
        arguments.put(arg.substring(2), "true");
      } else {
        arguments.put(arg.substring(2, equals), arg.substring(equals + 1));
      }
    }
    return new LaunchOptions(arguments, Map.copyOf(environment));
  }

  Optional<String> value(String option, String environmentVariable) {
    String fromArguments = arguments.get(option);
    if (fromArguments != null) {
      return Optional.of(fromArguments);
    }
    return Optional.ofNullable(environment.get(environmentVariable))
        .filter(value -> !value.isBlank());
  }

  Optional<Integer> integer(String option, String environmentVariable) {
    return value(option, environmentVariable)
        .map(
            text -> {
              try {
                return Integer.parseInt(text.trim());
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                    "--" + option + " must be a number, not '" + text + "'", e);
              }
            });
  }

  boolean flag(String option, String environmentVariable) {
    return value(option, environmentVariable).map(Boolean::parseBoolean).orElse(false);
  }

  /** Options that were given but that nobody asked for: most likely typos. */
  void rejectUnknown(Set<String> known) {
    arguments.keySet().stream()
        .filter(option -> !known.contains(option))
        .findFirst()
        .ifPresent(
            option -> {
              throw new IllegalArgumentException("Unknown option --" + option);
            });
  }
}
