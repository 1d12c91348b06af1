/**
 * Every cursor-paged list is served by an index that matches its filter and its order, so a page
 * costs the same however many rows the table holds. Each list query is run through the real query
 * function with a logger that captures the SQL and parameters it sends; the test then asks the
 * planner (EXPLAIN, FORMAT JSON) for the plan of exactly that SQL over 10^5 rows per table and
 * fails on a sequential scan of a filled table, or on a Sort in the page query (an order the index
 * does not give). A page of the moderators' queue is also measured at 10^3 and at 10^5
 * applications by the shared buffers its execution touches (EXPLAIN ANALYZE, BUFFERS: pages, not
 * time): it must cost about the same at both.
 */
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.js';
import * as schema from '../src/db/schema.js';
import { listAuthorities } from '../src/features/authorities/queries.js';
import { listAudit, listEditorialNews } from '../src/features/editorial/queries.js';
import { listNotifications } from '../src/features/identity/queries.js';
import { listPublishedNews } from '../src/features/news/queries.js';
import { listApplications, listPolls } from '../src/features/participation/queries.js';
import { listRequests } from '../src/features/reception/queries.js';
import { listApplications as listServiceApplications } from '../src/features/services/applications.js';
import { listQueue } from '../src/features/services/workflow.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';

const SMALL = 1_000;
const LARGE = 100_000;
const PAGE = 20;

/** The tables the lists read, each filled with LARGE rows (translations and options alike). */
const FILLED = [
  'authorities',
  'authority_translations',
  'news',
  'news_translations',
  'audit_log',
  'notifications',
  'notification_translations',
  'participation_applications',
  'polls',
  'poll_options',
  'service_applications',
  'reception_requests',
] as const;

/** Authorities the rows belong to: every row's authority is one of these. */
const OWNERS = 10;
const authority = (n: number) => `a${String(n).padStart(6, '0')}`;
const A = authority(7);
const CITIZEN = 'citizen:7';
/** A cursor in the middle of every list's dates (rows are one second apart before BASE). */
const BASE = '2026-01-01T00:00:00Z';
const MIDDLE = new Date(Date.parse(BASE) - (LARGE / 2) * 1000).toISOString();
const LAST_ID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
/** The due date in the middle of the service applications' (100 rows a day before BASE). */
const MIDDLE_DAY = new Date(Date.parse(BASE) - (LARGE / 2 / 100) * 86_400_000).toISOString().slice(0, 10);

/** Rows lo..hi of every listed table, generated in SQL. */
function fillSql(lo: number, hi: number): string {
  const rows = `generate_series(${lo}, ${hi}) AS i`;
  const owner = `'a' || lpad(((i % ${OWNERS}) + 1)::text, 6, '0')`;
  // Every text in Azerbaijani, half of them in English too, a third in Russian.
  const langs = `LATERAL (SELECT lang FROM unnest(ARRAY['az', 'en', 'ru']::lang[]) AS lang
    WHERE lang = 'az' OR (lang = 'en' AND i % 2 = 0) OR (lang = 'ru' AND i % 3 = 0)) AS langs`;
  const at = `'${BASE}'::timestamptz - i * interval '1 second'`;
  return `
    INSERT INTO authorities (slug, kind, phone, email, website)
      SELECT 'a' || lpad(i::text, 6, '0'), 'district', '+994 12 000 00 00', 'a@example.az', 'https://example.az'
      FROM ${rows};
    INSERT INTO authority_translations (authority_slug, lang, name, short_name, address)
      SELECT 'a' || lpad(i::text, 6, '0'), lang, 'Ad ' || i, 'A' || i, 'Ünvan ' || i FROM ${rows}, ${langs};
    INSERT INTO news (id, authority_slug, status, published_at, created_at, updated_at)
      SELECT md5('news' || i)::uuid, ${owner},
        CASE WHEN i % 2 = 0 THEN 'published' ELSE 'draft' END::news_status,
        CASE WHEN i % 2 = 0 THEN ${at} END,
        ${at}, ${at} - (i % 997) * interval '1 microsecond'
      FROM ${rows};
    INSERT INTO news_translations (news_id, lang, title, summary, body)
      SELECT md5('news' || i)::uuid, lang, 'Xəbər ' || i, 'Qısa ' || i, ARRAY['Mətn ' || i] FROM ${rows}, ${langs};
    INSERT INTO audit_log (id, at, actor, authority_slug, action, target_type, target_id)
      SELECT md5('audit' || i)::uuid, ${at}, 'staff:x', ${owner}, 'news.create', 'news', i::text FROM ${rows};
    INSERT INTO notifications (id, recipient, created_at, read_at)
      SELECT md5('notification' || i)::uuid, 'citizen:' || (i % ${OWNERS}), ${at},
        CASE WHEN i % 3 <> 0 THEN ${at} END
      FROM ${rows};
    INSERT INTO notification_translations (notification_id, lang, title, body)
      SELECT md5('notification' || i)::uuid, lang, 'Bildiriş ' || i, 'Mətn ' || i FROM ${rows}, ${langs};
    INSERT INTO participation_applications (id, citizen, authority_slug, direction, title, text, status, created_at)
      SELECT md5('application' || i)::uuid, 'citizen:' || (i % ${OWNERS}), ${owner}, 'utilities',
        'Müraciət ' || i, 'Mətn ' || i,
        (ARRAY['submitted', 'approved', 'rejected'])[i % 3 + 1]::participation_status, ${at}
      FROM ${rows};
    INSERT INTO polls (id, authority_slug, question, opens_at, closes_at, eligibility, results_visibility,
        source_application_id, created_by)
      SELECT md5('poll' || i)::uuid, ${owner}, '{"az": "Sual"}',
        now() + interval '1000 hours' - i * interval '1 hour',
        now() + interval '1720 hours' - i * interval '1 hour', 'all_citizens', 'live',
        CASE WHEN i % 10 = 0 THEN md5('application' || i)::uuid END, 'staff:x'
      FROM ${rows};
    INSERT INTO poll_options (poll_id, position, text)
      SELECT md5('poll' || i)::uuid, p, '{"az": "Cavab"}' FROM ${rows}, generate_series(0, 1) AS p;
    INSERT INTO services (slug, position, category, local_executive, title, summary, description, legal_basis,
        documents, fee_qapik, processing_days, electronic, search)
      SELECT 'svc-' || s, s, 'residence', true, '{"az": "X"}', '{"az": "X"}', '{"az": "X"}', '{"az": "X"}', '[]', 0, 5,
        true, '{"az": "x"}'
      FROM generate_series(0, 1) AS s
      ON CONFLICT DO NOTHING;
    INSERT INTO service_applications (id, reference, citizen, service_slug, authority_slug, form_version, form,
        answers, registry, lang, status, submitted_at, due_on, assigned_to)
      SELECT md5('service' || i)::uuid, translate(lpad(i::text, 8, 'Z'), '01', 'AB'), 'citizen:' || (i % ${OWNERS}),
        'svc-' || (i % 2), ${owner}, 1, '{}', '{}', '{}', 'az',
        (ARRAY['submitted', 'in_review', 'needs_information', 'resubmitted', 'approved', 'rejected', 'completed',
          'withdrawn'])[i % 8 + 1]::service_application_status, ${at}, DATE '${BASE.slice(0, 10)}' - i / 100 + i % 11,
        CASE WHEN i % 3 = 0 THEN 'staff:' || (i % 7) END
      FROM ${rows};
    INSERT INTO reception_topics (slug, position, title) VALUES ('x', 0, '{"az": "X"}') ON CONFLICT DO NOTHING;
    INSERT INTO reception_requests (id, reference, citizen, citizen_name, authority_slug, topic_slug, description,
        lang, status, created_at)
      SELECT md5('reception' || i)::uuid, translate(lpad(i::text, 8, 'Y'), '01', 'CD'), 'citizen:' || (i % ${OWNERS}),
        'Ad', ${owner}, 'x', 'Mətn ' || i, 'az',
        (ARRAY['requested', 'scheduled', 'declined', 'cancelled'])[i % 4 + 1]::reception_request_status, ${at}
      FROM ${rows};
    ANALYZE ${FILLED.join(', ')};
  `;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Total Cost': number;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/** The driver's client under the database's drizzle instance. */
function clientOf<Client>(test: TestDatabase): Client {
  return (test.database.db as unknown as { $client: Client }).$client;
}

interface Captured {
  sql: string;
  params: unknown[];
}

/**
 * The variants are filled at once, PGlite in this process and PostgreSQL in its server, so the
 * file takes the longer of the two rather than their sum.
 */
const setups: Array<() => Promise<void>> = [];
beforeAll(() => Promise.all(setups.map((setup) => setup())).then(() => {}), 180_000);

for (const variant of variants) {
  describe.skipIf(variant.skip)(`list query plans (${variant.label})`, () => {
    let test: TestDatabase;
    let run: (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;
    let logged: Db;
    const captured: Captured[] = [];

    /** The queries `list` sends, in order. */
    async function capture(list: (db: Db) => Promise<unknown>): Promise<Captured[]> {
      captured.length = 0;
      await list(logged);
      return [...captured];
    }

    async function planOf(query: Captured): Promise<PlanNode> {
      const [row] = await run(`EXPLAIN (FORMAT JSON) ${query.sql}`, query.params);
      const json = row!['QUERY PLAN'];
      const [plan] = (typeof json === 'string' ? JSON.parse(json) : json) as Array<{ Plan: PlanNode }>;
      return plan!.Plan;
    }

    /** What is wrong with the plans of a list's queries: seq scans of filled tables, sorts of the page. */
    async function faultsOf(list: (db: Db) => Promise<unknown>): Promise<string[]> {
      const queries = await capture(list);
      expect(queries.length).toBeGreaterThan(0);
      const faults: string[] = [];
      for (const [index, query] of queries.entries()) {
        const nodes = nodesOf(await planOf(query));
        for (const node of nodes) {
          if (
            node['Node Type'] === 'Seq Scan' &&
            (FILLED as readonly string[]).includes(node['Relation Name']!)
          ) {
            faults.push(`query ${index}: Seq Scan on ${node['Relation Name']}: ${query.sql}`);
          }
          // The page query (the first) must come in index order; the follow-ups fetch the page's
          // translations or options by key and are bounded by the page size.
          if (index === 0 && /Sort$/.test(node['Node Type'])) {
            faults.push(
              `query ${index}: ${node['Node Type']} (the index does not give the order): ${query.sql}`,
            );
          }
        }
      }
      return faults;
    }

    /**
     * What the page query of a list costs: the shared buffers (pages) its execution touches (hit
     * or read), and the planner's estimated total cost, shown for comparison.
     */
    async function pageCost(
      list: (db: Db) => Promise<unknown>,
    ): Promise<{ blocks: number; estimate: number }> {
      const [query] = await capture(list);
      const [row] = await run(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query!.sql}`, query!.params);
      const json = row!['QUERY PLAN'];
      const [{ Plan: plan }] = (typeof json === 'string' ? JSON.parse(json) : json) as [
        { Plan: Record<string, number> },
      ];
      return {
        blocks: plan['Shared Hit Blocks']! + plan['Shared Read Blocks']!,
        estimate: plan['Total Cost']!,
      };
    }

    /** What a page of the moderators' queue costs, of every status or of one. */
    function queueCost(status?: 'submitted') {
      return pageCost((db) =>
        listApplications(db, status ? { authority: A, status } : { authority: A }, PAGE),
      );
    }

    const costs: Record<string, { blocks: number; estimate: number }> = {};

    if (!variant.skip)
      setups.push(async () => {
        test = await openTestDatabase(variant.kind, { seed: false });
        const logger = {
          logQuery(sql: string, params: unknown[]) {
            captured.push({ sql, params });
          },
        };
        if (variant.kind === 'pglite') {
          const client = clientOf<PGlite>(test);
          logged = drizzlePglite({ client, schema, logger }) as unknown as Db;
          run = async (sql, params) => (await client.query<Record<string, unknown>>(sql, params)).rows;
          await client.exec(fillSql(1, SMALL));
        } else {
          const pool = clientOf<pg.Pool>(test);
          logged = drizzleNodePostgres({ client: pool, schema, logger }) as unknown as Db;
          run = async (sql, params) => (await pool.query(sql, params)).rows;
          await pool.query(fillSql(1, SMALL));
        }
        costs.smallAll = await queueCost();
        costs.smallSubmitted = await queueCost('submitted');
        if (variant.kind === 'pglite') {
          await clientOf<PGlite>(test).exec(fillSql(SMALL + 1, LARGE));
        } else {
          await run(fillSql(SMALL + 1, LARGE));
        }
        costs.largeAll = await queueCost();
        costs.largeSubmitted = await queueCost('submitted');
      });

    afterAll(async () => {
      await test?.dispose();
    });

    it(`the moderators' queue costs at ${LARGE} applications no more than 1.5 × at ${SMALL}`, () => {
      console.info(`${variant.label}: a page of the moderators' queue`, costs);
      expect(costs.largeAll!.blocks).toBeLessThanOrEqual(1.5 * costs.smallAll!.blocks);
      expect(costs.largeSubmitted!.blocks).toBeLessThanOrEqual(1.5 * costs.smallSubmitted!.blocks);
    });

    const lists: Array<[string, (db: Db) => Promise<unknown>]> = [
      ['authorities', (db) => listAuthorities(db, { lang: 'en', limit: PAGE })],
      ['authorities after a slug', (db) => listAuthorities(db, { lang: 'en', limit: PAGE, afterSlug: A })],
      ['published news', (db) => listPublishedNews(db, { lang: 'en', limit: PAGE })],
      [
        'published news after a cursor',
        (db) => listPublishedNews(db, { lang: 'en', limit: PAGE, after: { p: MIDDLE, i: LAST_ID } }),
      ],
      [
        "an authority's published news",
        (db) => listPublishedNews(db, { lang: 'en', limit: PAGE, authority: A }),
      ],
      [
        "an authority's published news after a cursor",
        (db) =>
          listPublishedNews(db, { lang: 'en', limit: PAGE, authority: A, after: { p: MIDDLE, i: LAST_ID } }),
      ],
      ['editorial news', (db) => listEditorialNews(db, { authority: A, limit: PAGE })],
      [
        'editorial news of a status',
        (db) => listEditorialNews(db, { authority: A, status: 'draft', limit: PAGE }),
      ],
      [
        'editorial news after a cursor',
        (db) => listEditorialNews(db, { authority: A, limit: PAGE, after: { u: MIDDLE, i: LAST_ID } }),
      ],
      [
        'editorial news of a status after a cursor',
        (db) =>
          listEditorialNews(db, {
            authority: A,
            status: 'published',
            limit: PAGE,
            after: { u: MIDDLE, i: LAST_ID },
          }),
      ],
      ['audit log', (db) => listAudit(db, { authority: A, limit: PAGE })],
      [
        'audit log after a cursor',
        (db) => listAudit(db, { authority: A, limit: PAGE, after: { a: MIDDLE, i: LAST_ID } }),
      ],
      [
        'notifications',
        (db) => listNotifications(db, { recipient: CITIZEN, lang: 'en', limit: PAGE, unread: false }),
      ],
      [
        'unread notifications',
        (db) => listNotifications(db, { recipient: CITIZEN, lang: 'en', limit: PAGE, unread: true }),
      ],
      [
        'unread notifications after a cursor',
        (db) =>
          listNotifications(db, {
            recipient: CITIZEN,
            lang: 'en',
            limit: PAGE,
            unread: true,
            after: { c: MIDDLE, i: LAST_ID },
          }),
      ],
      ["a citizen's applications", (db) => listApplications(db, { citizen: CITIZEN }, PAGE)],
      [
        "a citizen's applications after a cursor",
        (db) => listApplications(db, { citizen: CITIZEN }, PAGE, { c: MIDDLE, i: LAST_ID }),
      ],
      ["the moderators' queue", (db) => listApplications(db, { authority: A }, PAGE)],
      [
        "the moderators' queue of a status",
        (db) => listApplications(db, { authority: A, status: 'submitted' }, PAGE),
      ],
      [
        "the moderators' queue of a status after a cursor",
        (db) => listApplications(db, { authority: A, status: 'approved' }, PAGE, { c: MIDDLE, i: LAST_ID }),
      ],
      ["a citizen's e-service applications", (db) => listServiceApplications(db, CITIZEN, PAGE, undefined)],
      [
        "a citizen's e-service applications after a cursor",
        (db) => listServiceApplications(db, CITIZEN, PAGE, { s: MIDDLE, i: LAST_ID }),
      ],
      ["the service officers' queue", (db) => listQueue(db, { authority: A }, PAGE)],
      [
        "the service officers' queue of a status",
        (db) => listQueue(db, { authority: A, status: 'submitted' }, PAGE),
      ],
      [
        "the service officers' queue of a status after a cursor",
        (db) =>
          listQueue(db, { authority: A, status: 'needs_information' }, PAGE, { d: MIDDLE_DAY, i: LAST_ID }),
      ],
      ["a citizen's requests for a meeting", (db) => listRequests(db, { citizen: CITIZEN }, PAGE)],
      [
        "a citizen's requests for a meeting after a cursor",
        (db) => listRequests(db, { citizen: CITIZEN }, PAGE, { c: MIDDLE, i: LAST_ID }),
      ],
      ["the reception officers' requests", (db) => listRequests(db, { authority: A }, PAGE)],
      [
        "the reception officers' requests of a status after a cursor",
        (db) => listRequests(db, { authority: A, status: 'requested' }, PAGE, { c: MIDDLE, i: LAST_ID }),
      ],
      [
        "the service officers' queue of a service",
        (db) => listQueue(db, { authority: A, service: 'svc-1' }, PAGE),
      ],
      ["an officer's own applications", (db) => listQueue(db, { authority: A, assignedTo: 'staff:3' }, PAGE)],
      [
        "the service officers' overdue applications",
        (db) => listQueue(db, { authority: A, overdueOn: MIDDLE_DAY }, PAGE),
      ],
      [
        // A status the authority's rows have (its rows are the even ones, and in_review the odd): a
        // filter that matches nothing lets the planner pick any plan, and it did, now and then.
        "an officer's own applications of a status after a cursor",
        (db) =>
          listQueue(db, { authority: A, assignedTo: 'staff:3', status: 'needs_information' }, PAGE, {
            d: MIDDLE_DAY,
            i: LAST_ID,
          }),
      ],
      ['polls', (db) => listPolls(db, {}, PAGE)],
      ['polls after a cursor', (db) => listPolls(db, {}, PAGE, { o: MIDDLE, i: LAST_ID })],
      ['open polls', (db) => listPolls(db, { state: 'open' }, PAGE)],
      ['upcoming polls', (db) => listPolls(db, { state: 'upcoming' }, PAGE)],
      ['closed polls', (db) => listPolls(db, { state: 'closed' }, PAGE)],
      ["an authority's polls", (db) => listPolls(db, { authority: A }, PAGE)],
      [
        "an authority's closed polls after a cursor",
        (db) => listPolls(db, { authority: A, state: 'closed' }, PAGE, { o: MIDDLE, i: LAST_ID }),
      ],
    ];

    // A page deep in a list (the keyset cursor in the middle of its rows) starts where the index
    // range does, instead of reading and dropping every newer row.
    const deep: Array<[string, (db: Db) => Promise<unknown>, (db: Db) => Promise<unknown>]> = [
      [
        'published news',
        (db) => listPublishedNews(db, { lang: 'en', limit: PAGE, authority: A }),
        (db) =>
          listPublishedNews(db, { lang: 'en', limit: PAGE, authority: A, after: { p: MIDDLE, i: LAST_ID } }),
      ],
      [
        'editorial news',
        (db) => listEditorialNews(db, { authority: A, limit: PAGE }),
        (db) => listEditorialNews(db, { authority: A, limit: PAGE, after: { u: MIDDLE, i: LAST_ID } }),
      ],
      [
        'audit log',
        (db) => listAudit(db, { authority: A, limit: PAGE }),
        (db) => listAudit(db, { authority: A, limit: PAGE, after: { a: MIDDLE, i: LAST_ID } }),
      ],
      [
        'unread notifications',
        (db) => listNotifications(db, { recipient: CITIZEN, lang: 'en', limit: PAGE, unread: true }),
        (db) =>
          listNotifications(db, {
            recipient: CITIZEN,
            lang: 'en',
            limit: PAGE,
            unread: true,
            after: { c: MIDDLE, i: LAST_ID },
          }),
      ],
      [
        "a citizen's applications",
        (db) => listApplications(db, { citizen: CITIZEN }, PAGE),
        (db) => listApplications(db, { citizen: CITIZEN }, PAGE, { c: MIDDLE, i: LAST_ID }),
      ],
      [
        "the moderators' queue of a status",
        (db) => listApplications(db, { authority: A, status: 'approved' }, PAGE),
        (db) => listApplications(db, { authority: A, status: 'approved' }, PAGE, { c: MIDDLE, i: LAST_ID }),
      ],
      [
        "a citizen's e-service applications",
        (db) => listServiceApplications(db, CITIZEN, PAGE, undefined),
        (db) => listServiceApplications(db, CITIZEN, PAGE, { s: MIDDLE, i: LAST_ID }),
      ],
      [
        "the service officers' queue of a status",
        (db) => listQueue(db, { authority: A, status: 'needs_information' }, PAGE),
        (db) =>
          listQueue(db, { authority: A, status: 'needs_information' }, PAGE, { d: MIDDLE_DAY, i: LAST_ID }),
      ],
      [
        "an officer's own applications",
        (db) => listQueue(db, { authority: A, assignedTo: 'staff:3' }, PAGE),
        (db) =>
          listQueue(db, { authority: A, assignedTo: 'staff:3' }, PAGE, {
            d: MIDDLE_DAY,
            i: LAST_ID,
          }),
      ],
      [
        "an authority's polls",
        (db) => listPolls(db, { authority: A }, PAGE),
        (db) => listPolls(db, { authority: A }, PAGE, { o: MIDDLE, i: LAST_ID }),
      ],
    ];

    for (const [name, first, middle] of deep) {
      it(`${name}: a page in the middle costs no more than 1.5 × the first page`, async () => {
        const [one, other] = [await pageCost(first), await pageCost(middle)];
        expect(other.blocks, JSON.stringify({ first: one, middle: other })).toBeLessThanOrEqual(
          1.5 * one.blocks,
        );
      });
    }

    for (const [name, list] of lists) {
      it(`${name}: served by an index in its order, no sequential scan at ${LARGE} rows`, async () => {
        expect(await faultsOf(list)).toEqual([]);
      });
    }
  });
}
