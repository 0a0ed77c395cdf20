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
    // No deep links: they put a link inside each operation's toggle button,
    // which screen readers cannot reach (axe-core: nested-interactive).
    deepLinking: false,
    filter: true, // the search box: filters by tag
    docExpansion: "list",
    defaultModelsExpandDepth: -1, // no wall of schemas: each opens from where it is used
    defaultModelExpandDepth: 2,
    displayRequestDuration: true,
    persistAuthorization: true,
    tryItOutEnabled: false,
    syntaxHighlight: { activated: true, theme: "monokai" },
    layout: "BaseLayout",
    onComplete: () => {
      // The server picker has a caption but no label a screen reader ties to it.
      const servers = root.querySelector("select#servers, .servers select");
      if (servers && !servers.hasAttribute("aria-label")) servers.setAttribute("aria-label", "Server");
    },
  });
})();
