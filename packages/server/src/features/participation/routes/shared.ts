/**
 * What the participation routes share: their dependencies, who may call them, the texts and
 * answers several of them give, and the shape of a poll as served.
 */

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type AccessRule, optionalPrincipal } from '../../../http/auth.js';
import type { AppEnv } from '../../../http/env.js';
import { type Lang, negotiateLang } from '../../../http/lang.js';
import type { Translations } from '../../../http/messages.js';
import type { AccessTokenVerifier, Principal } from '../../../http/principal.js';
import { problem } from '../../../http/problem.js';
import { header } from '../../../http/request.js';
import { staffRule } from '../../../http/scopes.js';
import type { FeatureContextProvider } from '../../context.js';
import type { PollRow } from '../queries.js';
import { ApplicationSchema, type Poll, PollSchema } from '../schemas.js';

/** What every module of the participation routes is registered with. */
export interface ParticipationRoutes {
  readonly app: OpenAPIHono<AppEnv>;
  readonly context: FeatureContextProvider;
  /** The verifier of the guard's access tokens. */
  readonly tokens: () => AccessTokenVerifier;
}

export const CITIZENS: AccessRule = { kinds: ['citizen'] };
export const MODERATORS: AccessRule = {
  kinds: ['official'],
  roles: ['moderator'],
  scope: 'participation:moderate',
};
/** The citizen who filed an application, and the moderators of its authority. */
export const CITIZENS_AND_OFFICIALS: AccessRule = {
  kinds: ['citizen', 'official'],
  scope: 'participation:moderate',
};

const text = {
  application: {
    az: 'Bu identifikatorla sizə görünən müraciət yoxdur.',
    en: 'There is no application with this id that you may see.',
    ru: 'Обращения с таким идентификатором, доступного вам, нет.',
  },
  poll: {
    az: 'Bu identifikatorla sorğu yoxdur.',
    en: 'There is no poll with this id.',
    ru: 'Опроса с таким идентификатором нет.',
  },
} satisfies Record<string, Translations>;

export const notFoundApplication = (c: Context<AppEnv>) =>
  problem(c, { name: 'not-found', status: 404, detail: text.application });

export const notFoundPoll = (c: Context<AppEnv>) =>
  problem(c, { name: 'not-found', status: 404, detail: text.poll });

export const applicationResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ApplicationSchema } },
});

export const pollResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: PollSchema } },
});

/** Whether the caller may read an application: the citizen who filed it, or a moderator of its authority. */
export function mayReadApplication<A extends { citizen: string; authority: string }>(
  principal: Principal,
  application: A | undefined,
): application is A {
  if (application === undefined) return false;
  return principal.kind === 'citizen'
    ? application.citizen === principal.sub
    : principal.roles.includes('moderator') && principal.authority === application.authority;
}

/** The language a request asks for: `?lang`, else Accept-Language, else az. */
export function langOf(c: Context<AppEnv>): Lang {
  return negotiateLang(c.req.query('lang'), header(c, 'accept-language'));
}

/** A stored text in the language asked for, else in Azerbaijani, with the language it is in. */
export function pick(texts: Record<string, string>, lang: Lang): { text: string; lang: Lang } {
  const own = texts[lang];
  return own ? { text: own, lang } : { text: texts.az ?? '', lang: 'az' };
}

export function pollState(poll: Pick<PollRow, 'opensAt' | 'closesAt'>, at = Date.now()): Poll['state'] {
  if (at < poll.opensAt.getTime()) return 'upcoming';
  return at < poll.closesAt.getTime() ? 'open' : 'closed';
}

export function toPoll(poll: PollRow, lang: Lang): Poll {
  const question = pick(poll.question, lang);
  return {
    id: poll.id,
    authority: poll.authority,
    lang: question.lang,
    question: question.text,
    options: poll.options.map((o) => ({ option: o.position, text: pick(o.text, lang).text })),
    opensAt: poll.opensAt.toISOString(),
    closesAt: poll.closesAt.toISOString(),
    state: pollState(poll),
    eligibility: poll.eligibility,
    resultsVisibility: poll.resultsVisibility,
    sourceApplicationId: poll.sourceApplicationId,
    ballotKeyId: poll.ballotKeyId,
  };
}

/** Whether the citizen with this FIN may vote in the poll (per the population registry). */
export async function eligible(
  routes: ParticipationRoutes,
  poll: Pick<PollRow, 'authority' | 'eligibility'>,
  fin: string,
): Promise<boolean> {
  const person = await routes.context().identity.registry.findByFin(fin);
  if (!person) return false;
  return poll.eligibility === 'all_citizens' || person.authority === poll.authority;
}

/** Whether the citizen took the poll's ballot credential (whether it was cast, nobody can know). */
export function hasVotedIn(routes: ParticipationRoutes, pollId: string, fin: string): Promise<boolean> {
  return routes.context().ballots.tookCredential(pollId, fin);
}

/** The citizen behind an optional bearer token on a public read (an invalid token: nobody). */
export async function optionalCitizen(
  c: Context<AppEnv>,
  routes: ParticipationRoutes,
): Promise<(Principal & { fin: string }) | undefined> {
  const principal = await optionalPrincipal(c, routes.tokens);
  if (principal?.kind !== 'citizen' || !principal.fin) return undefined;
  return { ...principal, fin: principal.fin };
}
