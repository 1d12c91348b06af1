/**
 * Handlers are checked by the compiler against the responses their route declares (route() in
 * src/http/openapi-route.ts). Each `@ts-expect-error` below is a handler that must not compile:
 * `npm run typecheck` fails if one of them does (the directive is then unused). At run time the
 * handlers that do compile answer as declared.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { conditionalJson, REVALIDATED_CACHING, representation } from '../src/http/conditional.js';
import { errorResponses, notModifiedResponse, route } from '../src/http/openapi-route.js';
import { problem } from '../src/http/problem.js';
import { prepared } from '../src/http/respond.js';
import { newApiApp } from '../src/openapi.js';

const Ballot = z.object({
  id: z.uuid(),
  options: z.array(z.object({ option: z.number(), votes: z.number() })),
});

const getBallot = createRoute({
  method: 'get',
  path: '/ballots/{id}',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    200: { description: 'A ballot.', content: { 'application/json': { schema: Ballot } } },
    ...notModifiedResponse({}),
    ...errorResponses,
  },
});

const deleteBallot = createRoute({
  method: 'delete',
  path: '/ballots/{id}',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: { description: 'Gone.' }, ...errorResponses },
});

const downloadBallot = createRoute({
  method: 'get',
  path: '/ballots/{id}/file',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    200: {
      description: 'The file.',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    },
    ...errorResponses,
  },
});

const ID = '7c3a1e52-4f6b-4d2a-9a51-0b7e6c1d2f30';

describe('route handlers are typed by their route', () => {
  it('compiles the answers a route declares, and only those', async () => {
    const app = newApiApp();
    route(app, getBallot, (c) =>
      c.json({ id: c.req.valid('param').id, options: [{ option: 0, votes: 3 }] }, 200),
    );
    route(app, deleteBallot, (c) => c.body(null, 204));
    route(app, downloadBallot, (c) => c.body(new Uint8Array([0x25, 0x50]), 200));

    const wrong = newApiApp();
    const options = [{ option: '0', votes: 3 }];
    // @ts-expect-error a field of the schema has another type
    route(wrong, getBallot, (c) => c.json({ id: c.req.valid('param').id, options }, 200));
    // @ts-expect-error a field of the schema is missing
    route(wrong, getBallot, (c) => c.json({ id: c.req.valid('param').id }, 200));
    // @ts-expect-error a status the route does not declare
    route(wrong, getBallot, (c) => c.json({ id: c.req.valid('param').id, options: [] }, 201));
    // @ts-expect-error a problem of a status the route does not declare
    route(wrong, getBallot, (c) => problem(c, { name: 'conflict', status: 409 }));
    // @ts-expect-error a bare Response says nothing of its body
    route(wrong, deleteBallot, () => new Response(null, { status: 204 }));
    // @ts-expect-error JSON where the route declares a file
    route(wrong, downloadBallot, (c) => c.json({ id: ID }, 200));
    // @ts-expect-error a prepared body of another type than the schema's
    route(wrong, getBallot, () => prepared(representation({ id: ID }, REVALIDATED_CACHING).body, 200, {}));
    // @ts-expect-error a 304 on a route that declares none
    route(wrong, downloadBallot, (c) => conditionalJson(c, { id: ID }, REVALIDATED_CACHING));

    const ballot = await app.request(`/ballots/${ID}`);
    expect(ballot.status).toBe(200);
    expect(await ballot.json()).toEqual({ id: ID, options: [{ option: 0, votes: 3 }] });
    expect((await app.request(`/ballots/${ID}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request('/ballots/not-a-uuid')).status).toBe(400);
  });
});
