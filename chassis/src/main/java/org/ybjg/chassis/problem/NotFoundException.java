package org.ybjg.chassis.problem;

/**
 * The resource does not exist, or lies outside the caller's region: both answer 404 so that a
 * foreign region learns nothing about what exists there.
 */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
