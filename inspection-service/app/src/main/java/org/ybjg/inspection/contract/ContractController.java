package org.ybjg.inspection.contract;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.web.OpenApiDocument;
import org.ybjg.inspection.api.ContractApi;

/** Serves this service's contract publicly, straight from the api module. */
@RestController
class ContractController implements ContractApi {

  @Override
  public ResponseEntity<Resource> getOpenApiDocument() {
    return OpenApiDocument.serve("openapi/inspection.yaml");
  }
}
