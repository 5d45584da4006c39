package org.ybjg.local.platform.demo;

public enum Specialty {
  MEDICAL,
  DRUG,
  FINANCE,
  INFORMATION
}
