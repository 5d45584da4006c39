package org.ybjg.registry.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.imports.*}: the largest body accepted (bytes, default 50 MB) and how many rows
 * are written per batch (one query, one insertMany, one bulkWrite each).
 */
@ConfigurationProperties("registry.imports")
public record ImportProperties(Long maxBytes, Integer batchSize) {

  public ImportProperties {
    maxBytes = maxBytes == null ? 50L * 1024 * 1024 : maxBytes;
    batchSize = batchSize == null ? 2000 : batchSize;
  }
}
