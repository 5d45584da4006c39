package org.ybjg.inspection.roster.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code inspection.imports.*}: the largest import body accepted (bytes, default 10 MB). */
@ConfigurationProperties("inspection.imports")
public record RosterImportProperties(Long maxBytes) {

  public RosterImportProperties {
    maxBytes = maxBytes == null ? 10L * 1024 * 1024 : maxBytes;
  }
}
