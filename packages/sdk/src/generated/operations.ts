// Generated from openapi.json by scripts/generate.mjs (npm run generate). Do not edit.

export const operationRoutes = {
  createNewsDraft: { method: "post", path: "/v1/editorial/news", body: "json" },
  deleteNews: { method: "delete", path: "/v1/editorial/news/{id}" },
  deleteNewsCover: { method: "delete", path: "/v1/editorial/news/{id}/cover" },
  getAuthority: { method: "get", path: "/v1/authorities/{slug}" },
  getEditorialNews: { method: "get", path: "/v1/editorial/news/{id}" },
  getHealth: { method: "get", path: "/healthz" },
  getMe: { method: "get", path: "/v1/me" },
  getNews: { method: "get", path: "/v1/news/{id}" },
  listAuditLog: { method: "get", path: "/v1/editorial/audit" },
  listAuthorities: { method: "get", path: "/v1/authorities" },
  listEditorialNews: { method: "get", path: "/v1/editorial/news" },
  listMyNotifications: { method: "get", path: "/v1/me/notifications" },
  listNews: { method: "get", path: "/v1/news" },
  markNotificationRead: { method: "post", path: "/v1/me/notifications/{id}/read" },
  publishNews: { method: "post", path: "/v1/editorial/news/{id}/publish" },
  unpublishNews: { method: "post", path: "/v1/editorial/news/{id}/unpublish" },
  updateNews: { method: "patch", path: "/v1/editorial/news/{id}", body: "json" },
  uploadNewsCover: { method: "put", path: "/v1/editorial/news/{id}/cover", body: "raw" },
} as const;
