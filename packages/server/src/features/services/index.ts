/** The e-services feature (the public catalogue): what other modules may use of it. */

export {
  etagOf,
  expectedRevision,
  IfMatchSchema,
  langOf,
  registerServiceApplicationRoutes,
} from './application-routes.js';
export { newReference, textIn } from './applications.js';
export { DatabaseDocumentStorage, type DocumentStorage } from './documents.js';
export { registerServiceProcessingRoutes } from './processing-routes.js';
export { searchTextOf } from './queries.js';
export { registerServiceRoutes } from './routes.js';
export type { Service, ServiceSummary } from './schemas.js';
export { registerServiceWorkflowRoutes } from './workflow-routes.js';
