import type { components } from './generated/schema.js';

type Problem = components['schemas']['Problem'];
type FieldError = components['schemas']['FieldError'];

/**
 * An RFC 9457 problem answered by the portal. `title`, `detail` and each field error's
 * `detail` are in the language the client asked for.
 */
export class IcraApiError extends Error {
  override readonly name = 'IcraApiError';
  /** HTTP status of the response. */
  readonly status: number;
  /** Problem type URI, e.g. `urn:icra:problem:not-found`. */
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  /** Field errors, each with a JSON pointer into the request (`/query/limit`). */
  readonly errors: FieldError[];
  /** The whole problem document, including any extension members. */
  readonly problem: Problem;
  /** The request that failed, e.g. `GET /v1/news/…`. */
  readonly request: string;

  constructor(problem: Problem, request: string) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.problem = problem;
    this.request = request;
  }
}

/** Reads a failed response as a problem; a body that is not one becomes a generic problem. */
export async function problemFromResponse(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  const text = await response.text().catch(() => '');
  if (!text) return fallback;
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && typeof (body as Problem).title === 'string') {
      return { ...fallback, ...(body as Problem), status: response.status };
    }
  } catch {
    // not JSON: keep the generic problem, with the text as its detail
  }
  return { ...fallback, detail: text.slice(0, 500) };
}
