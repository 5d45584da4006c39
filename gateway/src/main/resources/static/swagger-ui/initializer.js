// Every service publishes its own spec at /api/<service>/openapi.yaml; the gateway routes them, so the
// page lists all four through the gateway (and "Try it out" goes through the gateway too).
// Under the local profile a token for "Authorize" comes from POST /auth/token (demo users, password "demo").
window.onload = function () {
  window.ui = SwaggerUIBundle({
    urls: [
      { name: "institution-registry (定点医药机构)", url: "/api/registry/openapi.yaml" },
      { name: "inspection-service (检查)", url: "/api/inspection/openapi.yaml" },
      { name: "case-service (案件)", url: "/api/cases/openapi.yaml" },
      { name: "reporting-service (统计报表)", url: "/api/reports/openapi.yaml" }
    ],
    "urls.primaryName": "institution-registry (定点医药机构)",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout"
  });
};
