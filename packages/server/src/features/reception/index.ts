export { registerReceptionRoutes } from './routes.js';
