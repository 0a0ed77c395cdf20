// The API reference page: Swagger UI (swagger-ui-dist, from the npm registry)
// on the generated OpenAPI document, in its dark theme to match the site.
(() => {
  "use strict";
  const root = document.getElementById("swagger-ui");
  if (!root || !window.SwaggerUIBundle) return;
  document.documentElement.classList.add("dark-mode");
  window.t2mApiReference = window.SwaggerUIBundle({
    url: root.dataset.url,
    domNode: root,
    deepLinking: true, // #/tag/operationId in the address bar, shareable
    filter: true, // the search box: filters by tag
    docExpansion: "list",
    defaultModelsExpandDepth: -1, // no wall of schemas: each opens from where it is used
    defaultModelExpandDepth: 2,
    displayRequestDuration: true,
    persistAuthorization: true,
    tryItOutEnabled: false,
    syntaxHighlight: { activated: true, theme: "monokai" },
    layout: "BaseLayout",
  });
})();
