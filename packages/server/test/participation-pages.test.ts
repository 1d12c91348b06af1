/**
 * Cursor paging of the e-participation lists — polls (latest opening first), a citizen's own
 * applications and a moderator's queue (newest first): every item exactly once, in order, across
 * pages, also when several share the same timestamp; a cursor of another kind is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { TokenService } from '../src/features/identity/tokens.js';
import { seedStaff } from '../src/seed/staff.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { signIn } from './support/oauth.js';
import { issueToken } from './support/tokens.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };
const hour = 3600_000;

type Page<T> = { items: T[]; nextCursor: string | null };

describe.each(variants)('e-participation pages on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let moderator: string;
  let citizen: string;

  const call = async (path: string, token?: string, body?: unknown) =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'Accept-Language': 'en',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  /** Every item of `path`, following `nextCursor` with pages of `limit`; also returns the page count. */
  async function all<T>(path: string, limit: number, token?: string): Promise<{ items: T[]; pages: number }> {
    const items: T[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const res = await call(
        `${path}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        token,
      );
      expect(res.status).toBe(200);
      const page = (await res.json()) as Page<T>;
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    return { items, pages };
  }

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({
      database: db.database,
      publicUrl: ISSUER,
      log: quiet,
      rateLimits: { writesPerPrincipal: 0 },
    });
    const masalliModerator = seedStaff.find(
      (s) => s.authority === 'masalli' && s.roles.includes('moderator'),
    )!;
    moderator = await signIn(app, `staff:${masalliModerator.id}`, { clientId: 'masalli' });
    const tokens = new TokenService(new SigningKeyStore(db.database.db), ISSUER);
    citizen = (
      await issueToken(tokens, { sub: 'citizen:1AS9D4F', kind: 'citizen', roles: [], fin: '1AS9D4F' })
    ).token;
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it.skipIf(skip)(
    'pages through polls latest opening first, each once, also among equal opening times',
    async () => {
      const base = Date.now() + 48 * hour;
      const created: string[] = [];
      // 9 upcoming polls: three openings, three polls each (equal timestamps: the id breaks the tie).
      for (let i = 0; i < 9; i += 1) {
        const res = await call('/v1/participation/polls', moderator, {
          authority: 'masalli',
          question: { az: `Sorğu ${i}` },
          options: [{ az: 'Bəli' }, { az: 'Xeyr' }],
          opensAt: new Date(base + Math.floor(i / 3) * hour).toISOString(),
          closesAt: new Date(base + 240 * hour).toISOString(),
          eligibility: 'all_citizens',
          resultsVisibility: 'live',
        });
        expect(res.status).toBe(201);
        created.push(((await res.json()) as { id: string }).id);
      }
      const whole = await all<{ id: string; opensAt: string }>(
        '/v1/participation/polls?authority=masalli&state=upcoming',
        50,
      );
      const { items, pages } = await all<{ id: string; opensAt: string }>(
        '/v1/participation/polls?authority=masalli&state=upcoming',
        2,
      );
      expect(pages).toBe(5);
      expect(items.map((p) => p.id)).toEqual(whole.items.map((p) => p.id));
      expect(new Set(items.map((p) => p.id))).toEqual(new Set(created));
      const openings = items.map((p) => Date.parse(p.opensAt));
      expect(openings).toEqual([...openings].sort((a, b) => b - a));
    },
  );

  it.skipIf(skip)(
    "pages through a citizen's applications and a moderator's queue, newest first",
    async () => {
      const filed: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const res = await call('/v1/participation/applications', citizen, {
          authority: 'masalli',
          direction: 'environment',
          title: `Müraciət ${i}`,
          text: 'Çayın sahili təmizlənməlidir, orada çoxlu zibil var.',
        });
        expect(res.status).toBe(201);
        filed.push(((await res.json()) as { id: string }).id);
      }
      const mine = await all<{ id: string }>('/v1/me/applications', 2, citizen);
      expect(mine.pages).toBe(3);
      expect(mine.items.map((a) => a.id)).toEqual([...filed].reverse());
      const queue = await all<{ id: string; status: string }>(
        '/v1/participation/applications?authority=masalli&status=submitted',
        3,
        moderator,
      );
      expect(queue.items.map((a) => a.id)).toEqual([...filed].reverse());
      expect(queue.items.every((a) => a.status === 'submitted')).toBe(true);
    },
  );

  it.skipIf(skip)('refuses a cursor that is not one of the list (400, pointing at the cursor)', async () => {
    const res = await call('/v1/participation/polls?cursor=bm90LWEtY3Vyc29y');
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { pointer: string }[] };
    expect(problem.errors.map((e) => e.pointer)).toContain('/query/cursor');
  });
});
