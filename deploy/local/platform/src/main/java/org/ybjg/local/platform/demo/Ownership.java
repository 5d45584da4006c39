package org.ybjg.local.platform.demo;

public enum Ownership {
  PUBLIC,
  PRIVATE
}
