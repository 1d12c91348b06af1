/**
 * A body larger than its route accepts is refused (413 problem+json) before it is buffered, also
 * with an Idempotency-Key: a declared Content-Length is refused without reading the body, and a
 * streamed body stops being read at the route's limit. Nothing of it is written.
 */
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { idempotencyKeys, participationApplications, participationAttachments } from '../src/db/schema.js';
import { MAX_COVER_BYTES } from '../src/features/editorial/media.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { TokenService } from '../src/features/identity/tokens.js';
import { MAX_ATTACHMENT_BYTES } from '../src/features/participation/schemas.js';
import { MAX_SERVICE_DOCUMENT_BYTES } from '../src/features/services/application-routes.js';

/** More than any write of the API accepts. */
const ABOVE_EVERY_LIMIT = Math.max(MAX_ATTACHMENT_BYTES, MAX_SERVICE_DOCUMENT_BYTES) + 1;

import { MAX_REQUEST_BODY_BYTES } from '../src/http/body.js';
import { openApiDocument } from '../src/openapi.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedStaff } from '../src/seed/staff.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { issueToken } from './support/tokens.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };
const CHUNK = 64 * 1024;

// biome-ignore lint/suspicious/noExplicitAny: walking the OpenAPI document
type Json = any;

/** An endless body of `fill` bytes that counts what has been pulled from it. */
function endlessBody(first: Uint8Array = new Uint8Array(0), fill = 0x20) {
  const chunk = new Uint8Array(CHUNK).fill(fill);
  const counter = { pulled: 0 };
  let sentFirst = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = sentFirst ? chunk : new Uint8Array([...first, ...chunk.subarray(first.length)]);
        sentFirst = true;
        counter.pulled += next.byteLength;
        controller.enqueue(next);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

describe.each(variants)('body limits on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let citizen: { token: string; sub: string };
  let editor: string;

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({ database: db.database, publicUrl: ISSUER, log: quiet });
    const tokens = new TokenService(new SigningKeyStore(db.database.db), ISSUER);
    const person = seedPopulation[0]!;
    const sub = `citizen:${person.fin}`;
    citizen = {
      sub,
      token: (await issueToken(tokens, { sub, kind: 'citizen', roles: [], fin: person.fin })).token,
    };
    const member = seedStaff.find((s) => s.authority === 'guba' && s.roles.includes('editor'))!;
    editor = (
      await issueToken(tokens, {
        sub: `staff:${member.id}`,
        kind: 'official',
        authority: 'guba',
        roles: member.roles,
      })
    ).token;
  });
  afterAll(async () => {
    await db?.dispose();
  });

  /** What the citizen has left in the database: idempotency keys, attachments; and all applications. */
  async function traces(sub: string) {
    const d = db.database.db;
    const [keys] = await d
      .select({ n: count() })
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.principal, sub));
    const [files] = await d
      .select({ n: count() })
      .from(participationAttachments)
      .where(eq(participationAttachments.ownerSub, sub));
    const [applications] = await d.select({ n: count() }).from(participationApplications);
    return { keys: keys!.n, files: files!.n, applications: applications!.n };
  }

  async function expect413(res: Response) {
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { type: string; status: number };
    expect(body.status).toBe(413);
    expect(body.type).toMatch(/^urn:icra:problem:(payload|request)-too-large$/);
    return body;
  }

  const upload = (token: string, body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    app.request('/v1/participation/attachments?filename=big.pdf', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/pdf',
        'Idempotency-Key': randomUUID(),
        ...headers,
      },
      body,
      duplex: 'half',
    } as RequestInit);

  it.skipIf(skip)('answers every write operation of the document with the 413 it declares', async () => {
    const document: Json = openApiDocument();
    let writes = 0;
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
        writes += 1;
        const declared = operation.responses['413'].content['application/problem+json'].example.type;
        const media = Object.keys(operation.requestBody?.content ?? { 'application/json': {} })[0]!;
        const url = path.replace(/\{[^}]+\}/g, randomUUID());
        for (const token of [null, citizen.token, editor]) {
          const { stream, counter } = endlessBody();
          const res = await app.request(url, {
            method: method.toUpperCase(),
            headers: {
              'Content-Type': media,
              'Content-Length': String(ABOVE_EVERY_LIMIT),
              ...(token ? { Authorization: `Bearer ${token}` } : {}),
            },
            body: stream,
            duplex: 'half',
          } as RequestInit);
          const body = await expect413(res);
          expect(body.type, `${method} ${path}`).toBe(declared);
          expect(counter.pulled).toBeLessThanOrEqual(CHUNK);
        }
      }
    }
    expect(writes).toBeGreaterThan(10);
  });

  it.skipIf(skip)('refuses a keyed upload announced larger than 5 MiB without reading its body', async () => {
    const before = await traces(citizen.sub);
    const { stream, counter } = endlessBody(Buffer.from('%PDF-1.7\n'));
    const res = await upload(citizen.token, stream, {
      'Content-Length': String(Math.round(7.9 * 1024 * 1024)),
    });
    const body = await expect413(res);
    expect(body.type).toBe('urn:icra:problem:payload-too-large');
    // At most what the stream offers before anyone reads it.
    expect(counter.pulled).toBeLessThanOrEqual(CHUNK);
    expect(await traces(citizen.sub)).toEqual(before);
  });

  it.skipIf(skip)('stops reading a keyed streamed upload at 5 MiB', async () => {
    const before = await traces(citizen.sub);
    const { stream, counter } = endlessBody(Buffer.from('%PDF-1.7\n'));
    await expect413(await upload(citizen.token, stream));
    expect(counter.pulled).toBeLessThanOrEqual(MAX_ATTACHMENT_BYTES + CHUNK);
    expect(await traces(citizen.sub)).toEqual(before);
  });

  it.skipIf(skip)('stops reading a keyed streamed JSON body at its limit', async () => {
    const before = await traces(citizen.sub);
    const { stream, counter } = endlessBody(Buffer.from('{"authority":"guba","title":"'), 0x61);
    const res = await app.request('/v1/participation/applications', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${citizen.token}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': randomUUID(),
      },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expect413(res);
    expect(counter.pulled).toBeLessThanOrEqual(MAX_REQUEST_BODY_BYTES + CHUNK);
    expect(await traces(citizen.sub)).toEqual(before);
  });

  it.skipIf(skip)('refuses a keyed cover announced larger than 2 MiB without reading it', async () => {
    const { stream, counter } = endlessBody();
    const res = await app.request(`/v1/editorial/news/${randomUUID()}/cover`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${editor}`,
        'Content-Type': 'image/png',
        'Idempotency-Key': randomUUID(),
        'Content-Length': String(MAX_COVER_BYTES + 1),
      },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expect413(res);
    expect(counter.pulled).toBeLessThanOrEqual(CHUNK);
  });
});
