package org.ybjg.reporting.contract;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.web.OpenApiDocument;
import org.ybjg.reporting.api.ContractApi;

/** Serves this service's contract (public: the chassis permits GET /api/*&#47;openapi.yaml). */
@RestController
class OpenApiController implements ContractApi {

  @Override
  public ResponseEntity<Resource> getOpenApiDocument() {
    return OpenApiDocument.serve("openapi/reporting.yaml");
  }
}
