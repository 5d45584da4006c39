package org.ybjg.registry.institution;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.web.OpenApiDocument;
import org.ybjg.registry.api.DocumentationApi;

/** Serves registry.yaml (from the api module) publicly at /api/registry/openapi.yaml. */
@RestController
class OpenApiDocumentController implements DocumentationApi {

  @Override
  public ResponseEntity<Resource> getOpenApiDocument() {
    return OpenApiDocument.serve("openapi/registry.yaml");
  }
}
