// The client against the real reference server: seeded embedded database, real HTTP.
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type Database, openDatabase } from '@icra/server';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createIcraClient, IcraApiError, type Schemas } from '../src/index.js';

let database: Database;
let server: ReturnType<typeof serve>;
let baseUrl: string;

beforeAll(async () => {
  database = await openDatabase({ seed: true });
  const app = createApp({ database, demo: true, widgetsDir: null });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.close();
});

describe('typed calls against the reference server', () => {
  it('lists authorities and reads one, in the asked language', async () => {
    const client = createIcraClient({ baseUrl, lang: 'en' });
    const page = await client.listAuthorities();
    expectTypeOf(page).toEqualTypeOf<Schemas['AuthorityPage']>();
    expect(page.items.map((a) => a.slug).sort()).toEqual(['ganja', 'guba', 'masalli']);
    const guba = await client.getAuthority({ path: { slug: 'guba' } });
    expect(guba).toMatchObject({ slug: 'guba', kind: 'district', lang: 'en' });
    expect(guba.name).toMatch(/Guba/);
  });

  it('lists news of one authority and opens an article', async () => {
    const client = createIcraClient({ baseUrl, lang: 'ru' });
    const page = await client.listNews({ query: { authority: 'ganja', limit: 2 } });
    expectTypeOf(page.items[0]).toEqualTypeOf<Schemas['NewsSummary'] | undefined>();
    expect(page.items).toHaveLength(2);
    expect(page.items.every((item) => item.authority === 'ganja')).toBe(true);
    expect(page.nextCursor).toEqual(expect.any(String));
    const first = page.items[0]!;
    const article = await client.getNews({ path: { id: first.id } });
    expectTypeOf(article.body).toEqualTypeOf<string[]>();
    expect(article).toMatchObject({ id: first.id, title: first.title, lang: 'ru' });
    expect(article.body.length).toBeGreaterThan(0);
  });

  it('iterates over every page with paginate(), each article once', async () => {
    const client = createIcraClient({ baseUrl });
    const all: Schemas['NewsSummary'][] = [];
    for await (const item of client.paginate('listNews', { query: { limit: 5 } })) all.push(item);
    const reference = await client.listNews({ query: { limit: 50 } });
    expect(reference.nextCursor).toBeNull();
    expect(all.map((item) => item.id)).toEqual(reference.items.map((item) => item.id));
    expect(new Set(all.map((item) => item.id)).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(12);
  });
});

describe('errors from the reference server', () => {
  it('a missing article is a 404 problem titled in the client language', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const [az, ru] = await Promise.all(
      (['az', 'ru'] as const).map((lang) =>
        createIcraClient({ baseUrl, lang })
          .getNews({ path: { id } })
          .catch((error: unknown) => error),
      ),
    );
    for (const error of [az, ru]) {
      expect(error).toBeInstanceOf(IcraApiError);
      expect(error).toMatchObject({
        status: 404,
        type: 'urn:icra:problem:not-found',
        request: 'GET /v1/news/{id}',
      });
    }
    expect((az as IcraApiError).title).not.toBe((ru as IcraApiError).title);
    expect((ru as IcraApiError).title).toMatch(/[а-яё]/i);
  });

  it('a bad query is a 400 with a pointer to the field', async () => {
    const client = createIcraClient({ baseUrl, lang: 'en' });
    const error = (await client.listNews({ query: { limit: 500 } }).catch((e: unknown) => e)) as IcraApiError;
    expect(error).toBeInstanceOf(IcraApiError);
    expect(error.status).toBe(400);
    expect(error.type).toBe('urn:icra:problem:validation');
    expect(error.errors.map((e) => e.pointer)).toContain('/query/limit');
  });
});

/**
 * Signs in as the demo person whose button text matches `who`, the way the popup and widget do,
 * asking for `scope` (a staff widget asks for the scope of its work).
 */
async function signIn(who: RegExp, scope = 'openid'): Promise<string> {
  const origin = 'http://localhost:8788';
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = new URL('/oauth/authorize', baseUrl);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: 'guba',
    origin,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 's',
    scope,
  }).toString();
  const page = await (await fetch(authorize)).text();
  const formToken = /name="form_token" value="([^"]+)"/.exec(page)?.[1];
  const subject = [...page.matchAll(/value="([^"]+)">([\s\S]*?)<\/button>/g)].find(([, , text]) =>
    who.test(text ?? ''),
  )?.[1];
  expect(formToken && subject).toBeTruthy();
  const form = (values: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(values).toString(),
  });
  const callback = await (
    await fetch(`${baseUrl}/oauth/demo/sign-in`, form({ form_token: formToken!, subject: subject! }))
  ).text();
  const code = /data-code="([^"]+)"/.exec(callback)?.[1];
  const token = await fetch(
    `${baseUrl}/oauth/token`,
    form({
      grant_type: 'authorization_code',
      code: code!,
      code_verifier: verifier,
      client_id: 'guba',
      origin,
    }),
  );
  expect(token.status).toBe(200);
  return ((await token.json()) as { access_token: string }).access_token;
}

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('writes against the reference server', () => {
  it('creates a draft with an idempotency key and uploads its cover as raw bytes', async () => {
    const token = await signIn(/Aytən Kazımova/, 'openid news:edit');
    const client = createIcraClient({ baseUrl, lang: 'en', token: () => token });
    const input = {
      body: {
        authority: 'guba',
        translations: {
          az: { title: 'Yeni kitabxana', summary: 'Uşaqlar üçün oxu zalı.', bodyHtml: '<p>Açılır.</p>' },
        },
      },
    };
    const draft = await client.createNewsDraft(input, { idempotencyKey: 'sdk-draft-1' });
    const again = await client.createNewsDraft(input, { idempotencyKey: 'sdk-draft-1' });
    expect(again.id).toBe(draft.id);
    expect(draft.status).toBe('draft');

    const withCover = await client.uploadNewsCover({
      path: { id: draft.id },
      body: new Blob([PNG], { type: 'image/png' }),
    });
    expect(withCover.cover).toMatchObject({ width: 1, height: 1 });
    const served = await fetch(new URL(withCover.cover!.url, baseUrl));
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);

    const refused = await client
      .uploadNewsCover({ path: { id: draft.id }, body: PNG, contentType: 'image/jpeg' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(IcraApiError);
    expect((refused as IcraApiError).status).toBe(415);
    await client.deleteNews({ path: { id: draft.id } });
  });

  it('attaches a file to an application and downloads it back as a Blob', async () => {
    const citizen = await signIn(/Orxan Babayev/);
    const client = createIcraClient({ baseUrl, lang: 'en', token: () => citizen });
    const pdf = Buffer.from('%PDF-1.4\n% a plan of the crossing\n%%EOF\n');
    const upload = await client.uploadParticipationAttachment({
      query: { filename: 'crossing plan.pdf' },
      body: new Blob([pdf], { type: 'application/pdf' }),
    });
    const application = await client.createApplication(
      {
        body: {
          authority: 'guba',
          direction: 'roads_transport',
          title: 'A crossing at the school',
          text: 'Children cross the avenue where there is no crossing.',
          attachments: [upload.id],
        },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    expect(application.attachments).toEqual([
      { id: upload.id, filename: 'crossing plan.pdf', contentType: 'application/pdf', size: pdf.length },
    ]);
    const file = await client.getParticipationAttachment({
      path: { id: application.id, attachmentId: upload.id },
    });
    expectTypeOf(file).toEqualTypeOf<Blob>();
    expect(file.type).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf);
  });
});
