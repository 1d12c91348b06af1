/**
 * What the authority's processing promises, tried from outside through createApp + app.request(), on
 * PGlite and PostgreSQL: a request for information reopens only what it names (every other change is
 * refused and nothing of it is kept, each version stays readable, the officer sees the diff), the
 * deadline's clock stops while the application waits on the citizen, completing issues a result that
 * the citizen downloads and anyone verifies by a code that says nothing of them, and a service is
 * rated once per application. What the portal stored is read back from the database; the PDF's text
 * is read by pdf.js, as a reader's viewer would.
 */
import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { addWorkingDays, bakuDate, workingDaysBetween } from '../src/domain/holidays.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { TokenService } from '../src/features/identity/tokens.js';
import {
  RatingSchema,
  ServiceApplicationSchema,
  ServiceApplicationVersionSchema,
  ServiceDocumentFileSchema,
  ServiceDraftSchema,
  ServiceQueuePageSchema,
} from '../src/features/services/application-schemas.js';
import { longDate } from '../src/features/services/certificate.js';
import { ProblemSchema } from '../src/http/problem.js';
import { seedPopulation } from '../src/seed/population.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { strict } from './support/strict.js';
import { issueToken } from './support/tokens.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };
const SERVICE = 'residence-certificate';
const answers = { livesAtRegistered: true, presentTo: 'bank', contactPhone: '+994501234567' };

function pdf(size: number, fill = 0x20): Buffer {
  const head = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), fill)]).subarray(0, size);
}

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

describe.each(variants)('the processing of an e-service application on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let tokens: TokenService;
  let nextCitizen = 3;
  let officer: string;
  let otherOfficer: string;
  let ganjaOfficer: string;
  let gubaEditor: string;

  const officerToken = async (sub: string, authority: string, roles = ['service']) =>
    (await issueToken(tokens, { sub, kind: 'official', roles, authority })).token;

  async function freshCitizen() {
    const person = seedPopulation[nextCitizen++ % seedPopulation.length]!;
    const sub = `citizen:${person.fin}`;
    const token = (await issueToken(tokens, { sub, kind: 'citizen', roles: [], fin: person.fin })).token;
    return { token, sub, person };
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
  const upload = (path: string, token: string, bytes: Buffer, type = 'application/pdf') =>
    app.request(path, {
      method: path.includes('/result') ? 'PUT' : 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': type, 'Accept-Language': 'en' },
      body: bytes,
    });
  const rows = async <T>(query: SQL) =>
    ((await db.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const json = <T>(value: T | string): T => (typeof value === 'string' ? JSON.parse(value) : value);

  async function problemOf(res: Response, status: number) {
    expect(res.status, await res.clone().text()).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    return strict(ProblemSchema).parse(await res.json());
  }
  async function applicationOf(res: Response) {
    expect(res.status, await res.clone().text()).toBe(200);
    return strict(ServiceApplicationSchema).parse(await res.json());
  }
  const act = (id: string, action: string, token: string, body?: unknown) =>
    call('POST', `/v1/service-applications/${id}/${action}`, token, body);

  async function submitted(
    citizen: { token: string },
    authority = 'guba',
    given: Record<string, unknown> = answers,
  ) {
    const created = await call('POST', `/v1/services/${SERVICE}/drafts`, citizen.token, {
      authority,
      answers: given,
    });
    const draft = strict(ServiceDraftSchema).parse(await created.json());
    const query = new URLSearchParams({ document: 'id-card', filename: 'id.pdf' });
    expect(
      (await upload(`/v1/service-drafts/${draft.id}/documents?${query}`, citizen.token, pdf(200))).status,
    ).toBe(201);
    const res = await call('POST', `/v1/service-drafts/${draft.id}/submit`, citizen.token);
    expect(res.status, await res.clone().text()).toBe(201);
    return strict(ServiceApplicationSchema).parse(await res.json());
  }

  /** An application in review by `officer`, then sent back for the id card and where to present it. */
  async function waitingOnCitizen() {
    const citizen = await freshCitizen();
    const application = await submitted(citizen);
    expect((await act(application.id, 'take', officer)).status).toBe(200);
    const asked = await applicationOf(
      await act(application.id, 'request-information', officer, {
        comment: 'Please add a readable scan of both sides of the identity card.',
        answers: ['presentTo'],
        documents: ['id-card'],
      }),
    );
    return { citizen, application: asked };
  }

  const fileFieldOf = (application: { form: { fields: Record<string, { kind: string }> } }) =>
    Object.entries(application.form.fields).find(([, f]) => f.kind === 'file')![0];

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
    officer = await officerToken('staff:guba-service-a', 'guba');
    otherOfficer = await officerToken('staff:guba-service-b', 'guba');
    ganjaOfficer = await officerToken('staff:ganja-service', 'ganja');
    gubaEditor = await officerToken('staff:guba-editor', 'guba', ['editor']);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it.skipIf(skip)('reopens only what the request names, and refuses every other change', async () => {
    const { citizen, application } = await waitingOnCitizen();
    const id = application.id;
    const files = fileFieldOf(application);
    const original = application.answers[files] as string[];
    expect(application.request).toMatchObject({ answers: ['presentTo'], documents: ['id-card'] });
    expect(application.history.at(-1)).toMatchObject({
      status: 'needs_information',
      reopened: { answers: ['presentTo'], documents: ['id-card'] },
    });
    expect(application.amendment).toEqual(application.answers);

    const amendmentOf = async () =>
      json(
        (
          await rows<{ amendment: unknown }>(sql`select amendment from service_applications where id = ${id}`)
        )[0]!.amendment,
      ) as Record<string, unknown>;
    const before = await amendmentOf();

    // Changing an answer that was not reopened: refused at its pointer, and nothing of the request kept,
    // not even the reopened answer sent with it.
    const sneaky = await call('PUT', `/v1/service-applications/${id}/amendment`, citizen.token, {
      answers: { presentTo: 'consulate', contactPhone: '+994551112233' },
    });
    expect((await problemOf(sneaky, 422)).errors?.map((e) => e.pointer)).toEqual([
      '/body/answers/contactPhone',
    ]);
    // Nor the registry's answers, nor the file field's answer written as ids.
    for (const [name, value] of Object.entries({
      ...Object.fromEntries(Object.entries(application.registry).map(([name]) => [name, 'Somebody Else'])),
      livesAtRegistered: false,
    })) {
      const res = await call('PUT', `/v1/service-applications/${id}/amendment`, citizen.token, {
        answers: { [name]: value },
      });
      expect((await problemOf(res, 422)).errors?.[0]?.pointer, name).toBe(`/body/answers/${name}`);
    }
    const forged = await call('PUT', `/v1/service-applications/${id}/amendment`, citizen.token, {
      answers: { [files]: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect((await applicationOf(forged)).amendment?.[files]).toEqual(original);
    expect(await amendmentOf()).toEqual(before);
    // A file for a document that was not reopened: this service has one other document at most; a made-up
    // key is refused either way.
    const query = (document: string) => new URLSearchParams({ document, filename: 'scan.pdf' });
    await problemOf(
      await upload(
        `/v1/service-applications/${id}/documents?${query('dwelling-document')}`,
        citizen.token,
        pdf(90),
      ),
      422,
    );
    // Another citizen, an officer: as if there were no such application, or not theirs to amend.
    const stranger = await freshCitizen();
    await problemOf(
      await call('PUT', `/v1/service-applications/${id}/amendment`, stranger.token, {
        answers: { presentTo: 'other' },
      }),
      404,
    );
    await problemOf(
      await call('PUT', `/v1/service-applications/${id}/amendment`, officer, {
        answers: { presentTo: 'other' },
      }),
      403,
    );

    // What was reopened changes.
    const amended = await applicationOf(
      await call('PUT', `/v1/service-applications/${id}/amendment`, citizen.token, {
        answers: { presentTo: 'consulate', contactPhone: answers.contactPhone },
      }),
    );
    expect(amended.amendment?.presentTo).toBe('consulate');
    const added = await upload(
      `/v1/service-applications/${id}/documents?${query('id-card')}`,
      citizen.token,
      pdf(300),
    );
    expect(added.status, await added.clone().text()).toBe(201);
    const scan = strict(ServiceDocumentFileSchema).parse(await added.json());
    expect(
      (await call('DELETE', `/v1/service-applications/${id}/documents/${original[0]}`, citizen.token)).status,
    ).toBe(204);
    // The file taken out stays readable: the first version holds it.
    const old = await call('GET', `/v1/service-applications/${id}/documents/${original[0]}`, officer);
    expect([old.status, (await old.arrayBuffer()).byteLength]).toEqual([200, 200]);
    // The officer cannot act while it waits on the citizen.
    await problemOf(await act(id, 'approve', officer), 409);

    const resubmitted = await applicationOf(await act(id, 'resubmit', citizen.token));
    expect([resubmitted.status, resubmitted.version, resubmitted.request, resubmitted.amendment]).toEqual([
      'resubmitted',
      2,
      null,
      null,
    ]);
    expect(resubmitted.answers).toMatchObject({ presentTo: 'consulate', [files]: [scan.id] });
    // What the officer sees changed: exactly the reopened answer and the document.
    const asOfficer = await applicationOf(await call('GET', `/v1/service-applications/${id}`, officer));
    expect(asOfficer.changes).toEqual([
      { field: 'presentTo', before: 'bank', after: 'consulate' },
      { field: files, before: original, after: [scan.id], added: [scan.id], removed: original },
    ]);
    // Every version stays readable.
    const v1 = strict(ServiceApplicationVersionSchema).parse(
      await (await call('GET', `/v1/service-applications/${id}/versions/1`, officer)).json(),
    );
    expect([v1.answers.presentTo, v1.answers[files], v1.request, v1.changes]).toEqual([
      'bank',
      original,
      null,
      [],
    ]);
    const v2 = strict(ServiceApplicationVersionSchema).parse(
      await (await call('GET', `/v1/service-applications/${id}/versions/2`, citizen.token)).json(),
    );
    expect(v2.request).toMatchObject({ answers: ['presentTo'], documents: ['id-card'] });
    await problemOf(await call('GET', `/v1/service-applications/${id}/versions/3`, officer), 404);
    const stored = await rows<{ version: number; answers: unknown }>(
      sql`select version, answers from service_application_versions where application_id = ${id} order by version`,
    );
    expect(
      stored.map((r) => [r.version, json(r.answers as object) as Record<string, unknown>].at(1)),
    ).toEqual([
      expect.objectContaining({ presentTo: 'bank' }),
      expect.objectContaining({ presentTo: 'consulate' }),
    ]);
    // Once resubmitted, nothing more changes.
    await problemOf(
      await call('PUT', `/v1/service-applications/${id}/amendment`, citizen.token, {
        answers: { presentTo: 'bank' },
      }),
      409,
    );
  });

  it.skipIf(skip)(
    'refuses a request for information that names nothing or what the form has not',
    async () => {
      const citizen = await freshCitizen();
      const { id } = await submitted(citizen);
      expect((await act(id, 'take', officer)).status).toBe(200);
      const comment = 'Please check the address you gave.';
      const none = await problemOf(await act(id, 'request-information', officer, { comment }), 422);
      expect(none.errors?.map((e) => e.pointer)).toEqual(['/body/answers']);
      const unknown = await problemOf(
        await act(id, 'request-information', officer, {
          comment,
          answers: ['presentTo', 'shoeSize'],
          documents: ['passport-of-the-moon'],
        }),
        422,
      );
      expect(unknown.errors?.map((e) => e.pointer)).toEqual(['/body/answers/1', '/body/documents/0']);
      expect(
        (await rows<{ status: string }>(sql`select status from service_applications where id = ${id}`))[0]!
          .status,
      ).toBe('in_review');
    },
  );

  it.skipIf(skip)('stops the deadline’s clock while the application waits on the citizen', async () => {
    const { citizen, application } = await waitingOnCitizen();
    const id = application.id;
    expect(application.waitingSince).toBe(bakuDate(new Date()));
    // It waited since before Novruz, and was due before it too.
    await db.database.db.execute(
      sql`update service_applications set waiting_since = '2026-03-19', due_on = '2026-03-19' where id = ${id}`,
    );
    // Waiting on the citizen, it is not overdue, whatever its date.
    const view = await applicationOf(await call('GET', `/v1/service-applications/${id}`, officer));
    expect(view.overdue).toBe(false);
    const overdue = strict(ServiceQueuePageSchema).parse(
      await (
        await call('GET', '/v1/authorities/guba/service-applications?overdue=true&limit=50', officer)
      ).json(),
    );
    expect(overdue.items.map((a) => a.id)).not.toContain(id);
    const resubmitted = await applicationOf(await act(id, 'resubmit', citizen.token));
    const waited = workingDaysBetween('2026-03-19', bakuDate(new Date()));
    expect(resubmitted.dueOn).toBe(addWorkingDays('2026-03-19', waited));
    expect(resubmitted.waitingSince).toBeNull();
    // Novruz and Ramazan fall together in 2026, and the days carried for those on the weekend follow:
    // from 19 March, the 31st is the first working day.
    expect(workingDaysBetween('2026-03-19', '2026-03-31')).toBe(1);
    expect(workingDaysBetween('2026-03-19', '2026-03-30')).toBe(0);
  });

  it.skipIf(skip)(
    'issues a generated certificate that the citizen downloads and anyone verifies, without personal data',
    async () => {
      const citizen = await freshCitizen();
      const { id, reference } = await submitted(citizen);
      expect((await act(id, 'take', officer)).status).toBe(200);
      expect((await act(id, 'approve', officer)).status).toBe(200);
      // Another officer of Guba, one of Ganja, an editor: none completes it.
      await problemOf(await act(id, 'complete', otherOfficer, { result: 'generated' }), 409);
      await problemOf(await act(id, 'complete', ganjaOfficer, { result: 'generated' }), 404);
      await problemOf(await act(id, 'complete', gubaEditor, { result: 'generated' }), 403);
      const done = await applicationOf(await act(id, 'complete', officer, { result: 'generated' }));
      expect(done.status).toBe('completed');
      const result = done.result!;
      expect(result).toMatchObject({ generated: true, contentType: 'application/pdf' });
      expect(result.code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

      const download = await call('GET', `/v1/service-applications/${id}/result`, citizen.token);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toContain(`certificate-${reference}.pdf`);
      const bytes = await download.arrayBuffer();
      expect(createHash('sha256').update(Buffer.from(bytes)).digest('hex')).toBe(result.sha256);
      const printed = (await pdfText(bytes)).replace(/\s+/g, ' ');
      // In the words of the service's own template, the registry's data and the answers filled in.
      const person = citizen.person;
      expect(printed).toContain('CERTIFICATE OF RESIDENCE');
      expect(printed).toContain(
        `Applicant: ${person.lastName} ${person.firstName} ${person.patronymic}, born ${longDate(person.birthDate, 'en')}. ` +
          `Registered at ${person.address.en}, and lives at that address.`,
      );
      expect(printed).toContain(reference);
      expect(printed).toContain(result.code);
      expect(printed).toContain(`Date of issue: ${longDate(bakuDate(new Date(result.issuedAt)), 'en')}`);
      expect(printed).toMatch(/Guba/);
      expect(printed).toContain(`${ISSUER}/verify/${result.code}`);
      expect(printed).toContain(citizen.person.firstName);

      // Anyone verifies it, typed any way, and learns nothing of the citizen.
      for (const typed of [result.code, result.code.replaceAll('-', '').toLowerCase(), ` ${result.code} `]) {
        const res = await call('GET', `/v1/verify/${encodeURIComponent(typed)}`);
        expect(res.status, typed).toBe(200);
        const body = (await res.json()) as Record<string, unknown>;
        expect(Object.keys(body).sort()).toEqual(
          [
            'authority',
            'authorityName',
            'code',
            'generated',
            'genuine',
            'issuedAt',
            'reference',
            'service',
            'serviceTitle',
            'sha256',
          ].sort(),
        );
        expect(body).toMatchObject({ genuine: true, reference, authority: 'guba', sha256: result.sha256 });
        const text = JSON.stringify(body);
        for (const personal of [
          person.fin,
          person.firstName,
          person.lastName,
          person.birthDate,
          answers.contactPhone,
        ]) {
          expect(text).not.toContain(personal);
        }
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
      // The address printed on it is a page a person reads, in their language, with the same facts
      // and nothing personal either; typed into its form any way, the code finds the same document.
      const pages = [
        await call('GET', `/verify/${result.code}`, undefined, undefined, {
          'Accept-Language': 'en-GB,en;q=0.9',
        }),
        await call(
          'GET',
          `/verify?code=${encodeURIComponent(result.code.replaceAll('-', ' ').toLowerCase())}&lang=en`,
        ),
      ];
      for (const page of pages) {
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(page.headers.get('content-language')).toBe('en');
        expect(page.headers.get('cache-control')).toBe('no-store');
        expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
        const html = await page.text();
        expect(html).toContain('<html lang="en">');
        expect(html).toContain('<h2 id="verdict">The document is genuine</h2>');
        const issuedOn = longDate(bakuDate(new Date(result.issuedAt)), 'en');
        for (const fact of [reference, result.code, result.sha256, 'Guba', issuedOn])
          expect(html).toContain(fact);
        for (const personal of [
          citizen.person.fin,
          citizen.person.firstName,
          citizen.person.lastName,
          answers.contactPhone,
        ])
          expect(html).not.toContain(personal);
      }
      const inAzerbaijani = await call('GET', `/verify/${result.code}?lang=az`);
      expect(await inAzerbaijani.text()).toContain('Sənəd həqiqidir');
      const unknown = await call('GET', '/verify/ZZZZ-ZZZZ-ZZZZ?lang=en');
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toContain('The portal issued no document with the code ZZZZ-ZZZZ-ZZZZ.');
      const malformed = await call('GET', `/verify?code=${encodeURIComponent('<b>0O1I</b>')}&lang=en`);
      expect(malformed.status).toBe(400);
      const refused = await malformed.text();
      expect(refused).toContain('aria-invalid="true"');
      expect(refused).toContain('never 0, O, 1 or I');
      expect(refused).toContain('value="&lt;b&gt;0O1I&lt;/b&gt;"');
      expect(refused).not.toContain('<b>0O1I');
      const empty = await call('GET', '/verify?lang=ru');
      expect(empty.status).toBe(200);
      expect(await empty.text()).toContain('<label for="code">Код проверки</label>');
      // A code never issued, a near miss, something that cannot be a code: 404, the same answer.
      const near = `${result.code.slice(0, -1)}${result.code.endsWith('2') ? '3' : '2'}`;
      for (const wrong of ['ZZZZ-ZZZZ-ZZZZ', near, 'not-a-code-at-all']) {
        expect((await problemOf(await call('GET', `/v1/verify/${wrong}`), 404)).status).toBe(404);
      }
      // Ganja's officer sees none of it.
      for (const path of [`/v1/service-applications/${id}`, `/v1/service-applications/${id}/result`]) {
        await problemOf(await call('GET', path, ganjaOfficer), 404);
      }
      const issued = await rows<{ code: string; generated: boolean }>(
        sql`select code, generated from service_results where application_id = ${id}`,
      );
      expect(issued).toEqual([{ code: result.code.replaceAll('-', ''), generated: true }]);
    },
  );

  it.skipIf(skip)('words the certificate by the statement the answers choose', async () => {
    const citizen = await freshCitizen();
    const elsewhere = {
      ...answers,
      livesAtRegistered: false,
      actualAddress: 'Quba, Nizami küçəsi 12, mənzil 4',
      livingSince: '2021-09-01',
    };
    const { id } = await submitted(citizen, 'guba', elsewhere);
    for (const action of ['take', 'approve']) expect((await act(id, action, officer)).status).toBe(200);
    await applicationOf(await act(id, 'complete', officer, { result: 'generated' }));
    const download = await call('GET', `/v1/service-applications/${id}/result`, citizen.token);
    const printed = (await pdfText(await download.arrayBuffer())).replace(/\s+/g, ' ');
    expect(printed).toContain(
      `Registered at ${citizen.person.address.en}; has actually lived at Quba, Nizami küçəsi 12, mənzil 4 since September 1, 2021.`,
    );
    expect(printed).not.toContain('lives at that address');
  });

  it.skipIf(skip)('issues the PDF the officer attached, and completes nothing without a result', async () => {
    const citizen = await freshCitizen();
    const { id } = await submitted(citizen);
    expect((await act(id, 'take', officer)).status).toBe(200);
    // Before approval there is nothing to attach a result to.
    await problemOf(
      await upload(`/v1/service-applications/${id}/result?filename=decision.pdf`, officer, pdf(120)),
      409,
    );
    expect((await act(id, 'approve', officer)).status).toBe(200);
    const missing = await problemOf(await act(id, 'complete', officer, { result: 'attached' }), 409);
    expect(missing.type).toBe('urn:icra:problem:result-missing');
    expect(
      (await rows<{ status: string }>(sql`select status from service_applications where id = ${id}`))[0]!
        .status,
    ).toBe('approved');
    // Not a PDF; another officer; the citizen: refused.
    await problemOf(
      await upload(
        `/v1/service-applications/${id}/result?filename=decision.png`,
        officer,
        pdf(120),
        'image/png',
      ),
      415,
    );
    await problemOf(
      await upload(`/v1/service-applications/${id}/result?filename=d.pdf`, otherOfficer, pdf(120)),
      409,
    );
    await problemOf(
      await upload(`/v1/service-applications/${id}/result?filename=d.pdf`, citizen.token, pdf(120)),
      403,
    );
    // Attached twice: the second replaces the first.
    expect(
      (await upload(`/v1/service-applications/${id}/result?filename=draft.pdf`, officer, pdf(100))).status,
    ).toBe(201);
    const decision = pdf(150, 0x41);
    expect(
      (await upload(`/v1/service-applications/${id}/result?filename=decision.pdf`, officer, decision)).status,
    ).toBe(201);
    const pending = await applicationOf(await call('GET', `/v1/service-applications/${id}`, officer));
    expect(pending.attachedResult).toMatchObject({ filename: 'decision.pdf', size: 150 });
    // The citizen sees no result before it is issued.
    expect(
      (await applicationOf(await call('GET', `/v1/service-applications/${id}`, citizen.token)))
        .attachedResult,
    ).toBeNull();
    await problemOf(await call('GET', `/v1/service-applications/${id}/result`, citizen.token), 404);
    const done = await applicationOf(await act(id, 'complete', officer, { result: 'attached' }));
    expect(done.result).toMatchObject({ generated: false, filename: 'decision.pdf' });
    expect(done.result!.sha256).toBe(createHash('sha256').update(decision).digest('hex'));
    const got = await call('GET', `/v1/service-applications/${id}/result`, citizen.token);
    expect(Buffer.from(await got.arrayBuffer()).equals(decision)).toBe(true);
    // The result is not one of the citizen's documents.
    expect(done.documents.map((d) => d.filename)).toEqual(['id.pdf']);
    const results = await rows<{ n: number }>(
      sql`select count(*)::int as n from service_documents where application_id = ${id} and purpose = 'result'`,
    );
    expect(results[0]!.n).toBe(1);
  });

  it.skipIf(skip)('takes a rating once per completed application, public on average only', async () => {
    const citizen = await freshCitizen();
    const { id } = await submitted(citizen, 'masalli');
    const masalli = await officerToken('staff:masalli-service', 'masalli');
    const rate = (token: string, body: unknown) =>
      call('POST', `/v1/service-applications/${id}/rating`, token, body);
    await problemOf(await rate(citizen.token, { score: 5 }), 409);
    for (const action of ['take', 'approve']) expect((await act(id, action, masalli)).status).toBe(200);
    expect((await act(id, 'complete', masalli, { result: 'generated' })).status).toBe(200);
    await problemOf(await rate(citizen.token, { score: 6 }), 400);
    await problemOf(await rate((await freshCitizen()).token, { score: 1 }), 404);
    await problemOf(await rate(masalli, { score: 1 }), 403);
    // Two at once (two tabs, a double tap): exactly one counts.
    const comment = 'Quick, but the form asked twice for my phone.';
    const both = await Promise.all([
      rate(citizen.token, { score: 4, comment }),
      rate(citizen.token, { score: 1, comment: 'the other tab' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const won = strict(RatingSchema).parse(await both.find((r) => r.status === 201)!.json());
    const lost = await problemOf(both.find((r) => r.status === 409)!, 409);
    expect(lost.type).toBe('urn:icra:problem:already-rated');
    await problemOf(await rate(citizen.token, { score: 2 }), 409);
    const stored = await rows<{ score: number }>(
      sql`select score from service_ratings where application_id = ${id}`,
    );
    expect(stored).toEqual([{ score: won.score }]);
    expect(
      (await applicationOf(await call('GET', `/v1/service-applications/${id}`, citizen.token))).rating,
    ).toEqual(won);

    const averages = await call('GET', '/v1/authorities/masalli/service-ratings');
    expect(averages.status).toBe(200);
    const body = await averages.json();
    expect(body).toMatchObject({
      authority: 'masalli',
      average: won.score,
      count: 1,
      services: [{ service: SERVICE, average: won.score, count: 1 }],
    });
    expect(JSON.stringify(body)).not.toContain('tab');
    expect(JSON.stringify(body)).not.toContain('phone');
    // The comment: to Masallı's service officers only.
    const comments = await call('GET', '/v1/authorities/masalli/service-ratings/comments', masalli);
    expect(comments.status).toBe(200);
    const page = (await comments.json()) as { items: Array<Record<string, unknown>> };
    expect(page.items.map((c) => c.comment)).toContain(won.comment);
    expect(Object.keys(page.items[0]!).sort()).toEqual([
      'comment',
      'ratedAt',
      'score',
      'service',
      'serviceTitle',
    ]);
    await problemOf(await call('GET', '/v1/authorities/masalli/service-ratings/comments', ganjaOfficer), 403);
    await problemOf(
      await call('GET', '/v1/authorities/masalli/service-ratings/comments', citizen.token),
      403,
    );
    await problemOf(await call('GET', '/v1/authorities/masalli/service-ratings/comments'), 401);
    await problemOf(await call('GET', '/v1/authorities/atlantis/service-ratings'), 404);
  });

  it.skipIf(skip)(
    'refuses officers of another authority and those without the role on every new route',
    async () => {
      const { citizen, application } = await waitingOnCitizen();
      const id = application.id;
      const docId = (application.answers[fileFieldOf(application)] as string[])[0]!;
      const routes: Array<[string, string, unknown?]> = [
        ['GET', `/v1/service-applications/${id}/versions/1`],
        ['GET', `/v1/service-applications/${id}/result`],
        ['PUT', `/v1/service-applications/${id}/amendment`, { answers: { presentTo: 'other' } }],
        ['DELETE', `/v1/service-applications/${id}/documents/${docId}`],
        ['POST', `/v1/service-applications/${id}/rating`, { score: 3 }],
      ];
      for (const [method, path, body] of routes) {
        const ganja = await call(method, path, ganjaOfficer, body);
        expect([403, 404], `${method} ${path} as Ganja`).toContain(ganja.status);
        const editor = await call(method, path, gubaEditor, body);
        expect([403, 404], `${method} ${path} as an editor`).toContain(editor.status);
        expect((await call(method, path, undefined, body)).status, `${method} ${path} anonymous`).toBe(401);
      }
      await problemOf(
        await upload(`/v1/service-applications/${id}/result?filename=x.pdf`, ganjaOfficer, pdf(90)),
        404,
      );
      await problemOf(
        await upload(`/v1/service-applications/${id}/result?filename=x.pdf`, gubaEditor, pdf(90)),
        403,
      );
      const query = new URLSearchParams({ document: 'id-card', filename: 'x.pdf' });
      await problemOf(
        await upload(`/v1/service-applications/${id}/documents?${query}`, ganjaOfficer, pdf(90)),
        403,
      );
      // Nothing of it changed.
      const after = await applicationOf(await call('GET', `/v1/service-applications/${id}`, citizen.token));
      expect([after.status, after.amendment]).toEqual(['needs_information', application.amendment]);
    },
  );
});
