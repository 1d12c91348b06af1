// Generated from openapi.json by scripts/generate.mjs (npm run generate). Do not edit.

export const operationRoutes = {
  getAuthority: { method: "get", path: "/v1/authorities/{slug}" },
  getHealth: { method: "get", path: "/healthz" },
  getNews: { method: "get", path: "/v1/news/{id}" },
  listAuthorities: { method: "get", path: "/v1/authorities" },
  listNews: { method: "get", path: "/v1/news" },
} as const;
