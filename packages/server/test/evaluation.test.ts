/**
 * The State Agency's evaluation of e-services on PGlite and PostgreSQL: the published years
 * 2013–2018 exactly as the report gives them (JSON and CSV), a 2019 campaign recorded per service by
 * an evaluator and published, whose summary and breakdowns equal the ones computed here by hand, a
 * draft that no public route shows, the refusals, and the database's own CHECKs tried with SQL.
 */
import { type SQL, sql } from 'drizzle-orm';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import {
  EvaluatedBodyListSchema,
  EvaluationAssessmentSchema,
  EvaluationCampaignBreakdownSchema,
  EvaluationCampaignSchema,
  EvaluationSummarySchema,
} from '../src/features/evaluation/schemas.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { TokenService } from '../src/features/identity/tokens.js';
import { ProblemSchema } from '../src/http/problem.js';
import { openApiDocument } from '../src/index.js';
import { seedStaff } from '../src/seed/staff.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { signIn } from './support/oauth.js';
import { isOpenToAnyone } from './support/security.js';
import { strict } from './support/strict.js';
import { issueToken } from './support/tokens.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };

/** The issue's table, as published: year, bodies, services, electronicized, not, then the four ratings. */
const PUBLISHED = [
  [2013, 40, 439, 305, 134, 5, 83, 142, 75],
  [2014, 41, 438, 341, 97, 55, 72, 100, 114],
  [2015, 39, 438, 354, 84, 67, 54, 105, 128],
  [2016, 34, 444, 351, 71, 30, 58, 109, 154],
  [2017, 30, 404, 330, 74, 19, 51, 105, 155],
  [2018, 29, 410, 345, 65, 76, 45, 102, 122],
] as const;
/** 2016: the evaluation of 22 services was stopped (moved to the Ministry of Economy by decree). */
const STOPPED: Record<number, number> = { 2016: 22 };

const published = PUBLISHED.map(
  ([year, bodies, services, electronicized, notElectronicized, u, s, g, e]) => ({
    year,
    source: 'published-aggregate',
    bodies,
    services,
    electronicized,
    notElectronicized,
    stopped: STOPPED[year] ?? 0,
    ratings: { unsatisfactory: u, satisfactory: s, good: g, excellent: e },
  }),
);

/** The seeded demo services: `e7a10000-…-0000000000<body><service>`. */
const service = (body: number, n: number) => `e7a10000-0000-4000-8000-0000000000${body}${n}`;
const MARKER = 'draft-canary-7f3a';
const texts = (what: string) => ({
  az: `${what} ${MARKER} az`,
  en: `${what} ${MARKER} en`,
  ru: `${what} ${MARKER} ru`,
});
const scores = (electronicization: number, openness: number, usability: number) => ({
  electronicization,
  openness,
  usability,
});

const CSV_HEADER =
  'year,source,bodies,services,electronicized,notElectronicized,stopped,unsatisfactory,satisfactory,good,excellent';
const csvLine = (y: (typeof published)[number]) =>
  [
    y.year,
    y.source,
    y.bodies,
    y.services,
    y.electronicized,
    y.notElectronicized,
    y.stopped,
    y.ratings.unsatisfactory,
    y.ratings.satisfactory,
    y.ratings.good,
    y.ratings.excellent,
  ].join(',');

describe.each(variants)('the e-service evaluation on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let tokens: TokenService;
  let evaluator: string;
  let secondEvaluator: string;
  const evaluators = seedStaff.filter((s) => s.kind === 'evaluator');

  const rows = async <T>(query: SQL) =>
    ((await db.database.db.execute(query)) as unknown as { rows: T[] }).rows;

  function call(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    return app.request(path, {
      method,
      headers: {
        'Accept-Language': 'en',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
  async function problemOf(res: Response, status: number) {
    expect(res.status, await res.clone().text()).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    return strict(ProblemSchema).parse(await res.json());
  }
  const record = (year: number, serviceId: string, body: unknown, token = evaluator, ifMatch?: string) =>
    call(
      'PUT',
      `/v1/evaluation/campaigns/${year}/assessments/${serviceId}`,
      token,
      body,
      ifMatch ? { 'If-Match': ifMatch } : {},
    );
  async function recorded(res: Response, status: number) {
    expect(res.status, await res.clone().text()).toBe(status);
    return strict(EvaluationAssessmentSchema).parse(await res.json());
  }
  async function summary(query = '', headers: Record<string, string> = {}) {
    const res = await call('GET', `/v1/evaluation/summary${query}`, undefined, undefined, headers);
    expect(res.status, await res.clone().text()).toBe(200);
    return strict(EvaluationSummarySchema).parse(await res.json()).items;
  }
  /** A SQL statement's failure, as the driver reports it (its message and its cause's). */
  async function failureOf(query: SQL): Promise<string> {
    try {
      await db.database.db.execute(query);
    } catch (error) {
      const e = error as Error & { cause?: Error };
      return `${e.message} ${e.cause?.message ?? ''}`;
    }
    return 'it succeeded';
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
    tokens = new TokenService(new SigningKeyStore(db.database.db), ISSUER);
    const asEvaluator = async (i: number) =>
      (
        await issueToken(tokens, {
          sub: `staff:${evaluators[i]!.id}`,
          kind: 'evaluator',
          roles: ['evaluator'],
        })
      ).token;
    evaluator = await asEvaluator(0);
    secondEvaluator = await asEvaluator(1);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it.skipIf(skip)('serves every number of the published table, and 2016’s 444 = 351 + 71 + 22', async () => {
    const items = await summary();
    expect(items).toEqual(published);
    const y2016 = items.find((y) => y.year === 2016)!;
    expect([y2016.services, y2016.electronicized, y2016.notElectronicized, y2016.stopped]).toEqual([
      444, 351, 71, 22,
    ]);
    expect(y2016.electronicized + y2016.notElectronicized + y2016.stopped).toBe(y2016.services);
    for (const y of items) {
      expect(y.electronicized + y.notElectronicized + y.stopped, `${y.year}`).toBe(y.services);
      const { unsatisfactory, satisfactory, good, excellent } = y.ratings;
      expect(unsatisfactory + satisfactory + good + excellent, `${y.year}`).toBe(y.electronicized);
    }
    expect(await summary('?from=2015&to=2016')).toEqual(published.slice(2, 4));
    expect(await summary('?from=2017')).toEqual(published.slice(4));
    expect(await summary('?to=2013')).toEqual(published.slice(0, 1));
    await problemOf(await call('GET', '/v1/evaluation/summary?from=2017&to=2015'), 400);
  });

  it.skipIf(skip)(
    'serves the same as CSV to Accept: text/csv, each representation with its own ETag',
    async () => {
      const res = await call('GET', '/v1/evaluation/summary', undefined, undefined, { Accept: 'text/csv' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect(res.headers.get('vary')).toContain('Accept');
      const csv = await res.text();
      expect(csv).toBe([CSV_HEADER, ...published.map(csvLine)].map((line) => `${line}\r\n`).join(''));
      expect(csv.split('\r\n')).toContain('2016,published-aggregate,34,444,351,71,22,30,58,109,154');

      const json = await call('GET', '/v1/evaluation/summary');
      expect(json.headers.get('content-type')).toBe('application/json');
      // A browser's Accept prefers neither: JSON.
      const browser = await call('GET', '/v1/evaluation/summary', undefined, undefined, { Accept: '*/*' });
      expect(browser.headers.get('content-type')).toBe('application/json');
      const csvTag = res.headers.get('etag')!;
      const jsonTag = json.headers.get('etag')!;
      expect(csvTag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      expect(csvTag).not.toBe(jsonTag);
      const again = await call('GET', '/v1/evaluation/summary', undefined, undefined, {
        Accept: 'text/csv',
        'If-None-Match': csvTag,
      });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const stale = await call('GET', '/v1/evaluation/summary', undefined, undefined, {
        Accept: 'text/csv',
        'If-None-Match': jsonTag,
      });
      expect(stale.status).toBe(200);
      expect(
        (await call('GET', '/v1/evaluation/summary', undefined, undefined, { 'If-None-Match': jsonTag }))
          .status,
      ).toBe(304);
    },
  );

  it.skipIf(skip)('lists the evaluated bodies and their services in the language asked', async () => {
    const en = strict(EvaluatedBodyListSchema).parse(
      await (await call('GET', '/v1/evaluation/bodies')).json(),
    );
    const ru = strict(EvaluatedBodyListSchema).parse(
      await (await call('GET', '/v1/evaluation/bodies?lang=ru')).json(),
    );
    const az = await call('GET', '/v1/evaluation/bodies', undefined, undefined, { 'Accept-Language': 'az' });
    expect(az.headers.get('content-language')).toBe('az');
    const azList = strict(EvaluatedBodyListSchema).parse(await az.json());
    expect(en.items.map((b) => b.slug)).toEqual([
      'ministry-of-justice',
      'ministry-of-taxes',
      'ministry-of-labour',
      'ministry-of-economy',
      'state-migration-service',
    ]);
    expect(en.items[1]!.name).toBe('Ministry of Taxes');
    expect(ru.items[1]!.name).toBe('Министерство налогов');
    expect(azList.items[1]!.name).toBe('Vergilər Nazirliyi');
    expect(en.items[1]!.services.map((s) => s.id)).toEqual([service(2, 1), service(2, 2), service(2, 3)]);
    expect(en.items.every((b) => b.services.length >= 2)).toBe(true);
  });

  it.skipIf(skip)('grants evaluation:record at sign-in to evaluators only', async () => {
    const scopeOf = async (subject: string) => String(decodeJwt(await signIn(app, subject)).scope).split(' ');
    // Asked for every scope, each person is granted what their kind and roles allow.
    for (const e of evaluators) {
      const granted = await scopeOf(`staff:${e.id}`);
      expect(granted).toContain('evaluation:record');
      expect(granted.filter((s) => s !== 'openid')).toEqual(['evaluation:record']);
    }
    for (const official of seedStaff.filter((s) => s.kind === 'official'))
      expect(await scopeOf(`staff:${official.id}`), official.displayName).not.toContain('evaluation:record');
    const viaSignIn = await signIn(app, `staff:${evaluators[0]!.id}`);
    expect((await call('GET', '/v1/evaluation/campaigns/2016', viaSignIn)).status).toBe(200);
  });

  it.skipIf(skip)('lets only evaluators with the scope create a campaign', async () => {
    const citizen = (
      await issueToken(tokens, { sub: 'citizen:5HK2L7P', kind: 'citizen', roles: [], fin: '5HK2L7P' })
    ).token;
    const official = (
      await issueToken(tokens, {
        sub: 'staff:guba-editor',
        kind: 'official',
        roles: ['editor', 'admin'],
        authority: 'guba',
      })
    ).token;
    const unscoped = (
      await issueToken(
        tokens,
        { sub: `staff:${evaluators[0]!.id}`, kind: 'evaluator', roles: ['evaluator'] },
        { scopes: ['openid'] },
      )
    ).token;
    await problemOf(await call('POST', '/v1/evaluation/campaigns', undefined, { year: 2019 }), 401);
    for (const token of [citizen, official]) {
      const res = await call('POST', '/v1/evaluation/campaigns', token, { year: 2019 });
      await problemOf(res, 403);
      expect(res.headers.get('www-authenticate')).not.toContain('insufficient_scope');
      await problemOf(await call('GET', '/v1/evaluation/campaigns/2019', token), 403);
      await problemOf(
        await record(2019, service(1, 1), { outcome: 'stopped', reason: { az: 'x' } }, token),
        403,
      );
    }
    const res = await call('POST', '/v1/evaluation/campaigns', unscoped, { year: 2019 });
    const refused = await problemOf(res, 403);
    expect(refused.type).toContain('insufficient-scope');
    expect(res.headers.get('www-authenticate')).toContain(
      'error="insufficient_scope", scope="evaluation:record"',
    );
    // None of the refusals made a campaign.
    expect(await rows(sql`select year from evaluation_campaigns where year = 2019`)).toEqual([]);
  });

  it.skipIf(skip)('refuses a second campaign for a year, the historical ones included', async () => {
    for (const year of [2013, 2016, 2018]) {
      const problem = await problemOf(
        await call('POST', '/v1/evaluation/campaigns', evaluator, { year }),
        409,
      );
      expect(problem.detail).toContain('already');
    }
    const res = await call('POST', '/v1/evaluation/campaigns', evaluator, { year: 2019 });
    expect(res.status, await res.clone().text()).toBe(201);
    const draft = strict(EvaluationCampaignSchema).parse(await res.json());
    expect(draft).toMatchObject({
      year: 2019,
      source: 'recorded',
      status: 'draft',
      publishedAt: null,
      assessments: [],
    });
    await problemOf(await call('POST', '/v1/evaluation/campaigns', secondEvaluator, { year: 2019 }), 409);
    // A historical year takes no assessment.
    await problemOf(await record(2016, service(1, 1), { outcome: 'stopped', reason: { az: 'Səbəb' } }), 409);
  });

  it.skipIf(skip)(
    'records and corrects assessments with If-Match, and refuses a stale or missing one',
    async () => {
      const justice1 = await recorded(
        await record(2019, service(1, 1), {
          outcome: 'electronicized',
          scores: scores(80, 70, 75),
          rating: 'good',
          deficiencies: texts('deficiency'),
          proposals: texts('proposal'),
        }),
        201,
      );
      expect(justice1).toMatchObject({
        revision: 1,
        rating: 'good',
        recordedBy: `staff:${evaluators[0]!.id}`,
      });
      expect(justice1.service).toEqual({
        id: service(1, 1),
        body: 'ministry-of-justice',
        name: 'Issuing certificates of civil status registration',
      });
      await recorded(
        await record(2019, service(1, 2), {
          outcome: 'not_electronicized',
          scores: scores(20, 50, 40),
          deficiencies: texts('not online'),
        }),
        201,
      );
      await recorded(
        await record(2019, service(1, 3), {
          outcome: 'electronicized',
          scores: scores(95, 90, 85),
          rating: 'excellent',
        }),
        201,
      );
      await recorded(
        await record(2019, service(2, 1), {
          outcome: 'electronicized',
          scores: scores(90, 85, 80),
          rating: 'excellent',
        }),
        201,
      );
      const first = await record(2019, service(2, 2), {
        outcome: 'electronicized',
        scores: scores(40, 30, 35),
        rating: 'unsatisfactory',
      });
      expect(first.headers.get('etag')).toBe('"r1"');
      await recorded(first, 201);
      const stopped = await recorded(
        await record(2019, service(2, 3), { outcome: 'stopped', reason: texts('moved by decree') }),
        201,
      );
      expect(stopped).toMatchObject({ scores: null, rating: null, deficiencies: null, proposals: null });
      expect(stopped.stoppedReason?.az).toContain(MARKER);
      await recorded(
        await record(2019, service(5, 1), {
          outcome: 'electronicized',
          scores: scores(75, 65, 70),
          rating: 'good',
        }),
        201,
      );
      await recorded(
        await record(
          2019,
          service(5, 2),
          { outcome: 'not_electronicized', scores: scores(10, 40, 30) },
          secondEvaluator,
        ),
        201,
      );

      // The correction of taxes' second service: unsatisfactory → satisfactory.
      const correction = {
        outcome: 'electronicized',
        scores: scores(60, 55, 50),
        rating: 'satisfactory',
        proposals: { az: `Formu sadələşdirin ${MARKER}` },
      };
      await problemOf(await record(2019, service(2, 2), correction), 428);
      await problemOf(await record(2019, service(2, 2), correction, evaluator, '"r7"'), 412);
      await problemOf(await record(2019, service(2, 2), correction, evaluator, 'nonsense'), 412);
      const corrected = await record(2019, service(2, 2), correction, secondEvaluator, '"r1"');
      expect(corrected.headers.get('etag')).toBe('"r2"');
      expect(await recorded(corrected, 200)).toMatchObject({
        revision: 2,
        rating: 'satisfactory',
        recordedBy: `staff:${evaluators[1]!.id}`,
      });
      // The first correction won: another from revision 1 is stale.
      await problemOf(await record(2019, service(2, 2), correction, evaluator, '"r1"'), 412);
      // A first assessment with If-Match has nothing to match.
      await problemOf(
        await record(2019, service(4, 1), { outcome: 'stopped', reason: { az: 'x' } }, evaluator, '"r1"'),
        412,
      );
      // What the outcome does not allow is refused before it reaches the database.
      for (const body of [
        { outcome: 'not_electronicized', scores: scores(10, 10, 10), rating: 'good' },
        { outcome: 'electronicized', scores: scores(10, 10, 10) },
        { outcome: 'stopped', reason: { az: 'x' }, scores: scores(1, 1, 1) },
        { outcome: 'electronicized', scores: scores(101, 10, 10), rating: 'good' },
        {
          outcome: 'electronicized',
          scores: scores(50, 10, 10),
          rating: 'good',
          deficiencies: { en: 'no az' },
        },
      ])
        await problemOf(await record(2019, service(4, 2), body), 400);
      await problemOf(
        await record(2019, '00000000-0000-4000-8000-000000000000', {
          outcome: 'stopped',
          reason: { az: 'x' },
        }),
        404,
      );
      await problemOf(await record(2031, service(1, 1), { outcome: 'stopped', reason: { az: 'x' } }), 404);

      const campaign = strict(EvaluationCampaignSchema).parse(
        await (await call('GET', '/v1/evaluation/campaigns/2019', evaluator)).json(),
      );
      expect(campaign.status).toBe('draft');
      expect(campaign.assessments.map((a) => a.service.id)).toEqual([
        service(1, 1),
        service(1, 2),
        service(1, 3),
        service(2, 1),
        service(2, 2),
        service(2, 3),
        service(5, 1),
        service(5, 2),
      ]);
      expect(campaign.assessments[0]!.deficiencies).toEqual(texts('deficiency'));
    },
  );

  it.skipIf(skip)('shows the draft in no public answer', async () => {
    const document = openApiDocument();
    const samples: Record<string, string> = {
      slug: 'guba',
      year: '2019',
      id: '00000000-0000-4000-8000-000000000001',
    };
    const paths: string[] = [];
    for (const [template, item] of Object.entries(document.paths ?? {})) {
      const get = (item as { get?: { security?: unknown } }).get;
      if (!get || !isOpenToAnyone(get.security as never)) continue;
      paths.push(template.replace(/\{(\w+)\}/g, (_, name: string) => samples[name] ?? name));
    }
    expect(paths).toEqual(
      expect.arrayContaining([
        '/v1/evaluation/summary',
        '/v1/evaluation/campaigns/2019/bodies',
        '/v1/evaluation/bodies',
      ]),
    );
    paths.push(
      '/v1/evaluation/summary?from=2019',
      '/v1/evaluation/summary?from=2019&to=2019',
      '/openapi.json',
      '/v1/evaluation/campaigns/2019/bodies?lang=az',
    );
    for (const path of paths) {
      for (const accept of ['application/json', 'text/csv', '*/*']) {
        for (const lang of ['az', 'en', 'ru']) {
          const res = await call('GET', path, undefined, undefined, {
            Accept: accept,
            'Accept-Language': lang,
          });
          // A problem names the path asked for: that is the caller's own text, not the draft's.
          const body = (await res.text()).replaceAll(path.split('?')[0]!, '');
          expect(body, `${path} (${accept}, ${lang})`).not.toContain(MARKER);
          expect(body, path).not.toContain('moved by decree');
          if (path.startsWith('/v1/evaluation/') && !path.startsWith('/v1/evaluation/bodies'))
            expect(body, `${path} (${accept})`).not.toContain('2019');
        }
      }
    }
    // An evaluator's token makes no public read show it either.
    for (const path of ['/v1/evaluation/summary', '/v1/evaluation/campaigns/2019/bodies']) {
      const res = await call('GET', path, evaluator, undefined, { Accept: 'text/csv' });
      expect(await res.text()).not.toContain('2019,');
    }
    // The draft's year answers as a year without any campaign does: not even its existence shows.
    const draft = await problemOf(await call('GET', '/v1/evaluation/campaigns/2019/bodies'), 404);
    const none = await problemOf(await call('GET', '/v1/evaluation/campaigns/2031/bodies'), 404);
    expect({ ...draft, instance: undefined }).toEqual({ ...none, instance: undefined });
    expect((await summary()).map((y) => y.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018]);
  });

  it.skipIf(skip)(
    'publishes the campaign only with an assessment, and then no longer changes it',
    async () => {
      expect((await call('POST', '/v1/evaluation/campaigns', evaluator, { year: 2020 })).status).toBe(201);
      await problemOf(await call('POST', '/v1/evaluation/campaigns/2020/publish', evaluator), 422);
      await problemOf(await call('POST', '/v1/evaluation/campaigns/2031/publish', evaluator), 404);
      await problemOf(await call('POST', '/v1/evaluation/campaigns/2016/publish', evaluator), 409);

      const res = await call('POST', '/v1/evaluation/campaigns/2019/publish', evaluator);
      expect(res.status, await res.clone().text()).toBe(200);
      const campaign = strict(EvaluationCampaignSchema).parse(await res.json());
      expect(campaign.status).toBe('published');
      expect(Date.parse(campaign.publishedAt!)).toBeGreaterThan(Date.now() - 60_000);

      await problemOf(await call('POST', '/v1/evaluation/campaigns/2019/publish', evaluator), 409);
      await problemOf(
        await record(
          2019,
          service(2, 2),
          { outcome: 'electronicized', scores: scores(99, 99, 99), rating: 'excellent' },
          evaluator,
          '"r2"',
        ),
        409,
      );
      await problemOf(await record(2019, service(4, 1), { outcome: 'stopped', reason: { az: 'Gec' } }), 409);
      const [kept] = await rows<{ rating: string; revision: number }>(
        sql`select rating::text, revision from evaluation_assessments where year = 2019 and service_id = ${service(2, 2)}`,
      );
      expect(kept).toEqual({ rating: 'satisfactory', revision: 2 });
    },
  );

  it.skipIf(skip)('sums the published 2019 campaign as computed by hand, beside the history', async () => {
    // Justice: 11 good, 12 not, 13 excellent; taxes: 21 excellent, 22 satisfactory (corrected), 23 stopped;
    // migration: 51 good, 52 not. Three bodies, 8 services = 5 electronicized + 2 not + 1 stopped.
    const y2019 = {
      year: 2019,
      source: 'recorded',
      bodies: 3,
      services: 8,
      electronicized: 5,
      notElectronicized: 2,
      stopped: 1,
      ratings: { unsatisfactory: 0, satisfactory: 1, good: 2, excellent: 2 },
    };
    expect(await summary()).toEqual([...published, y2019]);
    expect(await summary('?from=2018&to=2019')).toEqual([published[5], y2019]);
    // The 2020 draft is still not there.
    expect(await summary('?from=2020')).toEqual([]);
    const csv = await (
      await call('GET', '/v1/evaluation/summary?from=2019', undefined, undefined, { Accept: 'text/csv' })
    ).text();
    expect(csv).toBe(`${CSV_HEADER}\r\n2019,recorded,3,8,5,2,1,0,1,2,2\r\n`);
  });

  it.skipIf(skip)('breaks the campaign down per body and per criterion as computed by hand', async () => {
    const res = await call('GET', '/v1/evaluation/campaigns/2019/bodies');
    expect(res.status, await res.clone().text()).toBe(200);
    const breakdown = strict(EvaluationCampaignBreakdownSchema).parse(await res.json());
    const ratings = (unsatisfactory: number, satisfactory: number, good: number, excellent: number) => ({
      unsatisfactory,
      satisfactory,
      good,
      excellent,
    });
    const criteria = (electronicization: number, openness: number, usability: number) => ({
      electronicization,
      openness,
      usability,
    });
    expect(breakdown.year).toBe(2019);
    expect(breakdown.bodies).toEqual([
      {
        slug: 'ministry-of-justice',
        name: 'Ministry of Justice',
        services: 3,
        electronicized: 2,
        notElectronicized: 1,
        stopped: 0,
        ratings: ratings(0, 0, 1, 1),
        // (80+20+95)/3, (70+50+90)/3, (75+40+85)/3 = 66.67
        criteria: criteria(65, 70, 66.7),
      },
      {
        slug: 'ministry-of-taxes',
        name: 'Ministry of Taxes',
        services: 3,
        electronicized: 2,
        notElectronicized: 0,
        stopped: 1,
        ratings: ratings(0, 1, 0, 1),
        // The stopped one has no scores: (90+60)/2, (85+55)/2, (80+50)/2.
        criteria: criteria(75, 70, 65),
      },
      {
        slug: 'state-migration-service',
        name: 'State Migration Service',
        services: 2,
        electronicized: 1,
        notElectronicized: 1,
        stopped: 0,
        ratings: ratings(0, 0, 1, 0),
        criteria: criteria(42.5, 52.5, 50),
      },
    ]);
    // All seven scored services: 430/7 = 61.43, 455/7 = 65, 430/7 = 61.43.
    expect(breakdown.all).toEqual({
      services: 8,
      electronicized: 5,
      notElectronicized: 2,
      stopped: 1,
      ratings: ratings(0, 1, 2, 2),
      criteria: criteria(61.4, 65, 61.4),
    });

    const ru = strict(EvaluationCampaignBreakdownSchema).parse(
      await (await call('GET', '/v1/evaluation/campaigns/2019/bodies?lang=ru')).json(),
    );
    expect(ru.bodies.map((b) => b.name)).toEqual([
      'Министерство юстиции',
      'Министерство налогов',
      'Государственная миграционная служба',
    ]);

    const csvRes = await call('GET', '/v1/evaluation/campaigns/2019/bodies', undefined, undefined, {
      Accept: 'text/csv',
    });
    expect(csvRes.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(await csvRes.text()).toBe(
      [
        'year,body,name,services,electronicized,notElectronicized,stopped,unsatisfactory,satisfactory,good,excellent,electronicization,openness,usability',
        '2019,ministry-of-justice,Ministry of Justice,3,2,1,0,0,0,1,1,65,70,66.7',
        '2019,ministry-of-taxes,Ministry of Taxes,3,2,0,1,0,1,0,1,75,70,65',
        '2019,state-migration-service,State Migration Service,2,1,1,0,0,0,1,0,42.5,52.5,50',
        '2019,,All bodies,8,5,2,1,0,1,2,2,61.4,65,61.4',
      ]
        .map((line) => `${line}\r\n`)
        .join(''),
    );
    const etag = csvRes.headers.get('etag')!;
    expect(
      (
        await call('GET', '/v1/evaluation/campaigns/2019/bodies', undefined, undefined, {
          Accept: 'text/csv',
          'If-None-Match': etag,
        })
      ).status,
    ).toBe(304);

    // No per-body data for the historical years, nor for a draft.
    for (const year of [2016, 2020, 2031])
      await problemOf(await call('GET', `/v1/evaluation/campaigns/${year}/bodies`), 404);
    // Deficiencies and proposals are not public, published or not.
    for (const path of [
      '/v1/evaluation/campaigns/2019/bodies',
      '/v1/evaluation/summary',
      '/v1/evaluation/bodies',
    ])
      for (const accept of ['application/json', 'text/csv'])
        expect(
          await (await call('GET', path, undefined, undefined, { Accept: accept })).text(),
        ).not.toContain(MARKER);
  });

  it.skipIf(skip)('audits every change, naming the evaluator', async () => {
    const audited = await rows<{
      action: string;
      actor: string;
      authority_slug: string | null;
      target_id: string;
    }>(
      sql`select action, actor, authority_slug, target_id from audit_log where action like 'evaluation.%' order by at, id`,
    );
    const count = (action: string) => audited.filter((a) => a.action === action).length;
    expect(count('evaluation.campaign.create')).toBe(2);
    // Eight first assessments and one correction; nothing refused was audited.
    expect(count('evaluation.assessment.record')).toBe(9);
    expect(count('evaluation.campaign.publish')).toBe(1);
    expect(audited.every((a) => a.authority_slug === null)).toBe(true);
    expect(new Set(audited.map((a) => a.actor))).toEqual(
      new Set([`staff:${evaluators[0]!.id}`, `staff:${evaluators[1]!.id}`]),
    );
    const [publication] = await rows<{ details: { assessments: number } }>(
      sql`select details from audit_log where action = 'evaluation.campaign.publish'`,
    );
    expect(publication!.details.assessments).toBe(8);
  });

  it.skipIf(skip)(
    'holds the report’s arithmetic and the assessments’ rules in the database itself',
    async () => {
      const aggregate = (values: SQL) =>
        failureOf(sql`insert into evaluation_aggregates (year, bodies, services, electronicized, not_electronicized,
        stopped, unsatisfactory, satisfactory, good, excellent) values ${values}`);
      // 439 services but 305 + 134 + 1.
      expect(await aggregate(sql`(2012, 40, 439, 305, 134, 1, 5, 83, 142, 75)`)).toContain(
        'evaluation_aggregates_services_sum',
      );
      // The ratings add up to 306, not 305.
      expect(await aggregate(sql`(2012, 40, 439, 305, 134, 0, 6, 83, 142, 75)`)).toContain(
        'evaluation_aggregates_ratings_sum',
      );
      // A sound row is refused only for want of its published campaign.
      expect(await aggregate(sql`(2012, 40, 439, 305, 134, 0, 5, 83, 142, 75)`)).toContain(
        'evaluation_aggregates_campaign_fk',
      );
      const assessment = (
        outcome: string,
        rating: string | null,
        score: number | null,
        reason: string | null,
      ) =>
        failureOf(sql`insert into evaluation_assessments (year, service_id, outcome, electronicization, openness,
        usability, rating, stopped_reason, recorded_by)
        values (2020, ${service(3, 1)}, ${outcome}::evaluation_outcome, ${score}, ${score}, ${score},
        ${rating}::evaluation_rating, ${reason}::jsonb, 'staff:sql')`);
      expect(await assessment('not_electronicized', 'good', 50, null)).toContain(
        'evaluation_assessments_rating_when_electronicized',
      );
      expect(await assessment('electronicized', null, 50, null)).toContain(
        'evaluation_assessments_rating_when_electronicized',
      );
      expect(await assessment('stopped', null, 50, '{"az":"Səbəb"}')).toContain(
        'evaluation_assessments_scores_unless_stopped',
      );
      expect(await assessment('stopped', null, null, null)).toContain(
        'evaluation_assessments_reason_when_stopped',
      );
      expect(await assessment('electronicized', 'good', 101, null)).toContain(
        'evaluation_assessments_score_range',
      );
      expect(await assessment('stopped', null, null, '{"en":"no az"}')).toContain(
        'evaluation_assessments_texts_in_az',
      );
      // A historical year takes no assessment: its campaign's source is the published aggregate.
      const historical = await failureOf(sql`insert into evaluation_assessments (year, service_id, outcome,
      electronicization, openness, usability, rating, recorded_by)
      values (2016, ${service(3, 1)}, 'electronicized', 50, 50, 50, 'good', 'staff:sql')`);
      expect(historical).toContain('evaluation_assessments_campaign_fk');
      // The draft 2020 takes a sound one (so none of the refusals above was for another reason).
      expect(await assessment('electronicized', 'good', 50, null)).toBe('it succeeded');
      expect(
        await failureOf(sql`update evaluation_campaigns set status = 'draft' where year = 2014`),
      ).toContain('evaluation_campaigns_');
    },
  );

  it.skipIf(skip)(
    'lets one of many simultaneous writers of a revision win, and no recording past a publication',
    async () => {
      expect((await call('POST', '/v1/evaluation/campaigns', evaluator, { year: 2021 })).status).toBe(201);
      const body = (usability: number) => ({
        outcome: 'not_electronicized',
        scores: scores(10, 20, usability),
      });
      const firsts = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          record(2021, service(3, 2), body(i), i % 2 ? evaluator : secondEvaluator),
        ),
      );
      // The losers saw none: 412 when they raced the first one's insert, 428 when it had committed.
      expect(firsts.filter((r) => r.status === 201)).toHaveLength(1);
      expect(firsts.every((r) => [201, 412, 428].includes(r.status))).toBe(true);
      const corrections = await Promise.all(
        Array.from({ length: 12 }, (_, i) => record(2021, service(3, 2), body(50 + i), evaluator, '"r1"')),
      );
      expect(corrections.map((r) => r.status).sort()).toEqual([200, ...Array(11).fill(412)]);
      const [row] = await rows<{ revision: number; usability: number }>(
        sql`select revision, usability from evaluation_assessments where year = 2021`,
      );
      const winner = corrections.findIndex((r) => r.status === 200);
      expect(row).toEqual({ revision: 2, usability: 50 + winner });

      // Recordings racing the publication: each lands before it, or is refused after it.
      const [published, ...raced] = await Promise.all([
        call('POST', '/v1/evaluation/campaigns/2021/publish', evaluator),
        ...[service(3, 1), service(3, 3), service(4, 1)].map((id, n) =>
          record(2021, id, { outcome: 'stopped', reason: { az: `Səbəb ${n}` } }),
        ),
      ]);
      expect(published!.status).toBe(200);
      const kept = await rows<{ n: number }>(
        sql`select count(*)::int as n from evaluation_assessments where year = 2021`,
      );
      const landed = raced.filter((r) => r.status === 201).length;
      expect(raced.every((r) => r.status === 201 || r.status === 409)).toBe(true);
      expect(kept[0]!.n).toBe(1 + landed);
      const [summed] = await summary('?from=2021');
      expect(summed!.services).toBe(1 + landed);
    },
  );
});
