package org.ybjg.cases.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.ContractApi;

/** Serves the service's own contract (from the case-api module), publicly. */
@RestController
class ContractController implements ContractApi {

  static final String SPEC = "openapi/case.yaml";
  private static final MediaType YAML =
      new MediaType("application", "yaml", StandardCharsets.UTF_8);

  private final String document;

  ContractController() {
    try (InputStream in = new ClassPathResource(SPEC).getInputStream()) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the OpenAPI document " + SPEC + " is missing from the classpath", e);
    }
  }

  @Override
  public ResponseEntity<String> getOpenApiDocument() {
    return ResponseEntity.ok().contentType(YAML).body(document);
  }
}
