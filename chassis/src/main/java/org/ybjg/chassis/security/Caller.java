package org.ybjg.chassis.security;

import java.util.Set;

/** Who is calling and how far their reach goes: the region (GB/T 2260) code from the token. */
public record Caller(String username, String displayName, String region, Set<String> roles) {

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
