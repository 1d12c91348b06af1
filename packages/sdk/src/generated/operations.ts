// Generated from openapi.json by scripts/generate.mjs (npm run generate). Do not edit.

export const operationRoutes = {
  getAuthority: { method: "get", path: "/v1/authorities/{slug}" },
  getHealth: { method: "get", path: "/healthz" },
  getMe: { method: "get", path: "/v1/me" },
  getNews: { method: "get", path: "/v1/news/{id}" },
  listAuthorities: { method: "get", path: "/v1/authorities" },
  listMyNotifications: { method: "get", path: "/v1/me/notifications" },
  listNews: { method: "get", path: "/v1/news" },
  markNotificationRead: { method: "post", path: "/v1/me/notifications/{id}/read" },
} as const;
