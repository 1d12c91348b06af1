/** The editorial feature (staff write news; the audit log): what other modules may use of it. */
export { registerEditorialRoutes } from './routes.js';
