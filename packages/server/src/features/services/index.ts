/** The e-services feature (the public catalogue): what other modules may use of it. */
export { searchTextOf } from './queries.js';
export { registerServiceRoutes } from './routes.js';
export type { Service, ServiceSummary } from './schemas.js';
