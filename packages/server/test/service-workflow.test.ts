/**
 * The authority's workflow of e-service applications through createApp + app.request(), on PGlite
 * and PostgreSQL: every action tried from every status (allowed ones move the application, refused
 * ones change nothing), officers racing for one application with real concurrency, officers of
 * another authority and other citizens, and the queue. What the portal stored (the row, its
 * notifications, its audit entries) is read back from the database.
 */
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import {
  SERVICE_ACTIONS,
  SERVICE_APPLICATION_STATUSES,
  type ServiceAction,
  type ServiceApplicationStatus,
} from '../src/domain/enums.js';
import { addWorkingDays, bakuDate, isWorkingDay } from '../src/domain/holidays.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { TokenService } from '../src/features/identity/tokens.js';
import {
  ServiceApplicationSchema,
  ServiceDraftSchema,
  ServiceQueuePageSchema,
} from '../src/features/services/application-schemas.js';
import { TRANSITIONS } from '../src/features/services/workflow.js';
import { ProblemSchema } from '../src/http/problem.js';
import { seedPopulation } from '../src/seed/population.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { strict } from './support/strict.js';
import { issueToken } from './support/tokens.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };
const SERVICE = 'residence-certificate';
const complete = { livesAtRegistered: true, presentTo: 'bank', contactPhone: '+994501234567' };

function pdf(size = 64): Buffer {
  const head = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x20)]).subarray(0, size);
}

/** The actions' bodies: what an officer writes with a rejection or a request for information. */
const bodies: Partial<Record<ServiceAction, unknown>> = {
  reject: { reason: 'The certificate of residence is for residents of Guba only.' },
  'request-information': {
    comment: 'Please add a readable scan of the identity card.',
    documents: ['id-card'],
  },
  complete: { result: 'generated' },
};

/** A path through the workflow to each status, as actions (officer actions by officer A). */
const pathTo: Record<ServiceApplicationStatus, ServiceAction[]> = {
  submitted: [],
  in_review: ['take'],
  needs_information: ['take', 'request-information'],
  resubmitted: ['take', 'request-information', 'resubmit'],
  approved: ['take', 'approve'],
  rejected: ['take', 'reject'],
  completed: ['take', 'approve', 'complete'],
  withdrawn: ['withdraw'],
};

describe.each(variants)('the e-service workflow on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let tokens: TokenService;
  let nextCitizen = 0;
  let officerA: string;
  let officerB: string;
  let ganjaOfficer: string;
  let gubaEditor: string;

  const officer = async (sub: string, authority: string, roles = ['service']) =>
    (await issueToken(tokens, { sub, kind: 'official', roles, authority })).token;

  async function freshCitizen() {
    // The demo registry is small: citizens come round again, which no test minds (each application is new).
    const person = seedPopulation[nextCitizen++ % seedPopulation.length]!;
    const sub = `citizen:${person.fin}`;
    const token = (await issueToken(tokens, { sub, kind: 'citizen', roles: [], fin: person.fin })).token;
    return { token, sub };
  }

  function call(method: string, path: string, token?: string, body?: unknown, headers = {}) {
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

  const rows = async <T>(query: SQL) =>
    ((await db.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const stored = async (id: string) =>
    (
      await rows<{
        status: string;
        revision: number;
        assigned_to: string | null;
        decision_reason: string | null;
      }>(
        sql`select status, revision, assigned_to, decision_reason from service_applications where id = ${id}`,
      )
    )[0]!;
  const auditOf = async (id: string) =>
    (
      await rows<{ action: string; actor: string; authority_slug: string; details: unknown }>(
        sql`select action, actor, authority_slug, details from audit_log where target_id = ${id} order by at, id`,
      )
    ).map((r) => ({ ...r, details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details }));
  const noticesOf = async (citizen: string, id: string) =>
    rows<{ title: string; lang: string }>(sql`
      select t.title, t.lang from notifications n join notification_translations t on t.notification_id = n.id
      where n.recipient = ${citizen} and n.link = ${`/v1/service-applications/${id}`} and t.lang = 'en'
      order by n.created_at, n.id`);

  /** A citizen's application, submitted through the API as the form widget does. */
  async function submitted(citizen: { token: string }, authority = 'guba') {
    const created = await call('POST', `/v1/services/${SERVICE}/drafts`, citizen.token, {
      authority,
      answers: complete,
    });
    const draft = strict(ServiceDraftSchema).parse(await created.json());
    const uploaded = await app.request(
      `/v1/service-drafts/${draft.id}/documents?${new URLSearchParams({ document: 'id-card', filename: 'id.pdf' })}`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${citizen.token}`, 'Content-Type': 'application/pdf' },
        body: pdf(200),
      },
    );
    expect(uploaded.status).toBe(201);
    const res = await call('POST', `/v1/service-drafts/${draft.id}/submit`, citizen.token);
    expect(res.status, await res.clone().text()).toBe(201);
    return strict(ServiceApplicationSchema).parse(await res.json());
  }

  function act(id: string, action: ServiceAction, token: string, headers = {}) {
    return call('POST', `/v1/service-applications/${id}/${action}`, token, bodies[action], headers);
  }

  /** Who does an action on the way: the citizen, or officer A. */
  const actorOf = (action: ServiceAction, citizen: { token: string }) =>
    TRANSITIONS[action].by === 'citizen' ? citizen.token : officerA;

  async function applicationIn(status: ServiceApplicationStatus) {
    const citizen = await freshCitizen();
    const application = await submitted(citizen);
    for (const action of pathTo[status]) {
      const res = await act(application.id, action, actorOf(action, citizen));
      expect(res.status, `${action} on the way to ${status}: ${await res.clone().text()}`).toBe(200);
    }
    expect((await stored(application.id)).status).toBe(status);
    return { citizen, id: application.id };
  }

  async function problemOf(res: Response, status: number) {
    expect(res.status, await res.clone().text()).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    return strict(ProblemSchema).parse(await res.json());
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
    officerA = await officer('staff:guba-service-a', 'guba');
    officerB = await officer('staff:guba-service-b', 'guba');
    ganjaOfficer = await officer('staff:ganja-service', 'ganja');
    gubaEditor = await officer('staff:guba-editor', 'guba', ['editor']);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it.skipIf(skip)(
    'walks an application to a decision, each step notified, audited and in its history',
    async () => {
      const citizen = await freshCitizen();
      const application = await submitted(citizen);
      expect(application.actions).toEqual(['withdraw']);
      expect(application.history.map((e) => [e.status, e.by])).toEqual([['submitted', 'citizen']]);

      const taken = strict(ServiceApplicationSchema).parse(
        await (await act(application.id, 'take', officerA)).json(),
      );
      expect([taken.status, taken.assignee, taken.revision]).toEqual(['in_review', 'you', 2]);
      expect(taken.actions).toEqual(['request-information', 'approve', 'reject']);
      expect(await stored(application.id)).toEqual({
        status: 'in_review',
        revision: 2,
        assigned_to: 'staff:guba-service-a',
        decision_reason: null,
      });
      // Another officer sees who has it and may do nothing with it.
      const seen = await call('GET', `/v1/service-applications/${application.id}`, officerB);
      const asB = strict(ServiceApplicationSchema).parse(await seen.json());
      expect([asB.assignee, asB.actions, seen.headers.get('etag')]).toEqual(['another-officer', [], '"r2"']);
      const held = await problemOf(await act(application.id, 'approve', officerB), 409);
      expect(held.type).toBe('urn:icra:problem:conflict');
      expect(held.detail).toBe('Another officer has this application in review: only they may approve it.');
      // The citizen sees no officer.
      const mine = await call('GET', `/v1/service-applications/${application.id}`, citizen.token);
      expect(strict(ServiceApplicationSchema).parse(await mine.json()).assignee).toBeNull();

      expect((await act(application.id, 'request-information', officerA)).status).toBe(200);
      expect((await act(application.id, 'resubmit', citizen.token)).status).toBe(200);
      // Resubmitted, it is anyone's to take again: officer B this time.
      expect((await act(application.id, 'take', officerB)).status).toBe(200);
      await problemOf(await act(application.id, 'reject', officerA), 409);
      const rejected = strict(ServiceApplicationSchema).parse(
        await (await act(application.id, 'reject', officerB)).json(),
      );
      expect(rejected.decisionReason).toBe(bodies.reject && (bodies.reject as { reason: string }).reason);
      expect(rejected.history.map((e) => [e.status, e.by, e.note ?? null])).toEqual([
        ['submitted', 'citizen', null],
        ['in_review', 'officer', null],
        ['needs_information', 'officer', 'Please add a readable scan of the identity card.'],
        ['resubmitted', 'citizen', null],
        ['in_review', 'officer', null],
        ['rejected', 'officer', 'The certificate of residence is for residents of Guba only.'],
      ]);
      expect(await stored(application.id)).toEqual({
        status: 'rejected',
        revision: 6,
        assigned_to: 'staff:guba-service-b',
        decision_reason: 'The certificate of residence is for residents of Guba only.',
      });
      expect((await noticesOf(citizen.sub, application.id)).map((n) => n.title)).toEqual([
        `Application received: ${application.reference}`,
        `Your application is in review: ${application.reference}`,
        `More information needed: ${application.reference}`,
        `Application resubmitted: ${application.reference}`,
        `Your application is in review: ${application.reference}`,
        `Application rejected: ${application.reference}`,
      ]);
      expect(await auditOf(application.id)).toEqual(
        [
          ['take', 'staff:guba-service-a', 'submitted', 'in_review'],
          ['request-information', 'staff:guba-service-a', 'in_review', 'needs_information'],
          // The citizen's own step names no one: the authority's admins read this log.
          ['resubmit', 'applicant', 'needs_information', 'resubmitted'],
          ['take', 'staff:guba-service-b', 'resubmitted', 'in_review'],
          ['reject', 'staff:guba-service-b', 'in_review', 'rejected'],
        ].map(([action, actor, from, to]) => ({
          action: `service.application.${action}`,
          actor,
          authority_slug: 'guba',
          details: { from, to },
        })),
      );
      expect(await rows(sql`select action from audit_log where actor like 'citizen:%'`)).toEqual([]);
      // Decided: the citizen can no longer withdraw it.
      const late = await problemOf(await act(application.id, 'withdraw', citizen.token), 409);
      expect(late.detail).toBe('The application is now rejected: in that state one cannot withdraw it.');
    },
  );

  it.skipIf(skip)('allows exactly the transitions of the state machine, from every status', async () => {
    for (const status of SERVICE_APPLICATION_STATUSES) {
      // Every action the state machine refuses from here changes nothing, and says where it is.
      const { citizen, id } = await applicationIn(status);
      const before = await stored(id);
      const notices = (await noticesOf(citizen.sub, id)).length;
      for (const action of SERVICE_ACTIONS.filter((a) => !TRANSITIONS[a].from.includes(status))) {
        const refused = await problemOf(await act(id, action, actorOf(action, citizen)), 409);
        expect(refused.detail, `${action} from ${status}`).toContain('The application is now');
      }
      expect(await stored(id)).toEqual(before);
      expect((await noticesOf(citizen.sub, id)).length).toBe(notices);
      // Every action it allows from here leads where it says, done by whom it says.
      for (const action of SERVICE_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(status))) {
        const fresh = await applicationIn(status);
        const res = await act(fresh.id, action, actorOf(action, fresh.citizen));
        expect(res.status, `${action} from ${status}: ${await res.clone().text()}`).toBe(200);
        const moved = await stored(fresh.id);
        expect(moved.status, `${action} from ${status}`).toBe(TRANSITIONS[action].to);
        expect(moved.revision).toBe(pathTo[status].length + 2);
        expect((await auditOf(fresh.id)).at(-1)!.action).toBe(`service.application.${action}`);
        // The citizen's actions are not an officer's, and the other way round.
        const other = TRANSITIONS[action].by === 'citizen' ? officerA : fresh.citizen.token;
        const wrong = await freshCitizen();
        for (const token of [other, wrong.token]) {
          const res2 = await act(fresh.id, action, token);
          expect([403, 404, 409], `${action} by another`).toContain(res2.status);
        }
        expect(await stored(fresh.id)).toEqual(moved);
      }
    }
  });

  it.skipIf(skip)(
    'lets exactly one of two officers acting at once win, and tells the other why',
    async () => {
      for (let round = 0; round < 5; round++) {
        const { citizen, id } = await applicationIn('submitted');
        const answers = await Promise.all([act(id, 'take', officerA), act(id, 'take', officerB)]);
        const statuses = answers.map((res) => res.status).sort();
        expect(statuses).toEqual([200, 409]);
        const winner = answers[0]!.status === 200 ? 'staff:guba-service-a' : 'staff:guba-service-b';
        const loser = answers.find((res) => res.status === 409)!;
        expect((await problemOf(loser, 409)).detail).toBe(
          'The application is now in review: in that state one cannot take it into review.',
        );
        expect(await stored(id)).toMatchObject({ status: 'in_review', revision: 2, assigned_to: winner });
        expect((await auditOf(id)).map((a) => [a.action, a.actor])).toEqual([
          ['service.application.take', winner],
        ]);
        expect((await noticesOf(citizen.sub, id)).length).toBe(2);
        // The officer who holds it approving while the citizen withdraws: one of them wins.
        const holder = winner === 'staff:guba-service-a' ? officerA : officerB;
        const race = await Promise.all([act(id, 'approve', holder), act(id, 'withdraw', citizen.token)]);
        expect(race.map((res) => res.status).sort()).toEqual([200, 409]);
        const after = await stored(id);
        expect(after.status).toBe(race[0]!.status === 200 ? 'approved' : 'withdrawn');
        expect(after.revision).toBe(3);
        expect((await auditOf(id)).length).toBe(2);
      }
    },
  );

  it.skipIf(skip)(
    'refuses the officers of another authority and those without the role, everywhere',
    async () => {
      const { citizen, id } = await applicationIn('submitted');
      for (const action of SERVICE_ACTIONS) {
        const res = await act(id, action, ganjaOfficer);
        expect(res.status, action).toBe(TRANSITIONS[action].by === 'citizen' ? 403 : 404);
        expect((await act(id, action, gubaEditor)).status, action).toBe(403);
      }
      expect((await call('GET', `/v1/service-applications/${id}`, ganjaOfficer)).status).toBe(404);
      expect((await call('GET', '/v1/authorities/guba/service-applications', ganjaOfficer)).status).toBe(403);
      expect((await call('GET', '/v1/authorities/guba/service-applications', citizen.token)).status).toBe(
        403,
      );
      const ganja = ServiceQueuePageSchema.parse(
        await (await call('GET', '/v1/authorities/ganja/service-applications', ganjaOfficer)).json(),
      );
      expect(ganja.items.map((a) => a.id)).not.toContain(id);
      expect(await stored(id)).toMatchObject({ status: 'submitted', revision: 1, assigned_to: null });
      expect(await auditOf(id)).toEqual([]);
    },
  );

  it.skipIf(skip)(
    'acts only on the revision named in If-Match, and asks a reason of a rejection',
    async () => {
      const { id } = await applicationIn('in_review');
      await problemOf(await act(id, 'approve', officerA, { 'If-Match': '"r1"' }), 412);
      await problemOf(await act(id, 'approve', officerA, { 'If-Match': 'r2' }), 412);
      const noReason = await call('POST', `/v1/service-applications/${id}/reject`, officerA, { reason: ' ' });
      expect((await problemOf(noReason, 400)).errors?.[0]?.pointer).toBe('/body/reason');
      expect(await stored(id)).toMatchObject({ status: 'in_review', revision: 2 });
      const ok = await act(id, 'approve', officerA, { 'If-Match': '"r2"' });
      expect([ok.status, ok.headers.get('etag')]).toEqual([200, '"r3"']);
    },
  );

  it.skipIf(skip)('pages the queue soonest due first, by service, status, officer and overdue', async () => {
    // A queue of its own: Masallı's, which no other test of this suite applies to.
    const masalli = await officer('staff:masalli-service', 'masalli');
    const citizen = await freshCitizen();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await submitted(citizen, 'masalli')).id);
    // Due dates set apart, the later submitted the sooner due: two of them long past.
    const due = ['2099-01-03', '2099-01-02', '2099-01-01', '2021-01-02', '2021-01-01'];
    for (const [i, id] of ids.entries()) {
      await db.database.db.execute(sql`update service_applications set due_on = ${due[i]} where id = ${id}`);
    }
    for (const id of ids.slice(0, 2)) expect((await act(id, 'take', masalli)).status).toBe(200);
    // Decided, an application past its date is no longer overdue.
    for (const action of ['take', 'approve'] as const)
      expect((await act(ids[3]!, action, masalli)).status).toBe(200);
    const page = async (query: string) => {
      const res = await call('GET', `/v1/authorities/masalli/service-applications?${query}`, masalli);
      expect(res.status, await res.clone().text()).toBe(200);
      return strict(ServiceQueuePageSchema).parse(await res.json());
    };
    const walked: Array<[string, string, boolean]> = [];
    let cursor: string | null = null;
    do {
      const p = await page(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(p.items.length).toBeLessThanOrEqual(2);
      walked.push(...p.items.map((a): [string, string, boolean] => [a.id, a.dueOn, a.overdue]));
      cursor = p.nextCursor;
    } while (cursor);
    expect(walked).toEqual([
      [ids[4], '2021-01-01', true],
      [ids[3], '2021-01-02', false],
      [ids[2], '2099-01-01', false],
      [ids[1], '2099-01-02', false],
      [ids[0], '2099-01-03', false],
    ]);
    expect((await page('overdue=true')).items.map((a) => a.id)).toEqual([ids[4]]);
    expect((await page('overdue=false')).items.length).toBe(5);
    expect((await page('status=in_review')).items.map((a) => a.id)).toEqual([ids[1], ids[0]]);
    expect((await page('status=submitted')).items.map((a) => a.id)).toEqual([ids[4], ids[2]]);
    expect((await page('assigned=me')).items.map((a) => [a.id, a.assignee])).toEqual(
      [ids[3], ids[1], ids[0]].map((id) => [id, 'you']),
    );
    expect((await page('status=submitted&overdue=true&assigned=me')).items).toEqual([]);
    expect((await page(`service=${SERVICE}`)).items.length).toBe(5);
    expect((await page('service=birth-certificate')).items).toEqual([]);
  });

  it.skipIf(skip)(
    'stores the due date at submit: the service’s working days on the Baku calendar',
    async () => {
      const application = await submitted(await freshCitizen());
      const [row] = await rows<{ due_on: string; submitted_at: string | Date; processing_days: number }>(sql`
      select a.due_on::text as due_on, a.submitted_at, s.processing_days
      from service_applications a join services s on s.slug = a.service_slug where a.id = ${application.id}`);
      const expected = addWorkingDays(bakuDate(new Date(row!.submitted_at)), row!.processing_days);
      expect(row!.due_on).toBe(expected);
      expect(application.dueOn).toBe(expected);
      expect(application.overdue).toBe(false);
      // Counted in working days: at least as many calendar days later, every one counted a working day.
      const days = (Date.parse(expected) - Date.parse(bakuDate(new Date(row!.submitted_at)))) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(row!.processing_days);
      expect(isWorkingDay(expected)).toBe(true);
    },
  );
});
