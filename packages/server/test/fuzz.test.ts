/**
 * The fuzz walk: every operation of the app's OpenAPI document (read from the app, so a route added
 * later is walked by itself) is called with malformed path and query values, bodies and content
 * types, as anonymous, a citizen and officials of another authority, on PGlite and PostgreSQL. No
 * answer may be a 5xx, every error is application/problem+json, and no error carries a stack trace
 * or SQL. The generator is seeded (FUZZ_SEED, default fixed) so CI walks the same requests every
 * time; FUZZ_RUNS (default 100 per operation and backend) walks longer locally.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { encodeCursor } from '../src/http/pagination.js';
import { documentOf } from '../src/openapi.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedStaff } from '../src/seed/staff.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { signIn } from './support/oauth.js';

const ISSUER = 'http://portal.test';
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** An answer slower than this is a hang. */
const HANG_MS = 10_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** What must never be in an error's body: stack frames, SQL, driver messages. */
const LEAK =
  /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+|\bselect\b.+\bfrom\b|\binsert into\b|\bupdate \w+ set\b|\bdelete from\b|syntax error at|violates|sqlstate|drizzle|pglite/i;

// biome-ignore lint/suspicious/noExplicitAny: walking the OpenAPI document
type Json = any;

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'guba\u0000',
  '%00',
  "' OR 1=1 --",
  "'; DROP TABLE news; --",
  '") OR ("1"="1',
  `\${7*7}{{7*7}}`,
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '🙂'.repeat(50),
  '\uD800',
  '\u202Eevil',
  'ə'.repeat(5001),
  'x'.repeat(1_000_000),
  '0000-01-01T00:00:00.000Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:00:00-05:00',
  '+275760-09-13T00:00:00.000Z',
  '1899-12-31T23:59:59.999Z',
  '2026-02-30T25:61:61Z',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'guba',
  'ganja',
];
const HOSTILE_NUMBERS = [-1, 0, 1, 51, 1.5, -0.5, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/** Any JSON value, hostile at the leaves. */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.constantFrom(...HOSTILE_NUMBERS),
    fc.constantFrom(null, true, false),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A text of the usual letters, now and then with U+0000 or a lone surrogate in it. */
function plausibleText(minLength = 1, maxLength = 30) {
  const unit = fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom('a', 'ə', 'й', ' ', '1', '.', "'", ';') },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '\uD800', '\u202E') },
  );
  return fc.string({ unit, minLength, maxLength: Math.min(maxLength, Math.max(minLength, 60)) });
}

/** An ISO date-time, recent or at the edges of what anything stores. */
const plausibleDateTime = fc.oneof(
  fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '0000-01-01T00:00:00.000Z',
    '0001-01-01T00:00:00Z',
    '1899-12-31T23:59:59.999Z',
    '9999-12-31T23:59:59.999Z',
    '9999-12-31T23:00:00-05:00',
    '2026-12-02T10:00:00+14:00',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

/**
 * Values for a schema of the document. Plausible ones have its shape throughout (every required
 * field, values of its types and lengths), so a single bad text or date goes deep into the route;
 * hostile ones break it anywhere (wrong types, missing and extra fields, hostile strings).
 */
function fromSchema(document: Json, schema: Json, hostile: boolean, depth = 0): fc.Arbitrary<unknown> {
  if (schema?.$ref)
    return fromSchema(document, document.components.schemas[schema.$ref.split('/').pop()], hostile, depth);
  const alternatives = schema?.anyOf ?? schema?.oneOf ?? schema?.allOf;
  if (alternatives)
    return fc.oneof(...alternatives.map((s: Json) => fromSchema(document, s, hostile, depth)));
  if (depth > 6) return hostile ? hostileJson : fc.constant(null);
  const type = Array.isArray(schema?.type) ? schema.type.find((t: string) => t !== 'null') : schema?.type;
  let shaped: fc.Arbitrary<unknown>;
  if (schema?.enum) shaped = fc.constantFrom(...schema.enum);
  else if (type === 'string') {
    const examples = schema.example === undefined ? [] : [fc.constant(schema.example)];
    const plausible =
      schema.format === 'uuid'
        ? fc.uuid()
        : schema.format === 'date-time'
          ? plausibleDateTime
          : fc.oneof(...examples, plausibleText(schema.minLength ?? 1, schema.maxLength ?? 30));
    shaped = hostile ? fc.oneof(plausible, hostileString) : plausible;
  } else if (type === 'integer' || type === 'number')
    shaped = hostile
      ? fc.oneof(fc.integer(), fc.constantFrom(...HOSTILE_NUMBERS))
      : fc.integer({ min: 0, max: 10 });
  else if (type === 'boolean') shaped = fc.boolean();
  else if (type === 'array')
    shaped = fc.array(fromSchema(document, schema.items, hostile, depth + 1), {
      minLength: hostile ? 0 : (schema.minItems ?? 0),
      maxLength: (schema.maxItems ?? 4) + (hostile ? 1 : 0),
    });
  else if (type === 'object' || schema?.properties) {
    const properties = Object.entries<Json>(schema.properties ?? {});
    const fields = Object.fromEntries(
      properties.map(([name, s]) => [name, fromSchema(document, s, hostile, depth + 1)]),
    );
    const known = fc.record(fields, { requiredKeys: hostile ? [] : (schema.required ?? []) });
    shaped = hostile
      ? fc
          .tuple(known, fc.dictionary(hostileString, hostileJson, { maxKeys: 2 }))
          .map(([values, extra]) => ({ ...extra, ...values }))
      : known;
  } else shaped = hostile ? hostileJson : fc.constant(null);
  return hostile ? fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: hostileJson }) : shaped;
}

/** A raw body text that is not what the route expects. */
const hostileBodyText = fc.constantFrom(
  '',
  '{',
  '{"a":',
  'not json',
  '\u0000',
  'null',
  '[]',
  '"text"',
  '{"__proto__":{"admin":true}}',
  `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
  JSON.stringify({ text: 'x'.repeat(1_000_000) }),
);

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/problem+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=zzz',
  'multipart/form-data',
  'image/png',
  'application/pdf',
  '',
];

/** A path segment percent-encoded; a lone surrogate as the (invalid) UTF-8 bytes it would have. */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return `${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ''))}%ED%A0%80`;
  }
}

/** A failed walk, short enough to read: the request that failed and why. */
function summary(details: fc.RunDetails<[Fuzzed]>): string {
  if (!details.failed) return '';
  const [fuzzed] = details.counterexample ?? [];
  const cut = (text: unknown) => {
    const json = JSON.stringify(text) ?? String(text);
    return json.length > 400 ? `${json.slice(0, 400)}… (${json.length} characters)` : json;
  };
  return [
    `seed ${details.seed}, path ${details.counterexamplePath}`,
    `request: ${cut({ ...fuzzed, body: fuzzed?.body instanceof Uint8Array ? `${fuzzed.body.length} bytes` : fuzzed?.body })}`,
    `failure: ${cut((details.errorInstance as Error | undefined)?.message)}`,
  ].join('\n');
}

interface Fuzzed {
  path: string;
  query: string;
  contentType: string | undefined;
  body: string | Uint8Array | undefined;
  headers: Record<string, string>;
  caller: number;
}

function requestOf(document: Json, path: string, operation: Json, ids: string[], callers: number) {
  const parameters: Json[] = operation.parameters ?? [];
  const segment = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...ids, 'guba', 'ganja', randomUUID()) },
    {
      weight: 3,
      arbitrary: hostileString.filter((s) => s.length < 10_000).map(encodeSegment),
    },
    // Already encoded, and not always validly: the router decodes these itself.
    { weight: 1, arbitrary: fc.constantFrom('%ZZ', '%E0%A4%A', '%00', '%2F..%2F', '..', '%C0%AE', '%FF%FE') },
  );
  const pathValues = fc.record(
    Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name as string, segment])),
  );
  /** Cursors that decode, with a date in them that is not one of ours (year 0000, past 9999…). */
  const cursor = fc
    .record({ key: fc.constantFrom('p', 'o', 'c', 'u', 'a', 's'), at: plausibleDateTime, i: fc.uuid() })
    .map(({ key, at, i }) => encodeCursor({ [key]: at, i }));
  const queryValue = (name: string) =>
    fc.oneof(
      hostileString.filter((s) => s.length < 10_000),
      fc.constantFrom('guba', '10', 'az', 'true'),
      ...(name === 'cursor' ? [cursor, cursor] : []),
      ...(name === 'q' || name === 'search' ? [plausibleText()] : []),
    );
  const queryNames = [...parameters.filter((p) => p.in === 'query').map((p) => p.name as string), 'extra'];
  const query = fc.array(
    fc.constantFrom(...queryNames).chain((name) => fc.tuple(fc.constant(name), queryValue(name))),
    { maxLength: 5 },
  );
  const content = Object.entries<Json>(operation.requestBody?.content ?? {});
  const bodies: fc.Arbitrary<[string | undefined, string | Uint8Array | undefined]>[] = [
    fc.tuple(fc.constantFrom(undefined, ...CONTENT_TYPES), fc.constant(undefined)),
    fc.tuple(fc.constantFrom(...CONTENT_TYPES), hostileBodyText),
    fc.tuple(fc.constantFrom(...CONTENT_TYPES), fc.uint8Array({ maxLength: 256 })),
  ];
  for (const [media, { schema }] of content) {
    if (/json/.test(media))
      bodies.push(
        fc.tuple(
          fc.constant(media),
          fc
            .oneof(fromSchema(document, schema, false), fromSchema(document, schema, true))
            .map((value) => JSON.stringify(value) ?? 'null'),
        ),
      );
    else bodies.push(fc.tuple(fc.constant(media), fc.uint8Array({ maxLength: 2048 })));
  }
  const headers = fc.record(
    {
      'Idempotency-Key': fc.oneof(
        fc.uuid(),
        hostileString.filter((s) => /^[\t\x20-\x7e]*$/.test(s) && s.length < 1000),
      ),
      'If-None-Match': fc.constantFrom('*', '"x"', 'W/"', '"'.repeat(100)),
      'If-Match': fc.constantFrom('*', '"x"', 'W/"abc"', '', 'garbage'),
      'Accept-Language': fc.constantFrom('ru', 'en;q=0.5, az', '*', 'xx-YY', ';;;'),
      'Content-Length': fc.constantFrom('0', '99999999999', '-1'),
    },
    { requiredKeys: [] },
  );
  return fc
    .record({
      pathValues,
      query,
      body: fc.oneof(...bodies),
      headers,
      caller: fc.integer({ min: 0, max: callers - 1 }),
    })
    .map(({ pathValues, query, body, headers, caller }): Fuzzed => {
      const url = path.replace(
        /\{(\w+)\}/g,
        (_, name: string) => (pathValues as Record<string, string>)[name]!,
      );
      const search = new URLSearchParams(query).toString();
      return { path: url, query: search, contentType: body[0], body: body[1], headers, caller };
    });
}

describe.each(variants)('fuzz walk on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  /** Anonymous, a citizen of Guba, and the officials of Ganja (the walk's paths name Guba). */
  const callers: Array<string | undefined> = [undefined];
  const ids: string[] = [];
  let sent = 0;

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({
      database: db.database,
      publicUrl: ISSUER,
      log: { warn: () => {}, error: () => {} },
      rateLimits: { writesPerPrincipal: 0, signInPerIp: 0, signInPerClient: 0 },
    });
    callers.push(await signIn(app, `citizen:${seedPopulation.find((p) => p.authority === 'guba')!.fin}`));
    for (const official of seedStaff.filter((s) => s.authority === 'ganja' && s.roles.length > 0))
      callers.push(await signIn(app, `staff:${official.id}`));
    // Real ids, so that some requests reach existing rows.
    for (const list of ['/v1/news?authority=guba', '/v1/participation/polls?authority=guba']) {
      const page = (await (await app.request(list)).json()) as { items: Array<{ id: string }> };
      ids.push(...page.items.slice(0, 3).map((item) => item.id));
    }
  });
  afterAll(async () => {
    if (!skip) console.info(`fuzz walk on ${kind}: ${sent} requests`);
    await db?.dispose();
  });

  it.skipIf(skip)(
    'answers every operation with no 5xx, errors as problem+json, and no stack or SQL',
    async () => {
      const document = documentOf(app) as Json;
      const operations: Array<[string, string, Json]> = [];
      for (const [path, item] of Object.entries<Json>(document.paths))
        for (const method of METHODS) if (item[method]) operations.push([method, path, item[method]]);
      expect(operations.length).toBeGreaterThan(25);

      for (const [method, path, operation] of operations) {
        const details = await fc.check(
          fc.asyncProperty(requestOf(document, path, operation, ids, callers.length), async (fuzzed) => {
            const headers: Record<string, string> = { ...fuzzed.headers };
            const token = callers[fuzzed.caller];
            if (token) headers.Authorization = `Bearer ${token}`;
            if (fuzzed.contentType !== undefined) headers['Content-Type'] = fuzzed.contentType;
            const withBody = method !== 'get' && fuzzed.body !== undefined;
            // A Content-Length the body does not have is for the socket to refuse, not the app.
            if (!withBody || headers['Content-Length'] !== '99999999999') delete headers['Content-Length'];
            sent++;
            let timer: NodeJS.Timeout | undefined;
            const hang = new Promise<never>((_, reject) => {
              timer = setTimeout(
                () => reject(new Error(`${operation.operationId}: no answer in ${HANG_MS} ms`)),
                HANG_MS,
              );
            });
            const answer = (async () => {
              const res = await app.request(`${fuzzed.path}${fuzzed.query ? `?${fuzzed.query}` : ''}`, {
                method: method.toUpperCase(),
                headers,
                body: withBody ? fuzzed.body : undefined,
              });
              return { res, text: await res.text() };
            })();
            const { res, text } = await Promise.race([answer, hang]).finally(() => clearTimeout(timer));
            const where = `${operation.operationId}: ${res.status} ${text.slice(0, 300)}`;
            expect(res.status, where).toBeLessThan(500);
            if (res.status >= 400) {
              expect(res.headers.get('content-type'), where).toMatch(/^application\/problem\+json/);
              expect(text, where).not.toMatch(LEAK);
            }
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        );
        expect(details.failed, summary(details)).toBe(false);
      }
    },
    600_000,
  );
});
