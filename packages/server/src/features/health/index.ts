/** The health check: what other modules may use of it. */
export { registerHealthRoutes } from './routes.js';
export type { Health } from './schemas.js';
