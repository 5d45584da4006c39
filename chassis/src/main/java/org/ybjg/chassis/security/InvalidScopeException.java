package org.ybjg.chassis.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A token without a usable region claim is not a valid token for this platform. */
public class InvalidScopeException extends OAuth2AuthenticationException {
  public InvalidScopeException(String message) {
    super(new OAuth2Error("invalid_token", message, null), message);
  }
}
