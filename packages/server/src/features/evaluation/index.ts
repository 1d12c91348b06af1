/** The State Agency's evaluation of e-services: what other modules may use of it. */
export { registerEvaluationRoutes } from './routes.js';
