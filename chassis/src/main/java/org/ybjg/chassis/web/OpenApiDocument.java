package org.ybjg.chassis.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Serves a service's contract-first OpenAPI document from its api module's classpath. */
public final class OpenApiDocument {

  private OpenApiDocument() {}

  public static ResponseEntity<Resource> serve(String classpathLocation) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/yaml"))
        .body(new ClassPathResource(classpathLocation));
  }
}
