import ky, { HTTPError, type KyInstance, type Options as KyOptions } from 'ky';
import { IcraApiError, problemFromResponse } from './errors.js';
import { operationRoutes } from './generated/operations.js';
import type { components, operations } from './generated/schema.js';
import type { UploadProgress, UploadTransport } from './upload.js';

export type Schemas = components['schemas'];
export type Lang = Schemas['Lang'];
export type OperationId = keyof typeof operationRoutes & keyof operations;

type Operation<K extends OperationId> = operations[K];
type Parameters_<K extends OperationId> = Operation<K>['parameters'];

/** The `path` and `query` members an operation declares, with their optionality kept. */
type ParameterInput<K extends OperationId> = Pick<
  Parameters_<K>,
  {
    [P in keyof Parameters_<K>]-?: P extends 'path' | 'query'
      ? [NonNullable<Parameters_<K>[P]>] extends [never]
        ? never
        : P
      : never;
  }[keyof Parameters_<K>]
>;

type JsonContent<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** Bytes for a request body that is not JSON (e.g. an image upload). */
export type RawBody = Blob | ArrayBuffer | Uint8Array;
type BodyOf<R> = R extends { content: { 'application/json': unknown } }
  ? { body: JsonContent<R> }
  : { body: RawBody /** Media type of the bytes; default: the Blob's own type. */; contentType?: string };
type BodyInput<K extends OperationId> =
  Operation<K> extends { requestBody: infer R }
    ? BodyOf<R>
    : Operation<K> extends { requestBody?: infer R }
      ? [NonNullable<R>] extends [never]
        ? unknown
        : Partial<BodyOf<NonNullable<R>>>
      : unknown;

/** What a call takes: `{ path?, query?, body? }` exactly as the operation declares them. */
export type RequestInput<K extends OperationId> = ParameterInput<K> & BodyInput<K>;

type SuccessStatus = 200 | 201 | 202 | 203 | 204;
type Responses<K extends OperationId> = Operation<K>['responses'];
/** A success response's body: its JSON, or a Blob when it is a file (bytes of another type). */
type SuccessContent<R> = R extends { content: { 'application/json': infer B } }
  ? B
  : R extends { content: object }
    ? Blob
    : undefined;
/** What a call resolves to: the JSON body of the operation's success response (a Blob for a file). */
export type ResponseBody<K extends OperationId> = {
  [S in SuccessStatus & keyof Responses<K>]: S extends 204 ? undefined : SuccessContent<Responses<K>[S]>;
}[SuccessStatus & keyof Responses<K>];

export interface CallOptions {
  /** Aborts the request. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /**
   * Sent as `Idempotency-Key`: the portal answers a repeat of the same write with its first answer
   * and writes nothing twice, so a write with a key is retried like an idempotent request. Use one
   * key per user action and reuse it when the user retries that action.
   */
  idempotencyKey?: string;
  /**
   * Sends the request without identity: no `Authorization` (the client's token is not asked for)
   * and `credentials: 'omit'` (no cookies, no TLS client certificate). For a request that must not
   * be tied to the person who sends it, such as a secret ballot.
   */
  anonymous?: boolean;
  /**
   * Called as a file's bytes are sent (an operation whose body is a file): first with `sent: 0`,
   * last with `sent: total`; in between only with `uploadTransport`.
   */
  onUploadProgress?: (progress: UploadProgress) => void;
  /**
   * How a file is sent so that its progress is seen as the bytes go: `progressFetch` of
   * `@icra/sdk/upload` in a browser (through XMLHttpRequest, since `fetch` reports no upload
   * progress). A module of its own, so that only a page that uploads with progress loads it; not
   * used with the client's own `fetch` or where XMLHttpRequest does not exist.
   */
  uploadTransport?: UploadTransport;
}

type IsOptional<T> = object extends T ? true : false;
type CallArgs<K extends OperationId> =
  IsOptional<RequestInput<K>> extends true
    ? [input?: RequestInput<K>, options?: CallOptions]
    : [input: RequestInput<K>, options?: CallOptions];

/** Operations whose responses are cursor pages: `{ items, nextCursor }`, taking `query.cursor`. */
export type PagedOperationId = {
  [K in OperationId]: ResponseBody<K> extends { items: unknown[]; nextCursor: string | null } ? K : never;
}[OperationId];
type PageItem<K extends PagedOperationId> = ResponseBody<K> extends { items: (infer I)[] } ? I : never;

export interface IcraClientOptions {
  /** The portal's base URL, e.g. `https://portal.example.az` or `http://127.0.0.1:8787`. */
  baseUrl: string | URL;
  /** Language for content and error messages; the portal falls back to Azerbaijani. Default `az`. */
  lang?: Lang;
  /** A bearer token, or a function that returns the current one (called on every request). */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** A fetch implementation, e.g. to serve fixtures in Storybook or tests. */
  fetch?: typeof fetch;
  /** Milliseconds before a request attempt gives up with ky's `TimeoutError`. Default 10 000. */
  timeout?: number;
  /**
   * How many times idempotent requests (GET, HEAD, PUT, DELETE, OPTIONS, and any write sent with
   * an `idempotencyKey`) are retried on 408, 413, 429 and 5xx answers and network failures,
   * honouring `Retry-After`. Default 2. Other requests are never retried.
   */
  retry?: number;
}

type OperationMethods = {
  [K in OperationId]: (...args: CallArgs<K>) => Promise<ResponseBody<K>>;
};

export type IcraClient = OperationMethods & {
  readonly baseUrl: string;
  readonly lang: Lang;
  /** Calls any operation by its operationId. */
  request<K extends OperationId>(operationId: K, ...args: CallArgs<K>): Promise<ResponseBody<K>>;
  /** Iterates over every item of a cursor-paginated list, fetching pages as they are needed. */
  paginate<K extends PagedOperationId>(
    operationId: K,
    ...args: CallArgs<K>
  ): AsyncIterableIterator<PageItem<K>>;
};

type RetryMethods = NonNullable<Exclude<KyOptions['retry'], number | undefined>>['methods'];
const IDEMPOTENT_METHODS: RetryMethods = ['get', 'head', 'put', 'delete', 'options'];
/** With an Idempotency-Key the portal makes every write safe to repeat. */
const WITH_IDEMPOTENCY_KEY: RetryMethods = [...(IDEMPOTENT_METHODS ?? []), 'post', 'patch'];

const byteLength = (bytes: RawBody): number => (bytes instanceof Blob ? bytes.size : bytes.byteLength);

/** Whether this environment can report upload progress (see ./upload.ts). */
const canReportUploadProgress = (): boolean =>
  typeof (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest === 'function';

function expandPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
}

function toSearchParams(query: Record<string, unknown> | undefined): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  return search;
}

/**
 * Creates a typed client for the portal API. Every operation of the OpenAPI document is a
 * method named by its operationId, taking `{ path, query, body }` as the document declares.
 *
 * ```ts
 * const icra = createIcraClient({ baseUrl: 'http://127.0.0.1:8787', lang: 'en' });
 * const page = await icra.listNews({ query: { authority: 'ganja', limit: 6 } });
 * for await (const article of icra.paginate('listNews', { query: { authority: 'guba' } })) { … }
 * ```
 */
export function createIcraClient(options: IcraClientOptions): IcraClient {
  const baseUrl = String(options.baseUrl).replace(/\/+$/, '');
  const lang: Lang = options.lang ?? 'az';
  const retryLimit = options.retry ?? 2;
  const common = {
    prefixUrl: `${baseUrl}/`,
    timeout: options.timeout ?? 10_000,
    retry: { limit: retryLimit, methods: IDEMPOTENT_METHODS },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: { accept: 'application/json, application/problem+json', 'accept-language': lang },
  } satisfies KyOptions;
  // Two instances, so that an anonymous call never runs the token hook.
  const anonymousHttp: KyInstance = ky.create({ ...common, credentials: 'omit' });
  const http: KyInstance = ky.create({
    ...common,
    hooks: {
      beforeRequest: [
        async (request) => {
          const token = typeof options.token === 'function' ? await options.token() : options.token;
          if (token) request.headers.set('authorization', `Bearer ${token}`);
        },
      ],
    },
  });

  async function request<K extends OperationId>(
    operationId: K,
    input?: RequestInput<K>,
    callOptions: CallOptions = {},
  ): Promise<ResponseBody<K>> {
    const route: string | undefined = operationRoutes[operationId];
    if (!route) throw new TypeError(`Unknown operation "${String(operationId)}"`);
    const [method, template, bodyKind, responseKind] = route.split(' ') as [string, string, string?, string?];
    const { path, query, body, contentType } = (input ?? {}) as {
      path?: Record<string, unknown>;
      query?: Record<string, unknown>;
      body?: unknown;
      contentType?: string;
    };
    const url = expandPath(template, path).replace(/^\//, '');
    const label = `${method.toUpperCase()} ${template}`;
    const headers: Record<string, string> = { ...callOptions.headers };
    if (callOptions.idempotencyKey) headers['idempotency-key'] = callOptions.idempotencyKey;
    let payload: Pick<KyOptions, 'json' | 'body' | 'fetch' | 'timeout'> = {};
    const progress = callOptions.onUploadProgress;
    if (body !== undefined && bodyKind === 'raw') {
      const bytes = body as RawBody;
      headers['content-type'] =
        contentType ?? (bytes instanceof Blob && bytes.type ? bytes.type : 'application/octet-stream');
      // A file takes as long as the connection needs: no timeout (a `signal` cancels it).
      payload = { body: bytes as NonNullable<KyOptions['body']>, timeout: false };
      const transport = callOptions.uploadTransport;
      if (progress && transport && !options.fetch && canReportUploadProgress()) {
        payload.fetch = transport(bytes, progress) as unknown as typeof fetch;
      } else {
        progress?.({ sent: 0, total: byteLength(bytes) });
      }
    } else if (body !== undefined) {
      payload = { json: body };
    }
    try {
      const response = await (callOptions.anonymous ? anonymousHttp : http)(url, {
        method,
        searchParams: toSearchParams(query),
        ...payload,
        headers,
        ...(callOptions.idempotencyKey
          ? { retry: { limit: retryLimit, methods: WITH_IDEMPOTENCY_KEY } }
          : {}),
        ...(callOptions.signal ? { signal: callOptions.signal } : {}),
      });
      if (progress && bodyKind === 'raw' && !payload.fetch) {
        const size = byteLength(body as RawBody);
        progress({ sent: size, total: size });
      }
      if (response.status === 204) return undefined as ResponseBody<K>;
      if (responseKind === 'blob') return (await response.blob()) as ResponseBody<K>;
      return (await response.json()) as ResponseBody<K>;
    } catch (error) {
      if (error instanceof HTTPError) {
        throw new IcraApiError(await problemFromResponse(error.response), label);
      }
      throw error;
    }
  }

  async function* paginate<K extends PagedOperationId>(
    operationId: K,
    input?: RequestInput<K>,
    callOptions?: CallOptions,
  ): AsyncIterableIterator<PageItem<K>> {
    const base = (input ?? {}) as { query?: Record<string, unknown> };
    let cursor = base.query?.cursor as string | undefined;
    do {
      const page = (await request(
        operationId,
        { ...base, query: { ...base.query, cursor } } as unknown as RequestInput<K>,
        callOptions,
      )) as { items: PageItem<K>[]; nextCursor: string | null };
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  const methods = Object.fromEntries(
    (Object.keys(operationRoutes) as OperationId[]).map((id) => [
      id,
      (input?: RequestInput<typeof id>, callOptions?: CallOptions) => request(id, input, callOptions),
    ]),
    // One generic function per operation: TypeScript cannot relate the mapped entries to the
    // per-operation signatures once operations differ in shape (a 204 without a body, a POST).
  ) as unknown as OperationMethods;

  return Object.freeze({
    ...methods,
    baseUrl,
    lang,
    request: request as IcraClient['request'],
    paginate: paginate as IcraClient['paginate'],
  });
}
