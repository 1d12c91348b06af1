/**
 * Applying for an e-service end to end through createApp + app.request(), on PGlite and PostgreSQL:
 * the form, drafts across devices, documents, submit, and what the portal refuses, each tried the
 * way a tampering client would, with the stored rows read back from the database.
 */
import { checkDefinition, LANGS, localizeForm } from '@icra/forms';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { TokenService } from '../src/features/identity/tokens.js';
import { MAX_SERVICE_DOCUMENT_BYTES } from '../src/features/services/application-routes.js';
import {
  ServiceApplicationPageSchema,
  ServiceApplicationSchema,
  ServiceDocumentFileSchema,
  ServiceDraftPageSchema,
  ServiceDraftSchema,
  ServiceFormSchema,
} from '../src/features/services/application-schemas.js';
import { REFERENCE_ALPHABET } from '../src/features/services/applications.js';
import { ProblemSchema } from '../src/http/problem.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedForms } from '../src/seed/service-forms.js';
import { seedServices } from '../src/seed/services.js';
import { seedStaff } from '../src/seed/staff.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { png } from './support/images.js';
import { signIn } from './support/oauth.js';
import { strict } from './support/strict.js';
import { issueToken } from './support/tokens.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };
const SERVICE = 'residence-certificate';

function staffOf(authority: string, role: string): string {
  const member = seedStaff.find((s) => s.authority === authority && s.roles.includes(role as never));
  if (!member) throw new Error(`no ${role} in ${authority}`);
  return `staff:${member.id}`;
}

function pdf(size = 64): Buffer {
  const head = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x20)]).subarray(0, size);
}

/** Answers that complete the residence certificate's form, living at the registered address. */
const complete = {
  livesAtRegistered: true,
  presentTo: 'bank',
  contactPhone: '+994501234567',
};

describe('the seeded forms', () => {
  it('give every electronic service one form that holds together, and none to the others', () => {
    const electronic = seedServices.filter((s) => s.electronic).map((s) => s.slug);
    expect(seedForms.map((f) => f.service).sort()).toEqual([...electronic].sort());
    for (const form of seedForms) {
      const service = seedServices.find((s) => s.slug === form.service)!;
      expect(
        checkDefinition(
          form,
          service.documents.map((d) => d.key),
        ),
        form.service,
      ).toEqual([]);
      // Every required document has a required file field, and every text is in three languages.
      for (const document of service.documents.filter((d) => d.required)) {
        expect(
          form.steps.some((step) =>
            step.required.some((name) => form.fields[name]?.document === document.key),
          ),
        ).toBe(true);
      }
      // The upload route's body limit, known before routing, covers every document's own.
      for (const document of service.documents)
        expect(document.maxBytes).toBeLessThanOrEqual(MAX_SERVICE_DOCUMENT_BYTES);
      for (const lang of LANGS) {
        const localized = localizeForm(form, lang);
        for (const field of Object.values(localized.fields)) expect(field.label, form.service).toMatch(/\S/);
        for (const step of localized.steps) expect(step.title, form.service).toMatch(/\S/);
      }
    }
  });
});

describe.each(variants)('e-service applications on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let tokens: TokenService;
  let nextCitizen = 0;

  /** A citizen of the demo registry no other test of this suite uses. */
  async function freshCitizen() {
    const person = seedPopulation[nextCitizen++];
    if (!person) throw new Error('out of demo citizens');
    const sub = `citizen:${person.fin}`;
    const token = (await issueToken(tokens, { sub, kind: 'citizen', roles: [], fin: person.fin })).token;
    return { token, sub, person };
  }

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

  function upload(
    token: string,
    draft: string,
    document: string,
    bytes: Uint8Array,
    type: string,
    filename = 'scan.pdf',
  ) {
    return app.request(
      `/v1/service-drafts/${draft}/documents?${new URLSearchParams({ document, filename })}`,
      {
        method: 'POST',
        headers: { 'Accept-Language': 'en', Authorization: `Bearer ${token}`, 'Content-Type': type },
        body: bytes,
      },
    );
  }

  async function problemOf(res: Response, status: number) {
    expect(res.status, await res.clone().text()).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    return strict(ProblemSchema).parse(await res.json());
  }

  async function startDraft(
    token: string,
    answers?: Record<string, unknown>,
    authority = 'guba',
    service = SERVICE,
  ) {
    const res = await call('POST', `/v1/services/${service}/drafts`, token, {
      authority,
      ...(answers && { answers }),
    });
    expect([200, 201], await res.clone().text()).toContain(res.status);
    return {
      draft: strict(ServiceDraftSchema).parse(await res.json()),
      etag: res.headers.get('etag')!,
      status: res.status,
    };
  }

  async function save(
    token: string,
    id: string,
    etag: string,
    answers: Record<string, unknown>,
    formVersion = 1,
  ) {
    return call('PUT', `/v1/service-drafts/${id}`, token, { formVersion, answers }, { 'If-Match': etag });
  }

  const rows = async <T>(query: SQL) =>
    ((await db.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const storedAnswers = async (id: string) =>
    (
      await rows<{ answers: Record<string, unknown> }>(
        sql`select answers from service_drafts where id = ${id}`,
      )
    )[0]?.answers;

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
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it.skipIf(skip)(
    'serves each electronic service’s form in az, en and ru, and none for the others',
    async () => {
      for (const lang of LANGS) {
        const res = await call('GET', `/v1/services/${SERVICE}/form?lang=${lang}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-language')).toBe(lang);
        expect(res.headers.get('cache-control')).toContain('public');
        const form = strict(ServiceFormSchema).parse(await res.json());
        expect(form).toEqual(localizeForm(seedForms.find((f) => f.service === SERVICE)!, lang));
      }
      const offline = seedServices.find((s) => !s.electronic)!;
      const none = await problemOf(await call('GET', `/v1/services/${offline.slug}/form`), 404);
      expect(none.detail).toBe(
        'This service cannot be applied for online: its description says where to go instead.',
      );
      await problemOf(await call('GET', '/v1/services/no-such-service/form'), 404);
    },
  );

  it.skipIf(skip)(
    'keeps answers given before sign-in, without hidden, registry or made-up answers',
    async () => {
      const { token } = await freshCitizen();
      const { draft, status } = await startDraft(token, {
        livesAtRegistered: true,
        // The step asking these is reached only by someone who does not live at the registered address.
        actualAddress: 'Somewhere else 1, Guba',
        livingSince: '2020-01-01',
        // Filled by the registry: never taken from the client.
        applicantName: 'Someone Else',
        applicantFin: 'AAAAAAA',
        // Not a question of the form; and a file answer the client made up.
        isApproved: true,
        documentIdCard: ['00000000-0000-4000-8000-000000000000'],
      });
      expect(status).toBe(201);
      expect(draft.answers).toEqual({ livesAtRegistered: true });
      expect(await storedAnswers(draft.id)).toEqual({ livesAtRegistered: true });
      // Starting again answers the same draft, unchanged.
      const again = await startDraft(token, { presentTo: 'school' });
      expect(again.status).toBe(200);
      expect(again.draft.id).toBe(draft.id);
      expect(again.draft.answers).toEqual({ livesAtRegistered: true });
    },
  );

  it.skipIf(skip)(
    'refuses a wrong answer with the field’s message in the citizen’s language, and writes nothing',
    async () => {
      const { token, sub } = await freshCitizen();
      const res = await call('POST', `/v1/services/${SERVICE}/drafts?lang=ru`, token, {
        authority: 'guba',
        answers: { livesAtRegistered: 'yes', presentTo: 'casino' },
      });
      const body = await problemOf(res, 422);
      expect(body.errors).toEqual([
        {
          pointer: '/body/answers/livesAtRegistered',
          detail: 'Введите допустимое значение в поле «Вы живёте по адресу регистрации?».',
        },
        {
          pointer: '/body/answers/presentTo',
          detail: 'Выберите один из предложенных вариантов в поле «Куда будет представлена справка?».',
        },
      ]);
      expect(await rows(sql`select id from service_drafts where citizen = ${sub}`)).toEqual([]);
      const elsewhere = await problemOf(
        await call('POST', `/v1/services/${SERVICE}/drafts`, token, { authority: 'nowhere' }),
        422,
      );
      expect(elsewhere.errors?.[0]?.pointer).toBe('/body/authority');
    },
  );

  it.skipIf(skip)(
    'checks every kind of field on the server as the widget does, in the citizen’s language',
    async () => {
      const { token } = await freshCitizen();
      const cases: Array<
        [service: string, answers: Record<string, unknown>, field: string, message: string]
      > = [
        [
          'residence-certificate',
          { livesAtRegistered: false, actualAddress: 'abc' },
          'actualAddress',
          '“The address where you actually live” must be at least 5 characters.',
        ],
        [
          'residence-certificate',
          { livesAtRegistered: false, livingSince: '2023-02-30' },
          'livingSince',
          '“Living there since” must be a real date.',
        ],
        [
          'residence-certificate',
          { presentTo: 'other', organisation: 'x' },
          'organisation',
          '“Name of the organisation” must be at least 2 characters.',
        ],
        [
          'residence-certificate',
          { presentTo: 'nowhere' },
          'presentTo',
          'Choose one of the options given for “Where will you present the certificate?”.',
        ],
        [
          'residence-certificate',
          { livesAtRegistered: 'yes' },
          'livesAtRegistered',
          'Enter a valid value for “Do you live at your registered address?”.',
        ],
        [
          'residence-certificate',
          { contactPhone: '050 123 45' },
          'contactPhone',
          'Enter a phone number like +994 50 123 45 67.',
        ],
        [
          'residence-certificate',
          { contactEmail: 'nobody' },
          'contactEmail',
          'Enter an email address like name@example.az.',
        ],
        [
          'repair-construction-permit',
          { description: 'short' },
          'description',
          '“Describe the works” must be at least 10 characters.',
        ],
        ['tree-felling-permit', { treeCount: 2.5 }, 'treeCount', '“Number of trees” must be a whole number.'],
        ['tree-felling-permit', { treeCount: 51 }, 'treeCount', '“Number of trees” must be 50 or less.'],
        [
          'tree-felling-permit',
          { reasons: ['dry', 'dry'] },
          'reasons',
          'Choose each option for “Why they must be felled” only once.',
        ],
        [
          'archive-extract',
          { forSomeoneElse: true, principalFin: '12345' },
          'principalFin',
          'Enter the FIN as on the identity card: 7 letters and digits.',
        ],
      ];
      for (const [service, answers, field, message] of cases) {
        const res = await call('POST', `/v1/services/${service}/drafts?lang=en`, token, {
          authority: 'guba',
          answers,
        });
        const body = await problemOf(res, 422);
        expect(body.errors, `${service} ${field}`).toEqual([
          { pointer: `/body/answers/${field}`, detail: message },
        ]);
      }
    },
  );

  it.skipIf(skip)(
    'keeps answers as the form runtime normalizes them: a phone typed with spaces or in the national form, a FIN in lower case',
    async () => {
      const { token } = await freshCitizen();
      const res = await call('POST', '/v1/services/archive-extract/drafts?lang=en', token, {
        authority: 'guba',
        answers: { forSomeoneElse: true, principalFin: ' 5zk8p2q ', contactPhone: '050 123-45-67' },
      });
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      expect(await storedAnswers(id)).toMatchObject({
        principalFin: '5ZK8P2Q',
        contactPhone: '+994501234567',
      });
    },
  );

  it.skipIf(skip)(
    'refuses a save from a stale device (412) or without If-Match (428), keeping the newer answers',
    async () => {
      const { token } = await freshCitizen();
      const { draft, etag } = await startDraft(token);
      // Two devices loaded the same revision; the phone saves first.
      const phone = await save(token, draft.id, etag, { livesAtRegistered: true, presentTo: 'bank' });
      expect(phone.status).toBe(200);
      expect(phone.headers.get('etag')).not.toBe(etag);
      const laptop = await save(token, draft.id, etag, { livesAtRegistered: false });
      await problemOf(laptop, 412);
      await problemOf(
        await call('PUT', `/v1/service-drafts/${draft.id}`, token, { formVersion: 1, answers: {} }),
        428,
      );
      await problemOf(await save(token, draft.id, '"garbage"', {}), 412);
      expect(await storedAnswers(draft.id)).toEqual({ livesAtRegistered: true, presentTo: 'bank' });
      // An answer for another form version is refused.
      await problemOf(
        await save(token, draft.id, phone.headers.get('etag')!, { livesAtRegistered: true }, 2),
        409,
      );
      // A changed answer drops what the new path no longer reaches.
      const fresh = (await call('GET', `/v1/service-drafts/${draft.id}`, token)).headers.get('etag')!;
      const moved = await save(token, draft.id, fresh, {
        livesAtRegistered: false,
        actualAddress: 'Nizami Street 5, Guba',
        livingSince: '2021-05-01',
        presentTo: 'other',
        organisation: 'Guba Music School',
      });
      expect(moved.status).toBe(200);
      const back = await save(token, draft.id, moved.headers.get('etag')!, {
        ...strict(ServiceDraftSchema).parse(await moved.json()).answers,
        livesAtRegistered: true,
        presentTo: 'bank',
      });
      expect(back.status).toBe(200);
      expect(await storedAnswers(draft.id)).toEqual({ livesAtRegistered: true, presentTo: 'bank' });
    },
  );

  it.skipIf(skip)(
    'keeps drafts and applications to their citizen and applications to their authority’s service officers',
    async () => {
      const owner = await freshCitizen();
      const other = await freshCitizen();
      const { draft } = await startDraft(owner.token, complete);
      const file = strict(ServiceDocumentFileSchema).parse(
        await (await upload(owner.token, draft.id, 'id-card', pdf(200), 'application/pdf')).json(),
      );
      for (const [method, path] of [
        ['GET', `/v1/service-drafts/${draft.id}`],
        ['DELETE', `/v1/service-drafts/${draft.id}`],
        ['GET', `/v1/service-drafts/${draft.id}/documents/${file.id}`],
        ['DELETE', `/v1/service-drafts/${draft.id}/documents/${file.id}`],
        ['POST', `/v1/service-drafts/${draft.id}/submit`],
      ] as const) {
        await problemOf(await call(method, path, other.token), 404);
      }
      await problemOf(await save(other.token, draft.id, '"r1"', {}), 404);
      await problemOf(await upload(other.token, draft.id, 'id-card', pdf(200), 'application/pdf'), 404);
      const officer = await signIn(app, staffOf('guba', 'service'));
      await problemOf(await call('GET', `/v1/service-drafts/${draft.id}`, officer), 403);

      const submitted = await call('POST', `/v1/service-drafts/${draft.id}/submit`, owner.token);
      const application = strict(ServiceApplicationSchema).parse(await submitted.json());
      const readers = {
        owner: owner.token,
        officer,
        other: other.token,
        ganjaOfficer: await signIn(app, staffOf('ganja', 'service'), { clientId: 'ganja' }),
        gubaModerator: await signIn(app, staffOf('guba', 'moderator')),
      };
      // A moderator's token cannot have services:process: refused for the scope, before the application is looked up.
      const expected = { owner: 200, officer: 200, other: 404, ganjaOfficer: 404, gubaModerator: 403 };
      for (const [who, token] of Object.entries(readers)) {
        const read = await call('GET', `/v1/service-applications/${application.id}`, token);
        expect(read.status, who).toBe(expected[who as keyof typeof expected]);
        const doc = await call(
          'GET',
          `/v1/service-applications/${application.id}/documents/${file.id}`,
          token,
        );
        expect(doc.status, who).toBe(expected[who as keyof typeof expected]);
        if (doc.status === 200) {
          expect(doc.headers.get('content-disposition')).toBe(
            `attachment; filename="scan.pdf"; filename*=UTF-8''scan.pdf`,
          );
          expect(doc.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
          expect(doc.headers.get('x-content-type-options')).toBe('nosniff');
          expect(Buffer.from(await doc.arrayBuffer())).toEqual(pdf(200));
        }
      }
    },
  );

  it.skipIf(skip)(
    'checks uploads by their bytes, size, number and name, with the limits in the answer',
    async () => {
      const { token } = await freshCitizen();
      const { draft } = await startDraft(token);
      // A PNG renamed .pdf and declared as PDF.
      const renamed = await problemOf(
        await upload(token, draft.id, 'id-card', png(2, 2), 'application/pdf', 'id.pdf'),
        415,
      );
      expect(renamed.detail).toBe(
        'Only a PDF, JPEG, PNG file is accepted for this document, and the Content-Type must match the file itself.',
      );
      await problemOf(
        await upload(token, draft.id, 'id-card', Buffer.from('MZ\x90\x00'), 'application/x-msdownload'),
        415,
      );
      const big = await problemOf(
        await upload(token, draft.id, 'id-card', pdf(5 * 1024 * 1024 + 1), 'application/pdf'),
        413,
      );
      expect(big.detail).toBe('A file for this document may be at most 5 MB (5,242,880 bytes).');
      await problemOf(await upload(token, draft.id, 'passport', pdf(100), 'application/pdf'), 422);
      // A path in the name is cut to its last part; a name of 10 kB is cut to 200 characters.
      const traversal = strict(ServiceDocumentFileSchema).parse(
        await (
          await upload(token, draft.id, 'id-card', pdf(100), 'application/pdf', '../../etc/passwd.pdf')
        ).json(),
      );
      expect(traversal.filename).toBe('passwd.pdf');
      const long = await upload(
        token,
        draft.id,
        'id-card',
        pdf(100),
        'application/pdf',
        `${'a'.repeat(10_000)}.pdf`,
      );
      // More than 1,000 characters is refused as a bad query, before a byte of the body is read.
      expect((await problemOf(long, 400)).errors?.[0]?.pointer).toBe('/query/filename');
      const second = await upload(
        token,
        draft.id,
        'id-card',
        png(3, 3),
        'image/png',
        `${'ə'.repeat(300)}.png`,
      );
      expect(second.status).toBe(201);
      expect(Array.from(strict(ServiceDocumentFileSchema).parse(await second.json()).filename)).toHaveLength(
        200,
      );
      // The identity card takes at most 2 files.
      const third = await problemOf(
        await upload(token, draft.id, 'id-card', pdf(100), 'application/pdf'),
        409,
      );
      expect(third.type).toBe('urn:icra:problem:document-quota');
      const stored = await rows<{ n: number }>(
        sql`select count(*)::int as n from service_documents where draft_id = ${draft.id}`,
      );
      expect(stored[0]!.n).toBe(2);
      // The files are the answer of the file field, whatever the client says.
      const read = strict(ServiceDraftSchema).parse(
        await (await call('GET', `/v1/service-drafts/${draft.id}`, token)).json(),
      );
      expect(read.answers.documentIdCard).toEqual(read.documents.map((d) => d.id));
    },
  );

  it.skipIf(skip)(
    'submits once per Idempotency-Key, with the registry’s data, a reference and a notification',
    async () => {
      const { token, sub, person } = await freshCitizen();
      const { draft } = await startDraft(token, { ...complete, applicantName: 'Forged Name' });
      const id = strict(ServiceDocumentFileSchema).parse(
        await (await upload(token, draft.id, 'id-card', pdf(300), 'application/pdf')).json(),
      ).id;
      // A document for a step that is reached, and one uploaded for a step the answers no longer reach
      // are told apart: the dwelling document is on the documents step, which is always reached.
      const headers = { 'Idempotency-Key': `submit-${draft.id}` };
      const first = await call(
        'POST',
        `/v1/service-drafts/${draft.id}/submit?lang=en`,
        token,
        undefined,
        headers,
      );
      expect(first.status, await first.clone().text()).toBe(201);
      const application = strict(ServiceApplicationSchema).parse(await first.json());
      const retry = await call(
        'POST',
        `/v1/service-drafts/${draft.id}/submit?lang=en`,
        token,
        undefined,
        headers,
      );
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(strict(ServiceApplicationSchema).parse(await retry.json()).id).toBe(application.id);

      expect(application.reference).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
      for (const c of application.reference) expect(REFERENCE_ALPHABET).toContain(c);
      expect(application.status).toBe('submitted');
      expect(application.registry).toEqual({
        applicantName: `${person.lastName} ${person.firstName} ${person.patronymic}`,
        applicantFin: person.fin,
        applicantBirthDate: person.birthDate,
        applicantAddress: person.address,
      });
      expect(application.answers).toEqual({ ...complete, documentIdCard: [id] });
      const stored = await rows<{ n: number; form_version: number }>(
        sql`select count(*)::int as n, max(form_version) as form_version from service_applications where citizen = ${sub}`,
      );
      expect(stored[0]).toEqual({ n: 1, form_version: 1 });
      expect(await rows(sql`select id from service_drafts where id = ${draft.id}`)).toEqual([]);
      expect(await rows(sql`select application_id from service_documents where id = ${id}`)).toEqual([
        { application_id: application.id },
      ]);
      const notes = await rows<{ title: string }>(sql`
      select t.title from notifications n join notification_translations t on t.notification_id = n.id
      where n.recipient = ${sub} and t.lang = 'en'`);
      expect(notes.map((n) => n.title)).toContain(`Application received: ${application.reference}`);
      const mine = strict(ServiceApplicationPageSchema).parse(
        await (await call('GET', '/v1/me/service-applications', token)).json(),
      );
      expect(mine.items.map((a) => [a.reference, a.status])).toEqual([[application.reference, 'submitted']]);
    },
  );

  it.skipIf(skip)(
    'writes the family the registry holds into a reference on family composition, whatever the client sent',
    async () => {
      // A Masallı citizen with a child registered at her address; no other test applies for her.
      const person = seedPopulation.find((p) => p.fin === '4KJ7H2G')!;
      expect(person.family.length).toBeGreaterThan(0);
      const sub = `citizen:${person.fin}`;
      const token = (await issueToken(tokens, { sub, kind: 'citizen', roles: [], fin: person.fin })).token;
      const forged = [{ fullName: 'Someone Else', birthDate: '2000-01-01', relation: 'child' }];
      const { draft } = await startDraft(
        token,
        { family: forged, presentTo: 'school', contactPhone: '+994501234567' },
        'masalli',
        'family-composition-reference',
      );
      expect(draft.answers).not.toHaveProperty('family');
      await upload(token, draft.id, 'id-card', pdf(300), 'application/pdf');
      const res = await call('POST', `/v1/service-drafts/${draft.id}/submit?lang=en`, token, undefined, {
        'Idempotency-Key': `family-${draft.id}`,
      });
      expect(res.status, await res.clone().text()).toBe(201);
      const { id } = (await res.json()) as { id: string };
      const [stored] = await rows<{ registry: Record<string, unknown>; answers: Record<string, unknown> }>(
        sql`select registry, answers from service_applications where id = ${id}`,
      );
      expect(stored!.registry.family).toEqual(
        person.family.map((m) => ({
          fullName: `${m.lastName} ${m.firstName} ${m.patronymic}`,
          birthDate: m.birthDate,
          relation: m.relation,
        })),
      );
      expect(stored!.answers).not.toHaveProperty('family');
    },
  );

  it.skipIf(skip)(
    'refuses to submit what the widget would refuse, naming each field, and keeps the draft',
    async () => {
      const { token, sub } = await freshCitizen();
      const { draft } = await startDraft(token, { livesAtRegistered: false });
      const res = await call('POST', `/v1/service-drafts/${draft.id}/submit?lang=az`, token);
      const body = await problemOf(res, 422);
      expect(body.errors?.map((e) => e.pointer)).toEqual([
        '/body/answers/presentTo',
        '/body/answers/actualAddress',
        '/body/answers/livingSince',
        '/body/answers/documentIdCard',
        '/body/answers/contactPhone',
      ]);
      expect(body.errors?.[3]?.detail).toBe('«Şəxsiyyət vəsiqəsinin surəti» sənədini əlavə edin.');
      expect(await rows(sql`select id from service_drafts where id = ${draft.id}`)).toHaveLength(1);
      expect(await rows(sql`select id from service_applications where citizen = ${sub}`)).toEqual([]);
    },
  );

  it.skipIf(skip)(
    'tells a draft of an older form what to review, and refuses to submit it until saved anew',
    async () => {
      const { token } = await freshCitizen();
      const { draft, etag } = await startDraft(token, complete, 'guba', 'tree-felling-permit');
      const current = seedForms.find((f) => f.service === 'tree-felling-permit')!;
      const next = structuredClone(current);
      next.version = 2;
      next.schema.properties.treeCount = { type: 'integer', minimum: 1, maximum: 10 };
      await db.database.db.execute(
        sql`insert into service_forms (service_slug, version, definition) values ('tree-felling-permit', 2, ${JSON.stringify(next)}::jsonb)`,
      );
      try {
        const read = strict(ServiceDraftSchema).parse(
          await (await call('GET', `/v1/service-drafts/${draft.id}`, token)).json(),
        );
        expect([read.formVersion, read.currentFormVersion, read.review]).toEqual([1, 2, ['treeCount']]);
        const submit = await problemOf(
          await call('POST', `/v1/service-drafts/${draft.id}/submit`, token),
          409,
        );
        expect(submit.type).toBe('urn:icra:problem:form-changed');
        const saved = await save(token, draft.id, etag, read.answers, 2);
        expect(saved.status).toBe(200);
        expect(strict(ServiceDraftSchema).parse(await saved.json()).review).toEqual([]);
      } finally {
        await db.database.db.execute(sql`delete from service_drafts where id = ${draft.id}`);
        await db.database.db.execute(
          sql`delete from service_forms where service_slug = 'tree-felling-permit' and version = 2`,
        );
      }
    },
  );

  it.skipIf(skip)(
    'lists the citizen’s drafts, the most recently changed first, and deletes one with its files',
    async () => {
      const { token, sub } = await freshCitizen();
      const a = await startDraft(token, undefined, 'guba', 'residence-certificate');
      const b = await startDraft(token, undefined, 'guba', 'archive-extract');
      await upload(token, b.draft.id, 'id-card', pdf(100), 'application/pdf');
      const page = strict(ServiceDraftPageSchema).parse(
        await (await call('GET', '/v1/me/service-drafts?limit=1', token)).json(),
      );
      expect(page.items.map((d) => d.id)).toEqual([b.draft.id]);
      const rest = strict(ServiceDraftPageSchema).parse(
        await (await call('GET', `/v1/me/service-drafts?limit=1&cursor=${page.nextCursor}`, token)).json(),
      );
      expect(rest.items.map((d) => d.id)).toEqual([a.draft.id]);
      expect(rest.nextCursor).toBeNull();
      expect((await call('DELETE', `/v1/service-drafts/${b.draft.id}`, token)).status).toBe(204);
      expect(await rows(sql`select id from service_documents where owner_sub = ${sub}`)).toEqual([]);
      expect(
        await rows(
          sql`select document_id from service_document_blobs b left join service_documents d on d.id = b.document_id where d.id is null`,
        ),
      ).toEqual([]);
    },
  );
});
