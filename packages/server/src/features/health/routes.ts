import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { open } from '../../http/auth.js';
import type { AppEnv } from '../../http/env.js';
import { route } from '../../http/openapi-route.js';
import { problem, problemResponse } from '../../http/problem.js';
import { apiHeaders } from '../../http/respond.js';
import type { FeatureContextProvider } from '../context.js';
import { pingDatabase } from './queries.js';
import { type Health, HealthSchema } from './schemas.js';

export const getHealthRoute = createRoute(
  open({
    method: 'get',
    path: '/healthz',
    operationId: 'getHealth',
    tags: ['Operations'],
    summary: 'Whether the server and its database are up',
    description:
      'For load balancers and monitors: 200 when the server and its database answer, 503 when the ' +
      'database does not. Never cached.',
    responses: {
      200: { description: 'Up.', content: { 'application/json': { schema: HealthSchema } } },
      500: problemResponse('Something went wrong on the server.'),
      503: problemResponse('The database is not answering.'),
    },
  }),
);

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>, context: FeatureContextProvider): void {
  route(app, getHealthRoute, async (c) => {
    const { db, databaseKind } = context();
    try {
      await pingDatabase(db);
    } catch {
      return problem(c, { name: 'service-unavailable', status: 503 });
    }
    const health: Health = { status: 'ok', database: databaseKind };
    return c.json(health, 200, apiHeaders(c, { 'Cache-Control': 'no-store', Vary: 'Origin' }));
  });
}
