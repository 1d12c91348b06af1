/**
 * The tests parse responses with strict schemas (test/support/strict.ts): a body that gained a field
 * its schema does not declare fails them, at any depth, where the API's own schemas would strip the
 * field and pass. Shown on a real response (PGlite: the helper is under test, not the database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { type Poll, PollPageSchema, PollSchema } from '../src/features/participation/schemas.js';
import { SEED_GUBA_OPEN_POLL } from '../src/seed/participation.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';
import { strict } from './support/strict.js';

describe('strict response schemas', () => {
  let db: TestDatabase;
  // The bodies as received; what the server meant them to be is what the tests below check.
  let poll: Poll;
  let page: { items: Poll[]; nextCursor: string | null };

  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    const app = createApp({ database: db.database, log: { error: () => {}, warn: () => {} } });
    poll = (await (await app.request(`/v1/participation/polls/${SEED_GUBA_OPEN_POLL}`)).json()) as Poll;
    page = (await (await app.request('/v1/participation/polls?authority=guba')).json()) as typeof page;
  });
  afterAll(() => db?.dispose());

  it('accept the response as the server sends it', () => {
    expect(strict(PollSchema).parse(poll)).toEqual(poll);
    expect(strict(PollPageSchema).parse(page)).toEqual(page);
  });

  it('reject a response that gained a field, at the top or nested, which the plain schema lets through', () => {
    const leaked = { ...poll, fin: '5HK2L7P' };
    expect(PollSchema.safeParse(leaked).success).toBe(true);
    expect(strict(PollSchema).safeParse(leaked).error?.issues).toMatchObject([
      { code: 'unrecognized_keys', keys: ['fin'] },
    ]);

    const option = { ...poll, options: [{ ...poll.options[0], votes: 3 }, ...poll.options.slice(1)] };
    expect(PollSchema.safeParse(option).success).toBe(true);
    expect(strict(PollSchema).safeParse(option).error?.issues).toMatchObject([
      { code: 'unrecognized_keys', keys: ['votes'], path: ['options', 0] },
    ]);

    const inPage = { ...page, items: [{ ...poll, viewer: { eligible: true, hasVoted: false, fin: 'x' } }] };
    expect(PollPageSchema.safeParse(inPage).success).toBe(true);
    expect(strict(PollPageSchema).safeParse(inPage).success).toBe(false);
  });

  it('keep what the schema checks besides', () => {
    expect(strict(PollSchema).safeParse({ ...poll, id: 'not-a-uuid' }).success).toBe(false);
    expect(strict(PollSchema).safeParse({ ...poll, state: 'paused' }).success).toBe(false);
    const { question: _question, ...withoutQuestion } = poll;
    expect(strict(PollSchema).safeParse(withoutQuestion).success).toBe(false);
  });
});
