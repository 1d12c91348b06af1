/**
 * Attachments of e-participation applications, "upload, then reference", end to end through
 * createApp + app.request() on PGlite and PostgreSQL: uploads checked by type, magic number, size,
 * file name and quota; claimed by the application in its one transaction (or nothing is written);
 * read back in the application; downloaded only by its citizen and its authority's moderators; and
 * unclaimed uploads expiring after 24 hours.
 */
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { TokenService } from '../src/features/identity/tokens.js';
import { cleanFilename, contentDisposition } from '../src/features/participation/attachments.js';
import {
  ApplicationPageSchema,
  ApplicationSchema,
  AttachmentSchema,
  MAX_ATTACHMENT_BYTES,
} from '../src/features/participation/schemas.js';
import { ProblemSchema } from '../src/http/problem.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedStaff } from '../src/seed/staff.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { jpeg, png } from './support/images.js';
import { DEMO_ORIGIN, signIn } from './support/oauth.js';
import { strict } from './support/strict.js';
import { issueToken } from './support/tokens.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };

function staffOf(authority: string, role: string): string {
  const member = seedStaff.find((s) => s.authority === authority && s.roles.includes(role as never));
  if (!member) throw new Error(`no ${role} in ${authority}`);
  return `staff:${member.id}`;
}

function pdf(size = 64): Buffer {
  const head = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x20)]).subarray(0, size);
}

const application = (overrides: Record<string, unknown> = {}) => ({
  authority: 'guba',
  direction: 'roads_transport',
  title: 'Yolun təmiri',
  text: 'Kənd yolunda çuxurlar var, təmir olunsun.',
  ...overrides,
});

describe('attachment file names and downloads', () => {
  it('cleans names: directory parts, control and bidi characters, spaces, length', () => {
    expect(cleanFilename('../../etc/pass\u0000wd.pdf')).toBe('passwd.pdf');
    expect(cleanFilename('C:\\Users\\x\\  résumé.pdf  ')).toBe('résumé.pdf');
    expect(cleanFilename('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanFilename('re\u0301sume\u0301.pdf')).toBe('résumé.pdf');
    expect(cleanFilename('dir/')).toBe('');
    expect(cleanFilename(' \t\n')).toBe('');
    expect(cleanFilename('..')).toBe('');
    const long = cleanFilename(`${'ə'.repeat(300)}.pdf`);
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith('ə.pdf')).toBe(true);
    expect(Array.from(cleanFilename('😀'.repeat(250)))).toHaveLength(200);
  });

  it('names a download with an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Ərizə "plan" 100%.pdf')).toBe(
      `attachment; filename="_riz_ _plan_ 100_.pdf"; filename*=UTF-8''%C6%8Friz%C9%99%20%22plan%22%20100%25.pdf`,
    );
    expect(contentDisposition("it's (1).png")).toBe(
      `attachment; filename="it's (1).png"; filename*=UTF-8''it%27s%20%281%29.png`,
    );
    expect(contentDisposition('Café.jpg')).toContain('filename="Cafe.jpg"');
  });
});

describe.each(variants)('participation attachments on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let tokens: TokenService;
  let moderator: string;
  let ganjaModerator: string;
  const citizenTokens = new Map<string, string>();
  let nextCitizen = 0;

  /** A citizen of the demo registry no other test of this suite uses. */
  async function freshCitizen(): Promise<{ token: string; sub: string }> {
    const person = seedPopulation[nextCitizen++];
    if (!person) throw new Error('out of demo citizens');
    const sub = `citizen:${person.fin}`;
    let token = citizenTokens.get(sub);
    if (!token) {
      token = (await issueToken(tokens, { sub, kind: 'citizen', roles: [], fin: person.fin })).token;
      citizenTokens.set(sub, token);
    }
    return { token, sub };
  }

  function upload(
    token: string | undefined,
    body: Uint8Array,
    contentType: string,
    filename: string | null = 'file.pdf',
    headers: Record<string, string> = {},
  ) {
    const query = filename === null ? '' : `?${new URLSearchParams({ filename })}`;
    return app.request(`/v1/participation/attachments${query}`, {
      method: 'POST',
      headers: {
        'Accept-Language': 'en',
        'Content-Type': contentType,
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body,
    });
  }

  async function uploaded(token: string, body: Uint8Array, contentType: string, filename = 'file.pdf') {
    const res = await upload(token, body, contentType, filename);
    expect(res.status, await res.clone().text()).toBe(201);
    return strict(AttachmentSchema).parse(await res.json());
  }

  function call(path: string, token?: string, body?: unknown, headers: Record<string, string> = {}) {
    return app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'Accept-Language': 'en',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  const rows = async <T>(query: SQL) => (await db.database.db.execute(query)) as unknown as { rows: T[] };
  const applicationsOf = async (sub: string) =>
    (
      await rows<{ n: number }>(
        sql`select count(*)::int as n from participation_applications where citizen = ${sub}`,
      )
    ).rows[0]!.n;
  const attachmentState = async (id: string) =>
    (
      await rows<{ application_id: string | null; position: number | null }>(
        sql`select application_id, position from participation_attachments where id = ${id}`,
      )
    ).rows[0];

  async function problemOf(res: Response, status: number) {
    expect(res.status).toBe(status);
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
    moderator = await signIn(app, staffOf('guba', 'moderator'));
    ganjaModerator = await signIn(app, staffOf('ganja', 'moderator'), { clientId: 'ganja' });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it.skipIf(skip)('accepts a PDF, a JPEG and a PNG whose bytes are what they declare', async () => {
    const { token, sub } = await freshCitizen();
    const files = [
      { bytes: pdf(1000), type: 'application/pdf', name: 'plan.pdf' },
      { bytes: jpeg(4, 3), type: 'image/jpeg', name: 'foto.jpg' },
      { bytes: png(2, 2), type: 'image/png; charset=binary', name: 'sxem.png' },
    ];
    for (const file of files) {
      const res = await upload(token, file.bytes, file.type, file.name);
      expect(res.status).toBe(201);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const attachment = strict(AttachmentSchema).parse(await res.json());
      expect(attachment).toMatchObject({
        filename: file.name,
        contentType: file.type.split(';')[0],
        size: file.bytes.byteLength,
      });
      const stored = await rows<{ owner_sub: string; application_id: string | null; bytes: unknown }>(
        sql`select owner_sub, application_id, bytes from participation_attachments where id = ${attachment.id}`,
      );
      expect(stored.rows[0]).toMatchObject({ owner_sub: sub, application_id: null });
      expect(Buffer.from(stored.rows[0]!.bytes as Uint8Array).equals(file.bytes)).toBe(true);
    }
    // The name is kept as cleaned.
    const cleaned = await uploaded(token, pdf(), 'application/pdf', '../../x/\u0007ərizə.pdf ');
    expect(cleaned.filename).toBe('ərizə.pdf');
    // U+0000 is refused like in every other text of a request, not cleaned away.
    const nul = await upload(token, pdf(), 'application/pdf', 'ər\u0000izə.pdf');
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as { errors: Array<{ pointer: string }> }).errors).toEqual([
      expect.objectContaining({ pointer: '/query/filename' }),
    ]);
    // Exactly 5 MiB is allowed.
    const largest = await uploaded(token, pdf(MAX_ATTACHMENT_BYTES), 'application/pdf');
    expect(largest.size).toBe(MAX_ATTACHMENT_BYTES);
  });

  it.skipIf(skip)('refuses bytes that are not the declared type, and other types (415)', async () => {
    const { token } = await freshCitizen();
    const cases: Array<[Uint8Array, string]> = [
      [pdf(), 'image/png'],
      [png(2, 2), 'image/jpeg'],
      [jpeg(2, 2), 'application/pdf'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/png'],
      [Buffer.from('%PDF'), 'application/pdf'],
      [new Uint8Array(0), 'application/pdf'],
      [Buffer.from('GIF89a......'), 'image/gif'],
      [pdf(), 'text/plain'],
      [pdf(), 'application/octet-stream'],
    ];
    for (const [bytes, type] of cases) {
      const body = await problemOf(await upload(token, bytes, type), 415);
      expect(body.type).toBe('urn:icra:problem:unsupported-media-type');
      expect(body.detail).toContain('PDF, JPEG or PNG');
    }
    const ru = await upload(token, pdf(), 'image/png', 'a.png', { 'Accept-Language': 'ru' });
    expect((await problemOf(ru, 415)).detail).toContain('PDF, JPEG или PNG');
  });

  it.skipIf(skip)('refuses more than 5 MiB (413), announced or streamed', async () => {
    const { token, sub } = await freshCitizen();
    const big = await problemOf(await upload(token, pdf(MAX_ATTACHMENT_BYTES + 1), 'application/pdf'), 413);
    expect(big.type).toBe('urn:icra:problem:payload-too-large');
    expect(big.detail).toContain('5 MB');
    // Without a Content-Length: the limit holds while the body streams in.
    const chunk = pdf(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 6; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await app.request(`/v1/participation/attachments?filename=big.pdf`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/pdf' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await problemOf(streamed, 413)).type).toBe('urn:icra:problem:payload-too-large');
    const held = await rows<{ n: number }>(
      sql`select count(*)::int as n from participation_attachments where owner_sub = ${sub}`,
    );
    expect(held.rows[0]!.n).toBe(0);
  });

  it.skipIf(skip)('needs a file name that is not empty once cleaned', async () => {
    const { token } = await freshCitizen();
    const missing = await problemOf(await upload(token, pdf(), 'application/pdf', null), 400);
    expect(missing.errors?.map((e) => e.pointer)).toEqual(['/query/filename']);
    for (const name of ['', '  ', 'a/b/', '..', '\u0000\u202E', 'C:\\dir\\']) {
      const res = await upload(token, pdf(), 'application/pdf', name);
      expect([400, 422], JSON.stringify(name)).toContain(res.status);
      const body = strict(ProblemSchema).parse(await res.json());
      expect(body.errors?.map((e) => e.pointer)).toEqual(['/query/filename']);
      if (res.status === 422) expect(body.errors![0]!.detail).toContain('file name is empty');
    }
    const az = await upload(token, pdf(), 'application/pdf', '///', { 'Accept-Language': 'az' });
    expect((await problemOf(az, 422)).errors![0]!.detail).toContain('faylın adı boş');
  });

  it.skipIf(skip)(
    'holds at most 20 unclaimed uploads per citizen (409), counting only unclaimed',
    async () => {
      const { token } = await freshCitizen();
      const other = await freshCitizen();
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) ids.push((await uploaded(token, png(1, 1), 'image/png', `${i}.png`)).id);
      const refused = await problemOf(await upload(token, png(1, 1), 'image/png', 'x.png'), 409);
      expect(refused.type).toBe('urn:icra:problem:attachment-quota');
      expect(refused.detail).toContain('at most 20');
      const ru = await upload(token, png(1, 1), 'image/png', 'x.png', { 'Accept-Language': 'ru' });
      expect((await problemOf(ru, 409)).title).toBe('Слишком много неприкреплённых файлов');
      // Another citizen is not affected.
      await uploaded(other.token, png(1, 1), 'image/png');
      // Claiming five frees five places.
      const filed = await call(
        '/v1/participation/applications',
        token,
        application({ attachments: ids.slice(0, 5) }),
      );
      expect(filed.status).toBe(201);
      for (let i = 0; i < 5; i++) await uploaded(token, png(1, 1), 'image/png');
      expect((await upload(token, png(1, 1), 'image/png')).status).toBe(409);
    },
  );

  it.skipIf(skip)(
    'claims the uploads when the application is created, in the given order, and shows them to its readers',
    async () => {
      const { token, sub } = await freshCitizen();
      const a = await uploaded(token, pdf(300), 'application/pdf', 'ərizə.pdf');
      const b = await uploaded(token, png(3, 3), 'image/png', 'sxem.png');
      const c = await uploaded(token, jpeg(2, 2), 'image/jpeg', 'foto.jpg');
      const order = [c.id, a.id, b.id];
      const filed = await call('/v1/participation/applications', token, application({ attachments: order }));
      expect(filed.status).toBe(201);
      const created = strict(ApplicationSchema).parse(await filed.json());
      const expected = [c, a, b].map(({ id, filename, contentType, size }) => ({
        id,
        filename,
        contentType,
        size,
      }));
      expect(created.attachments).toEqual(expected);
      expect(await attachmentState(a.id)).toEqual({ application_id: created.id, position: 1 });

      const mine = strict(ApplicationPageSchema).parse(
        await (await call('/v1/me/applications', token)).json(),
      );
      expect(mine.items.find((i) => i.id === created.id)?.attachments).toEqual(expected);
      const one = strict(ApplicationSchema).parse(
        await (await call(`/v1/participation/applications/${created.id}`, moderator)).json(),
      );
      expect(one.attachments).toEqual(expected);
      const queue = strict(ApplicationPageSchema).parse(
        await (await call('/v1/participation/applications?authority=guba&limit=50', moderator)).json(),
      );
      expect(queue.items.find((i) => i.id === created.id)?.attachments).toEqual(expected);

      // Without attachments: an empty list.
      const plain = await call('/v1/participation/applications', token, application({ title: 'Başqa' }));
      expect(strict(ApplicationSchema).parse(await plain.json()).attachments).toEqual([]);
      const empty = await call('/v1/participation/applications', token, application({ attachments: [] }));
      expect(strict(ApplicationSchema).parse(await empty.json()).attachments).toEqual([]);
      expect(await applicationsOf(sub)).toBe(3);

      // More than five is refused by validation.
      const six = Array.from({ length: 6 }, () => crypto.randomUUID());
      const tooMany = await problemOf(
        await call('/v1/participation/applications', token, application({ attachments: six })),
        400,
      );
      expect(tooMany.errors?.[0]?.pointer).toBe('/body/attachments');
    },
  );

  it.skipIf(skip)(
    'refuses someone else’s, already claimed, unknown, expired or repeated uploads (422) and writes nothing',
    async () => {
      const { token, sub } = await freshCitizen();
      const other = await freshCitizen();
      const mine = await uploaded(token, pdf(), 'application/pdf');
      const theirs = await uploaded(other.token, pdf(), 'application/pdf');
      const claimed = await uploaded(token, pdf(), 'application/pdf');
      const expired = await uploaded(token, pdf(), 'application/pdf');
      await db.database.db.execute(
        sql`update participation_attachments set created_at = now() - interval '25 hours' where id = ${expired.id}`,
      );
      const first = await call(
        '/v1/participation/applications',
        token,
        application({ attachments: [claimed.id] }),
      );
      expect(first.status).toBe(201);
      const before = await applicationsOf(sub);

      const cases: Array<[string[], string[]]> = [
        [[mine.id, theirs.id], ['/body/attachments/1']],
        [[claimed.id, mine.id], ['/body/attachments/0']],
        [[mine.id, crypto.randomUUID()], ['/body/attachments/1']],
        [[expired.id, mine.id], ['/body/attachments/0']],
        [[mine.id, mine.id], ['/body/attachments/1']],
        [
          [theirs.id, mine.id, claimed.id],
          ['/body/attachments/0', '/body/attachments/2'],
        ],
      ];
      for (const [ids, pointers] of cases) {
        const res = await call('/v1/participation/applications', token, application({ attachments: ids }));
        const body = await problemOf(res, 422);
        expect(body.type).toBe('urn:icra:problem:validation');
        expect(body.errors?.map((e) => e.pointer)).toEqual(pointers);
        expect(await applicationsOf(sub)).toBe(before);
        expect(await attachmentState(mine.id)).toEqual({ application_id: null, position: null });
      }
      const ru = await call(
        '/v1/participation/applications',
        token,
        application({ attachments: [theirs.id] }),
        {
          'Accept-Language': 'ru',
        },
      );
      expect((await problemOf(ru, 422)).errors?.[0]?.detail).toContain('не прикреплённого файла');
      expect(await attachmentState(theirs.id)).toEqual({ application_id: null, position: null });
      // An unknown authority is still 404, and claims nothing.
      const unknownAuthority = await call(
        '/v1/participation/applications',
        token,
        application({ authority: 'atlantis', attachments: [mine.id] }),
      );
      expect(unknownAuthority.status).toBe(404);
      expect(await attachmentState(mine.id)).toEqual({ application_id: null, position: null });
      // The untouched upload is still there to attach.
      const later = await call(
        '/v1/participation/applications',
        token,
        application({ attachments: [mine.id] }),
      );
      expect(later.status).toBe(201);
    },
  );

  it.skipIf(skip)(
    'replays a retried create with the same Idempotency-Key without claiming twice',
    async () => {
      const { token, sub } = await freshCitizen();
      const file = await uploaded(token, pdf(), 'application/pdf');
      const body = application({ attachments: [file.id] });
      const headers = { 'Idempotency-Key': `create-with-attachment-${kind}` };
      const first = await call('/v1/participation/applications', token, body, headers);
      expect(first.status).toBe(201);
      const created = strict(ApplicationSchema).parse(await first.json());
      const again = await call('/v1/participation/applications', token, body, headers);
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(strict(ApplicationSchema).parse(await again.json())).toEqual(created);
      expect(await applicationsOf(sub)).toBe(1);
      expect(await attachmentState(file.id)).toEqual({ application_id: created.id, position: 0 });
      // A retried upload with a key is replayed too: one row.
      const uploadHeaders = { 'Idempotency-Key': `upload-${kind}` };
      const u1 = await upload(token, png(2, 2), 'image/png', 'a.png', uploadHeaders);
      const u2 = await upload(token, png(2, 2), 'image/png', 'a.png', uploadHeaders);
      expect([u1.status, u2.status]).toEqual([201, 201]);
      expect(u2.headers.get('idempotent-replayed')).toBe('true');
      expect(((await u2.json()) as { id: string }).id).toBe(((await u1.json()) as { id: string }).id);
    },
  );

  it.skipIf(skip)('lets two applications that name the same upload at once claim it only once', async () => {
    const { token, sub } = await freshCitizen();
    const file = await uploaded(token, pdf(), 'application/pdf');
    const statuses = await Promise.all(
      [0, 1, 2].map(
        async (i) =>
          (
            await call(
              '/v1/participation/applications',
              token,
              application({ title: `Eyni fayl ${i}`, attachments: [file.id] }),
            )
          ).status,
      ),
    );
    expect(statuses.sort()).toEqual([201, 422, 422]);
    expect(await applicationsOf(sub)).toBe(1);
  });

  it.skipIf(skip)('serves a file only to its citizen and to moderators of the authority', async () => {
    const { token } = await freshCitizen();
    const other = await freshCitizen();
    const bytes = pdf(2048);
    const file = await uploaded(token, bytes, 'application/pdf', 'Ərizə "plan" 100%.pdf');
    const image = await uploaded(token, png(5, 5), 'image/png', 'sxem.png');
    const filed = strict(ApplicationSchema).parse(
      await (
        await call('/v1/participation/applications', token, application({ attachments: [file.id, image.id] }))
      ).json(),
    );
    const url = `/v1/participation/applications/${filed.id}/attachments/${file.id}`;

    const own = await call(url, token);
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer()).equals(bytes)).toBe(true);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(own.headers.get('content-disposition')).toBe(
      `attachment; filename="_riz_ _plan_ 100_.pdf"; filename*=UTF-8''%C6%8Friz%C9%99%20%22plan%22%20100%25.pdf`,
    );
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect(own.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    // A widget on a registered site may read the name it is given.
    const crossOrigin = await call(url, token, undefined, { Origin: DEMO_ORIGIN });
    expect(crossOrigin.headers.get('access-control-allow-origin')).toBe(DEMO_ORIGIN);
    expect(crossOrigin.headers.get('access-control-expose-headers')).toContain('Content-Disposition');

    const asModerator = await call(
      `/v1/participation/applications/${filed.id}/attachments/${image.id}`,
      moderator,
    );
    expect(asModerator.status).toBe(200);
    expect(asModerator.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await asModerator.arrayBuffer()).equals(png(5, 5))).toBe(true);

    const notFound = async (res: Response) => {
      const body = await problemOf(res, 404);
      expect(body.type).toBe('urn:icra:problem:not-found');
      return body.detail;
    };
    const detail = await notFound(await call(url, other.token));
    expect(await notFound(await call(url, ganjaModerator))).toBe(detail);
    // A missing one looks the same.
    expect(
      await notFound(
        await call(`/v1/participation/applications/${filed.id}/attachments/${crypto.randomUUID()}`, token),
      ),
    ).toBe(detail);
    expect(
      await notFound(
        await call(`/v1/participation/applications/${crypto.randomUUID()}/attachments/${file.id}`, token),
      ),
    ).toBe(detail);
    // An attachment is reached only through its own application.
    const second = strict(ApplicationSchema).parse(
      await (await call('/v1/participation/applications', token, application({ title: 'İkinci' }))).json(),
    );
    await notFound(await call(`/v1/participation/applications/${second.id}/attachments/${file.id}`, token));
    // An upload not yet attached cannot be downloaded through any application.
    const loose = await uploaded(token, pdf(), 'application/pdf');
    await notFound(await call(`/v1/participation/applications/${filed.id}/attachments/${loose.id}`, token));

    const anonymous = await call(url);
    expect(anonymous.status).toBe(401);
    expect((await call(url, 'x.y.z')).status).toBe(401);
    // Uploading is for citizens only.
    expect((await upload(undefined, pdf(), 'application/pdf')).status).toBe(401);
    expect((await upload(moderator, pdf(), 'application/pdf')).status).toBe(403);
  });

  it.skipIf(skip)('deletes unclaimed uploads older than 24 hours at the next upload', async () => {
    const { token } = await freshCitizen();
    const other = await freshCitizen();
    const old = await uploaded(token, pdf(), 'application/pdf');
    const recent = await uploaded(token, pdf(), 'application/pdf');
    const kept = await uploaded(token, pdf(), 'application/pdf');
    const filed = strict(ApplicationSchema).parse(
      await (
        await call('/v1/participation/applications', token, application({ attachments: [kept.id] }))
      ).json(),
    );
    await db.database.db.execute(
      sql`update participation_attachments set created_at = now() - interval '25 hours'
          where id in (${old.id}, ${kept.id})`,
    );
    await db.database.db.execute(
      sql`update participation_attachments set created_at = now() - interval '23 hours' where id = ${recent.id}`,
    );
    // Anyone's upload sweeps the expired ones.
    await uploaded(other.token, png(1, 1), 'image/png');
    expect(await attachmentState(old.id)).toBeUndefined();
    expect(await attachmentState(recent.id)).toEqual({ application_id: null, position: null });
    // A claimed one stays with its application, however old.
    expect(await attachmentState(kept.id)).toEqual({ application_id: filed.id, position: 0 });
    const download = await call(`/v1/participation/applications/${filed.id}/attachments/${kept.id}`, token);
    expect(download.status).toBe(200);
  });
});
